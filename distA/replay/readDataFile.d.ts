import type { DataFormat } from './samples.js';
import type { Series } from '../core/series.js';
/** Options of {@link parseMetricData}; all optional. */
export interface MetricDataOptions {
    /**
     * Which metric of the file to replay: a `get-metric-data` result `Id` (required when the file holds
     * several), a `get-metric-statistics` statistic (`Maximum`, `p99`), or a CSV column header. Default: the
     * only result; the first present of Average, Sum, Maximum, Minimum, SampleCount (else the only extended
     * statistic); the second column.
     */
    metric?: string;
    /** For `get-metric-statistics`: the statistic (as `metric`; a scenario's `series.statistic`). */
    statistic?: string;
    /** For CSV: the value column's header (as `metric`; a scenario's `series.column`). */
    column?: string;
    /** The step rows are grouped into, seconds (one of REPLAY_STEPS); default inferred from the timestamps. */
    periodSeconds?: number;
}
/** What replaying a file found: reported in the summary's `data` block and on the terminal. */
export interface ReplayFacts {
    file: string;
    format: DataFormat;
    /** The column, result Id or statistic read. */
    metric: string;
    /** Rows (samples) read. */
    rows: number;
    first: string;
    last: string;
    /** The step the rows were grouped into, and how it was chosen. */
    stepSeconds: number;
    step: string;
    /** Rows that fell in a period together with another row, and the number of such periods. */
    rowsSharingAPeriod: number;
    periodsWithSeveralRows: number;
    /** Rows earlier than the row before them (after reading get-metric-data's newest-first order backwards); null for get-metric-statistics, which has no order. */
    rowsOutOfOrder: number | null;
    /** Share of the periods from the first row to the last that hold no row. */
    emptyPeriodShare: number;
    warnings: string[];
}
/** A replayed file: the regular series and what was found reading it. */
export interface ReplayData {
    series: Series;
    facts: ReplayFacts;
}
/**
 * Parses exported metric data into a regular {@link Series}, the "replay" source, the way CloudWatch reads
 * samples: every row is a sample that falls in the period containing its timestamp, and a period holding
 * several rows keeps them all (see {@link Series.extra}), so an alarm's statistic aggregates every one of
 * them. Unsorted rows, duplicate timestamps and irregular spacing are therefore accepted (and counted).
 *
 * Formats, detected from the text:
 * - CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), with or without a header (the
 *   first row is data when its first cell reads as a timestamp). The first column is the timestamp, the
 *   value the second (or `metric`/`column`). Timestamps: ISO 8601 (an offset, `Z`, or none for UTC:
 *   NAB's `2014-02-14 14:30:00`) or Unix epoch seconds or milliseconds (told apart by size: 1990–2100 in
 *   seconds is 6.3e8–4.1e9, in milliseconds 6.3e11–4.1e12; one unit per file).
 * - AWS CLI `cloudwatch get-metric-data` JSON: one of `MetricDataResults` (by `metric` Id when there are
 *   several); newest-first order is read backwards.
 * - AWS CLI `cloudwatch get-metric-statistics` JSON: `Datapoints` with `Timestamp` and a statistic, standard
 *   or in `ExtendedStatistics` (p99).
 * JSON timestamps may be ISO 8601 or epoch seconds (or milliseconds).
 *
 * The step is `periodSeconds`, else inferred ({@link inferStep}: the most common gap). Cells start on
 * multiples of the step since the epoch (5-minute cells at :00, :05, ...), as CloudWatch's periods do.
 *
 * Refused, with one line naming the file, the row and the field: an empty file, an empty cell, a value that
 * is not a number or lies beyond ±2^360, a time that is not a timestamp or lies outside 1990–2100, fewer
 * than two distinct timestamps.
 *
 * @throws DataError naming the file, the row and the field
 * @example
 * parseMetricData('timestamp,value\n2026-01-05 00:00:00,3\n2026-01-05 00:05:00,4\n', 'cpu.csv').series.stepSeconds; // 300
 */
export declare function parseMetricData(text: string, file: string, options?: MetricDataOptions): ReplayData;
/**
 * True when a file given on the command line is metric data rather than a scenario: a `.csv` file, or JSON
 * whose top level has `MetricDataResults` or `Datapoints` (AWS CLI output).
 *
 * @example
 * isMetricData('cpu.csv', text); // true
 */
export declare function isMetricData(file: string, text: string): boolean;
