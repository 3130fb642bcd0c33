import type { Rng } from '../random/rng.js';
/**
 * Time the onset must keep clear of: labelled windows (UTC ms, both ends inclusive, as NAB's) and how long a
 * fault lasts from its onset, with its detection horizon (see {@link faultSpanMs}).
 */
export interface OnsetAvoidance {
    windows: ReadonlyArray<{
        startMs: number;
        endMs: number;
    }>;
    spanMs: number;
}
type OnsetScenario = {
    startMs: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
};
/**
 * A fault's onset, always on a sample: a uniformly random sample in the onset spread after the warm-up,
 * or (with `timeOfDay`) that UTC time on a uniformly random day of the spread on which it falls inside the
 * spread (parseScenario checks there is one), moved to the next sample if it falls between two.
 *
 * With `avoid`, only onsets whose span `[onset, onset + spanMs)` overlaps no labelled window are drawn, each
 * of them equally likely (a real incident must not be scored as the injected fault's detection or miss), and
 * that keep clear of each window's aftermath: {@link aftermathMs} after its end (an alarm still in ALARM from
 * the incident must not be counted against the fault). Without windows the draw is the same as without `avoid`.
 *
 * @throws RangeError when no onset in the spread keeps clear of the windows (see {@link onsetRoom})
 * @example
 * drawOnset(scenario, '03:00', createRng(1, '0', 'default', 'fault', 'zero orders'));
 * drawOnset(scenario, undefined, rng, { windows: [{ startMs, endMs }], spanMs: 90 * 60_000 });
 */
export declare function drawOnset(scenario: OnsetScenario, timeOfDay: string | undefined, rng: Rng, avoid?: OnsetAvoidance): number;
/**
 * How many onsets {@link drawOnset} can choose from (0: none keeps clear of the labelled windows).
 *
 * @example
 * onsetRoom(scenario, undefined, { windows, spanMs: faultSpanMs(fault, scenario.alarms) }); // e.g. 1734
 */
export declare function onsetRoom(scenario: OnsetScenario, timeOfDay: string | undefined, avoid?: OnsetAvoidance): number;
/**
 * How long a fault occupies from its onset: its detection horizon (`horizonMinutes`, else its duration plus the
 * longest N periods of the alarms, as the simulation measures detection), at least its duration; Infinity for
 * a fault that lasts to the end of the run.
 *
 * @example
 * faultSpanMs({ durationMinutes: 60 }, [{ evaluationPeriods: 3, periodSeconds: 300 }]); // 75 minutes in ms
 */
export declare function faultSpanMs(fault: {
    durationMinutes: number | null;
    horizonMinutes?: number;
}, alarms: ReadonlyArray<{
    evaluationPeriods: number;
    periodSeconds: number;
}>): number;
/**
 * How long after a labelled window's end an onset keeps away: the fault's span, at most a day (a day for a
 * fault that lasts to the end of the run). An incident can leave an alarm in ALARM, or a band distorted, for
 * a while after its window.
 *
 * @example
 * aftermathMs(75 * 60_000); // 75 minutes in ms
 * aftermathMs(Infinity); // one day in ms
 */
export declare function aftermathMs(spanMs: number): number;
/** The times of day `HH:MM` (UTC) in `[fromMs, untilMs)`. */
export declare function onsetCandidates(fromMs: number, untilMs: number, timeOfDay: string): number[];
export {};
