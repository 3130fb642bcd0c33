import { readCsv } from '../replay/csv.js';
import { Problems } from '../replay/dataError.js';
import { parseMetricData } from '../replay/readDataFile.js';
import { EpochUnit } from '../replay/timestamps.js';
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
export function readMetricRows(text, file, options = {}) {
    const { series, facts } = parseMetricData(text, file, options);
    if (facts.format === 'get-metric-data' || facts.format === 'get-metric-statistics') {
        const rows = [];
        const stepMs = series.stepSeconds * 1000;
        series.values.forEach((v, i) => {
            const timeMs = series.startMs + i * stepMs;
            for (const x of Number.isNaN(v) ? [] : [v, ...(series.extra?.get(i) ?? [])]) {
                rows.push({ index: rows.length, timestamp: new Date(timeMs).toISOString(), timeMs, value: String(x) });
            }
        });
        return { series, facts, rows };
    }
    // parseMetricData has checked every row; here only the text of each is kept, in file order, and its time
    // read as parseMetricData reads it (epoch seconds or milliseconds decided once per file).
    const records = readCsv(text);
    const times = new EpochUnit();
    const header = new Problems(file); // the one cell that is not a timestamp, the header's first
    const rows = [];
    for (const record of records) {
        const timeMs = times.parse(record.cells[0], `line ${record.line}`, header);
        if (timeMs === null)
            continue; // the header
        rows.push({ index: rows.length, timestamp: record.cells[0], timeMs, value: record.cells[1] ?? '' });
    }
    // Array.prototype.sort is stable: rows sharing a time keep their file order.
    return { series, facts, rows: rows.sort((a, b) => a.timeMs - b.timeMs) };
}
