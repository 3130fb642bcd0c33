/**
 * The steps bandsim replays data on: CloudWatch's high-resolution periods of 1, 5, 10 and 30 seconds, and
 * whole minutes that divide a day (60, 120, 180, 240, 300, 360, 480, 540, 600, 720, 900, ... 86400 s), so
 * that a daily band's buckets are whole periods.
 */
export declare const REPLAY_STEPS: readonly number[];
/**
 * True when `seconds` is one of {@link REPLAY_STEPS}.
 *
 * @example
 * isReplayStep(600); // true
 * isReplayStep(420); // false: 7 minutes do not divide a day
 */
export declare function isReplayStep(seconds: number): boolean;
/** How the step of replayed data was chosen from its timestamps. */
export interface InferredStep {
    stepSeconds: number;
    /** The most common gap between consecutive distinct timestamps, whole seconds. */
    gapSeconds: number;
    /** The share of gaps that are that most common gap. */
    gapShare: number;
}
/**
 * Infers the step of replayed data: the most common gap between consecutive distinct timestamps (rounded to
 * whole seconds; on a tie the smaller gap), not the smallest, so one stray short gap does not put the data
 * on a grid that is mostly empty. If that gap is not one of {@link REPLAY_STEPS}, the step is the largest of
 * them below it (7-minute data is replayed on a 6-minute step).
 *
 * @param timesMs sorted, distinct timestamps (at least two)
 * @example
 * inferStep([0, 300_000, 600_000, 660_000, 960_000]); // { stepSeconds: 300, gapSeconds: 300, gapShare: 0.75 }
 */
export declare function inferStep(timesMs: readonly number[]): InferredStep;
/**
 * The replay steps, for messages.
 *
 * @example
 * describeSteps(); // '1, 5, 10, 30 or a multiple of 60 that divides a day (60, 120, 180, 240, 300, 360, 480, ..., 3600, ..., 86400)'
 */
export declare function describeSteps(): string;
