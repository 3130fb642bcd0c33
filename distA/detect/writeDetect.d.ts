import { type NabProfile, type NormalisedScore } from './nabScore.js';
import type { DetectRow } from './detect.js';
import type { InputRow } from './rows.js';
import type { FileScore } from './scoreDetection.js';
/** One file of a detect run. */
export interface DetectFileResult {
    /** The file's name relative to the folder given (or its base name). */
    file: string;
    rows: number;
    datapoints: number;
    periodSeconds: number;
    /** The band's season (resolved when `auto`) and bucket width, minutes (fitted to the period unless given). */
    seasonality: string;
    bucketMinutes: number;
    /** Transitions to ALARM over the whole file. */
    alarms: number;
    /** Present when labels were given. */
    score?: FileScore;
    /** Warnings and notes about the band (see detectionNotes); left out when there are none. */
    notes?: string[];
}
/** Totals over the files with labels. */
export interface DetectTotals {
    files: number;
    windows: number;
    caught: number;
    /** Median latency of the caught windows, minutes; null if none. */
    latencyMinutesP50: number | null;
    falseAlarms: number;
    falseAlarmsPerWeek: number;
    /** NAB's raw total, null and perfect scores and the normalised score, per profile. */
    nab: Record<NabProfile, NormalisedScore>;
}
/**
 * Totals of the labelled files: windows caught, median latency, false alarms per week (over all scored
 * weeks) and NAB's normalised score per profile.
 *
 * @example
 * detectTotals(results).nab.standard.normalised;
 */
export declare function detectTotals(results: readonly DetectFileResult[]): DetectTotals | null;
/**
 * The per-datapoint CSV: `timestamp,value,expected,lower,upper,sigma,distance_sigma,breaching,state,transition`.
 * Empty cells where there is no datapoint or no band yet.
 *
 * @example
 * detectCsv(detectionRows(detection)).split('\n')[0]; // the header
 */
export declare function detectCsv(rows: readonly DetectRow[]): string;
/**
 * A results file in NAB's format, `timestamp,value,anomaly_score,label`, one row per input row in input order
 * (each row's `index`), timestamps and values as written in the input.
 *
 * @param rows the rows as readMetricRows gives them (time order); scores and labels are per row of it
 * @param labels NAB's label per row (1 inside a window); all 0 without labels
 * @example
 * nabResultsCsv(rows, rowAnomalyScores(detection, times), rowLabels(rows.length, windows));
 */
export declare function nabResultsCsv(rows: readonly InputRow[], scores: ArrayLike<number>, labels: ArrayLike<number>): string;
/**
 * One line per labelled window: `file,start,end,caught,latency_minutes,scored`.
 *
 * @example
 * windowsCsv(results);
 */
export declare function windowsCsv(results: readonly DetectFileResult[]): string;
/**
 * The per-file table of a `detect` run, header first: transitions to ALARM, windows caught, median latency,
 * false alarms per week and NAB's raw score per profile, then the totals and the normalised scores.
 * `files.csv` joins each row with commas; {@link alignTable} lays it out for the terminal.
 *
 * @example
 * detectTable(results, totals)[0]; // ['file', 'alarms', 'caught', 'p50 min', 'FP/week', 'standard', 'low FP', 'low FN']
 */
export declare function detectTable(results: readonly DetectFileResult[], totals: DetectTotals | null): string[][];
/**
 * Lays a table out in columns for the terminal: the first column left-aligned, the others right-aligned.
 *
 * @example
 * alignTable([['file', 'n'], ['a.csv', '12']]); // ['file    n', 'a.csv  12']
 */
export declare function alignTable(rows: readonly string[][], separator?: string): string[];
