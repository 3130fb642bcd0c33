import { type ReplayFacts } from '../replay/readDataFile.js';
import type { Series } from '../core/series.js';
/** One input row. */
export interface InputRow {
    /** Its position among the file's data rows (0 for the first row after the header). */
    index: number;
    /** The timestamp as written in the file. */
    timestamp: string;
    timeMs: number;
    /** The value as written. */
    value: string;
}
/** What {@link readMetricRows} returns. */
export interface MetricRows {
    /** The metric as bandsim replays it (from `parseMetricData`: rows are samples grouped into periods). */
    series: Series;
    /** What replaying the file found (step, rows sharing a period, rows out of order). */
    facts: ReplayFacts;
    /**
     * Every data row, repeats included, in time order: a stable sort of the file's rows by time (rows sharing a
     * time keep their file order), so an unsorted file gives the rows of the sorted one. NAB scores rows by
     * position in a time-ordered file; `index` is each row's place in the file (the NAB results file's order).
     */
    rows: InputRow[];
}
/**
 * Reads a metric file for `detect`: the series through bandsim's replay parser (`parseMetricData`), and every
 * input row in time order (each with its place in the file), because NAB's results format has one row per
 * input row and NAB's scoring counts rows of a time-ordered file. Rows that repeat a
 * timestamp (NAB's daylight-saving files) are samples of the same period, as in CloudWatch.
 *
 * CSV rows: the first column is the timestamp and the second the value (a header is optional). AWS CLI JSON:
 * one row per datapoint of the parsed series, in time order.
 *
 * @throws DataError from `parseMetricData`
 * @example
 * readMetricRows('timestamp,value\n2026-01-05 00:00:00,3\n2026-01-05 00:05:00,4\n', 'cpu.csv').rows.length; // 2
 */
export declare function readMetricRows(text: string, file: string, options?: {
    periodSeconds?: number;
}): MetricRows;
