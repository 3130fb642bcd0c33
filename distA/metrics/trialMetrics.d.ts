import type { Datapoints } from '../alarm/aggregate.js';
import type { Evaluation } from '../alarm/evaluate.js';
import type { Band } from '../band/seasonalBand.js';
/** When datapoint `index` is evaluated: at the end of its period. */
export declare function evaluatedAt(datapoints: Datapoints, index: number): number;
/** How one alarm met one fault. */
export interface Detection {
    /** Minutes from onset to the first transition to ALARM within the horizon; null if none. */
    latencyMinutes: number | null;
    /** The alarm was already in ALARM when the fault began (a detection then needs it to leave and re-enter ALARM). */
    alreadyInAlarm: boolean;
}
/**
 * The first transition to ALARM evaluated after the onset and before `onsetMs + horizonMs`.
 * The datapoint that contains the onset is the first one that can detect it; its evaluation happens at the
 * end of its period, so the latency is at least one period minus the onset's offset into it.
 *
 * @example
 * detect(evaluation, datapoints, onsetMs, 60 * MINUTE_MS); // { latencyMinutes: 3, alreadyInAlarm: false }
 */
export declare function detect(evaluation: Evaluation, datapoints: Datapoints, onsetMs: number, horizonMs: number): Detection;
/**
 * Transitions to ALARM evaluated in `[fromMs, toMs)`, leaving out those in `[skipFromMs, skipToMs)` (a
 * fault's window), counted per whole day since `fromMs`.
 *
 * @example
 * alarmsPerDay(evaluation, datapoints, warmupEndMs, endMs); // [0, 2, 0, ...]
 */
export declare function alarmsPerDay(evaluation: Evaluation, datapoints: Datapoints, fromMs: number, toMs: number, skipFromMs?: number, skipToMs?: number): number[];
/** The last time the alarm was in ALARM, in days after `onsetMs`; null if never after it. */
export declare function lastAlarmDaysAfter(evaluation: Evaluation, datapoints: Datapoints, onsetMs: number): number | null;
/** How a band sat against the metric over an evaluation window of a fault-free run. */
export interface BandFit {
    /** Datapoints in the window that had both a value and a band. */
    points: number;
    /** Share of the window's datapoints that had a band (0: the band never formed). */
    bandedShare: number;
    /** Share of those inside [lower, upper] (coverage of normal points). */
    coverage: number;
    /** Share of band datapoints whose lower edge is below the metric's possible minimum (null if none given). */
    lowerBelowMinimumShare: number | null;
    /** Share of band datapoints whose lower edge is below zero. */
    lowerBelowZeroShare: number;
    /** Lowest lower edge seen. */
    minLower: number;
    /** Highest upper edge seen. */
    maxUpper: number;
    /** Mean of (upper − lower) / expected per UTC hour of day (NaN where the hour had no band or expected ≤ 0). */
    relativeWidthByHour: number[];
    /** Per day from `from`: mean band width (upper − lower) and mean absolute error |value − expected| (NaN: no band). */
    widthByDay: number[];
    errorByDay: number[];
}
/**
 * Measures a band against a fault-free run's datapoints from index `from` on.
 *
 * @example
 * bandFit(band, datapoints, warmupEndIndex, 0).coverage; // 0.95
 */
export declare function bandFit(band: Band, datapoints: Datapoints, from: number, possibleMinimum: number | null): BandFit;
