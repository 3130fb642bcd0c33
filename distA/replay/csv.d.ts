import { type SamplesRead } from './samples.js';
/** One record of a CSV file: its cells and the line it starts on (1-based). */
export interface CsvRow {
    line: number;
    cells: string[];
}
/**
 * Splits CSV text into records the way RFC 4180 defines them: fields separated by commas, records by CRLF
 * or LF; a field in double quotes may hold commas, line breaks and doubled quotes (`""` for `"`). Cells are
 * trimmed; blank lines are skipped.
 *
 * @throws Error `line N: a quoted field is never closed` when a quote is left open at the end of the text
 * @example
 * readCsv('time,value\n"2026-01-05 00:00:00","1,5"\n'); // [{ line: 1, cells: ['time', 'value'] }, { line: 2, cells: ['2026-01-05 00:00:00', '1,5'] }]
 */
export declare function readCsv(text: string): CsvRow[];
/**
 * Reads the samples of a CSV file (see parseMetricData): with or without a header (the first row is data when
 * its first cell reads as a timestamp), the first column the timestamp, the value the second or the column
 * named `column`. Every problem names the line and the column.
 *
 * @param column the value column's header; default the second column
 * @throws DataError naming the file, the line and the field
 * @example
 * readCsvSamples('timestamp,value\n2026-01-05 00:00:00,3\n', 'cpu.csv').samples; // [{ timeMs: Date.UTC(2026, 0, 5), value: 3 }]
 */
export declare function readCsvSamples(text: string, file: string, column?: string): SamplesRead;
