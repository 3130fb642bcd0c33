import { type NabProfile, type RowWindow, type ThresholdScore } from './nabScore.js';
/** How one labelled window went. */
export interface WindowOutcome {
    /** Row range of the window in the file, both inclusive. */
    first: number;
    last: number;
    start: string;
    end: string;
    /** Whether an alarm went to ALARM on a row inside the window. */
    caught: boolean;
    /** Minutes from the window's first row to the end of the sample that raised the alarm; null if missed. */
    latencyMinutes: number | null;
    /** False when the whole window lies in NAB's probationary rows (NAB does not score it). */
    scored: boolean;
}
/** One file's detections against its labels. */
export interface FileScore {
    rows: number;
    /** NAB's probationary rows (15%, at most 750), ignored by its scoring and by `falseAlarms`. */
    probationRows: number;
    windows: WindowOutcome[];
    /** Windows NAB scores (at least one row after the probation). */
    scorableWindows: number;
    /** Detections after the probation on rows outside every window. */
    falseAlarms: number;
    /** Weeks from the first row after the probation to the end of the last row. */
    scoredWeeks: number;
    /** `falseAlarms` per week of the rows after the probation. */
    falseAlarmsPerWeek: number;
    /** NAB's raw score and row counts per profile. */
    nab: Record<NabProfile, ThresholdScore>;
}
/**
 * Scores one file's detections (NAB anomaly scores of 0 or 1, one per row) against its labelled windows:
 * per window caught or not and the latency, false alarms per week, and NAB's raw score per profile.
 *
 * @param rowTimesMs each row's time, in time order (as readMetricRows gives the rows): NAB scores rows by position
 * @param stepSeconds the data's step, to give a detection on a window's first row the latency of one step
 * @example
 * scoreDetection(times, scores, windowsToRows(times, labels), 300).nab.standard.score;
 */
export declare function scoreDetection(rowTimesMs: ArrayLike<number>, scores: ArrayLike<number>, windows: readonly RowWindow[], stepSeconds: number): FileScore;
