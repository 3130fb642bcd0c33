import type { RowWindow } from './nabScore.js';
/** A labelled anomaly window, UTC milliseconds, both ends inclusive (as NAB's windows). */
export interface LabelWindow {
    startMs: number;
    endMs: number;
}
/**
 * Reads a timestamp the way bandsim reads metric data: ISO 8601 with a zone, `YYYY-MM-DD HH:MM[:SS[.ffffff]]`
 * without one read as UTC (NAB's form), or Unix epoch seconds. Returns null for anything else or an
 * impossible date.
 *
 * @example
 * parseTimestamp('2014-04-10 07:15:00.000000'); // Date.UTC(2014, 3, 10, 7, 15)
 */
export declare function parseTimestamp(text: string): number | null;
/**
 * Reads labels in NAB's `combined_windows.json` form: an object whose keys are data files (NAB's are relative to
 * its `data/` folder, e.g. `realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv`) and whose values are lists of
 * `[start, end]` windows, both ends inclusive.
 *
 * @throws DataError naming the file and every faulty key or window
 * @example
 * parseNabLabels('{"a/b.csv": [["2014-04-10 07:15:00.000000", "2014-04-11 16:45:00.000000"]]}', 'labels.json');
 */
export declare function parseNabLabels(text: string, file: string): Map<string, LabelWindow[]>;
/**
 * Reads a plain CSV of windows, one `start,end` per line (both inclusive; a header line is allowed).
 *
 * @throws DataError naming the file and the line of every problem
 * @example
 * parseWindowCsv('start,end\n2026-01-05 10:00,2026-01-05 12:00\n', 'incidents.csv');
 */
export declare function parseWindowCsv(text: string, file: string): LabelWindow[];
/**
 * The labels of one data file: the entry whose key the file's path ends with (`…/data/realAWSCloudwatch/x.csv`
 * matches the key `realAWSCloudwatch/x.csv`); the longest such key wins. Undefined when none matches.
 *
 * @example
 * labelsFor(labels, '/data/nab/data/artificialNoAnomaly/art_flatline.csv'); // []
 */
export declare function labelsFor(labels: Map<string, LabelWindow[]>, dataFile: string): LabelWindow[] | undefined;
/**
 * Windows as row ranges of a file: from the first row at or after the start to the last row at or before the
 * end. NAB's windows start and end on rows, so this changes nothing for them; a plain CSV's window may fall
 * between rows. A window with no row in it is left out.
 *
 * @param rowTimesMs each row's time, in time order (repeats allowed; readMetricRows sorts the rows)
 * @example
 * windowsToRows([0, 300_000, 600_000], [{ startMs: 1, endMs: 600_000 }]); // [{ first: 1, last: 2 }]
 */
export declare function windowsToRows(rowTimesMs: ArrayLike<number>, windows: readonly LabelWindow[]): RowWindow[];
/**
 * NAB's `label` column: 1 for rows inside a window, else 0.
 *
 * @example
 * rowLabels(5, [{ first: 1, last: 2 }]); // Uint8Array [0, 1, 1, 0, 0]
 */
export declare function rowLabels(rows: number, windows: readonly RowWindow[]): Uint8Array;
