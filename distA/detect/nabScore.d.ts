/**
 * The Numenta Anomaly Benchmark's scoring, ported from NAB's own Python so that a score computed here equals
 * the one NAB prints for the same results file:
 * - `nab/sweeper.py` (numenta/NAB commit 03ef06a789b894fe8ce1a0f4ae114fe29e324d78): `scaledSigmoid`,
 *   `_getProbationaryLength`, `calcSweepScore`, `calcScoreByThreshold`, `scoreDataSet`;
 * - `nab/runner.py` `normalize`: 100 · (raw − null) / (perfect − null) over a set of files, with perfect =
 *   (number of labelled windows) · tpWeight and null the null detector's raw score (every window missed).
 *
 * How a file is scored, row by row (rows, not time: NAB scores by position in the file):
 * - rows before the probationary length (15% of the rows, at most 750) are ignored;
 * - inside a window, a detection at row i scores tpWeight · S(−(right − i + 1)/width) / S(−1), S the scaled
 *   sigmoid; only the best (the earliest) detection of a window counts; a window without one costs −fnWeight;
 * - outside windows, each detection costs fpWeight · S(|i − rightOfPrecedingWindow| / (widthOfIt − 1)),
 *   or −fpWeight when no window precedes it: a false alarm just after a window costs almost nothing.
 *
 * @module
 */
/** A NAB application profile's weights (`config/profiles.json`). */
export interface CostMatrix {
    tpWeight: number;
    fpWeight: number;
    fnWeight: number;
}
/** NAB's three application profiles, as in its `config/profiles.json`. */
export declare const NAB_PROFILES: Readonly<Record<NabProfile, Readonly<CostMatrix>>>;
/** The names of NAB's profiles. */
export type NabProfile = 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';
/** NAB's default probationary share of each file. */
export declare const NAB_PROBATION_PERCENT = 0.15;
/**
 * NAB's scaled sigmoid: 2·σ(−5x) − 1, and −1 from x ≥ 3 on. x = −1 (a window's first row) gives 0.98661,
 * x = 0 (just past its last row) 0, x = 1 −0.98661.
 *
 * @example
 * scaledSigmoid(-0.5); // 0.8482836399575131
 */
export declare function scaledSigmoid(relativePosition: number): number;
/**
 * Rows NAB ignores at the start of a file: min(⌊percent · rows⌋, percent · 5000), i.e. 15% capped at 750.
 *
 * @param percent default {@link NAB_PROBATION_PERCENT} (0.15)
 * @example
 * probationaryLength(4032); // 604
 */
export declare function probationaryLength(rows: number, percent?: number): number;
/** One row after {@link sweepScores}: its window (`null` outside windows, `'probationary'` if ignored) and its score if detected. */
export interface SweepPoint {
    index: number;
    anomalyScore: number;
    sweepScore: number;
    window: number | null | 'probationary';
}
/** A labelled window as row indices, both inclusive (NAB's windows are timestamp pairs that occur in the file). */
export interface RowWindow {
    first: number;
    last: number;
}
/**
 * NAB's `calcSweepScore`: the score each row would get if it were a detection. Windows are row ranges,
 * sorted and not overlapping.
 *
 * @param probation rows ignored at the start; default {@link probationaryLength} of the row count
 * @example
 * sweepScores([0, 0, 1, 0, 0, 0, 0], [{ first: 1, last: 2 }], NAB_PROFILES.standard, 0)[2].sweepScore; // 0.8598
 */
export declare function sweepScores(anomalyScores: ArrayLike<number>, windows: readonly RowWindow[], cost: CostMatrix, probation?: number): SweepPoint[];
/** One threshold's result, as NAB's `ThresholdScore`: rows with anomaly score ≥ threshold are detections. */
export interface ThresholdScore {
    threshold: number;
    score: number;
    tp: number;
    tn: number;
    fp: number;
    fn: number;
    total: number;
}
/**
 * NAB's `calcScoreByThreshold`: scores at every distinct anomaly score, from 1.1 (nothing detected) down.
 * tp/tn/fp/fn count rows (not windows); the score counts each window once (its best detection, else
 * −fnWeight) plus every false positive's sweep score.
 *
 * @example
 * scoreByThreshold(sweepScores(scores, windows, NAB_PROFILES.standard), NAB_PROFILES.standard.fnWeight);
 */
export declare function scoreByThreshold(points: readonly SweepPoint[], fnWeight: number): ThresholdScore[];
/**
 * NAB's `scoreDataSet`: one file's raw score at a threshold (the row of {@link scoreByThreshold} for exactly
 * that threshold, or else for the lowest threshold above it). bandsim's anomaly scores are 0 or 1, so any
 * threshold in (0, 1] scores the alarm's transitions to ALARM as the detections.
 *
 * @param options.threshold default 1; options.probation default {@link probationaryLength} of the rows
 * @example
 * scoreFile([0, 0, 1, 0, 0, 0, 0], [{ first: 1, last: 2 }], NAB_PROFILES.standard, { probation: 0 }).score; // 0.8598
 */
export declare function scoreFile(anomalyScores: ArrayLike<number>, windows: readonly RowWindow[], cost: CostMatrix, options?: {
    threshold?: number;
    probation?: number;
}): ThresholdScore;
/** Raw totals over a set of files and NAB's normalised score. */
export interface NormalisedScore {
    raw: number;
    /** The null detector's raw total (nothing detected): −fnWeight per window after the probationary rows. */
    null: number;
    /** windows · tpWeight, every labelled window counted (as NAB's `normalize` counts them). */
    perfect: number;
    /** 100 · (raw − null) / (perfect − null); 0 when perfect = null (no windows). */
    normalised: number;
}
/**
 * NAB's normalisation over a set of files: 100 · (raw − null) / (perfect − null).
 *
 * @param files per file: its raw score, its windows and how many of them lie at least partly after the probation
 * @example
 * normaliseScores([{ raw: 0.5, windows: 2, scorableWindows: 2 }], NAB_PROFILES.standard).normalised; // 62.5
 */
export declare function normaliseScores(files: ReadonlyArray<{
    raw: number;
    windows: number;
    scorableWindows: number;
}>, cost: CostMatrix): NormalisedScore;
/**
 * Windows that NAB scores in a file: those with at least one row at or after the probation.
 *
 * @example
 * scorableWindowCount([{ first: 10, last: 20 }], 604); // 0
 */
export declare function scorableWindowCount(windows: readonly RowWindow[], probation: number): number;
