import { basename } from 'node:path';
import { readAwsJson } from './awsJson.js';
import { readCsvSamples } from './csv.js';
import { DataError } from './dataError.js';
import { describeSteps, inferStep, isReplayStep } from './inferStep.js';
/** More cells than this (80 MB of values) is a step far too fine for the data's span. */
const MAX_CELLS = 10_000_000;
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
export function parseMetricData(text, file, options = {}) {
    if (text.trim() === '')
        throw new DataError(file, ['the file is empty']);
    const read = text.trimStart().startsWith('{') ? readAwsJson(text, file, options) : readCsvSamples(text, file, options.metric ?? options.column);
    return toSeries(read, file, options.periodSeconds);
}
/** Puts each row in the cell (period) that contains its timestamp; several rows in a cell are all kept. */
function toSeries(read, file, periodSeconds) {
    const rows = read.samples;
    let rowsOutOfOrder = 0;
    for (let i = 1; i < rows.length; i++)
        if (rows[i].timeMs < rows[i - 1].timeMs)
            rowsOutOfOrder++;
    const sorted = rows.map((row, i) => ({ ...row, i })).sort((a, b) => a.timeMs - b.timeMs || a.i - b.i);
    const distinct = [];
    for (const row of sorted)
        if (distinct.length === 0 || distinct[distinct.length - 1] !== row.timeMs)
            distinct.push(row.timeMs);
    if (distinct.length < 2) {
        throw new DataError(file, [`needs samples at two or more different times, found ${rows.length} row${rows.length === 1 ? '' : 's'}${rows.length > 1 ? ' all at one time' : ''}`]);
    }
    let stepSeconds;
    let step;
    if (periodSeconds !== undefined) {
        if (!isReplayStep(periodSeconds))
            throw new DataError(file, [`period ${periodSeconds} s: use ${describeSteps()}`]);
        stepSeconds = periodSeconds;
        step = 'given';
    }
    else {
        const inferred = inferStep(distinct);
        stepSeconds = inferred.stepSeconds;
        const share = `${(inferred.gapShare * 100).toFixed(1)}% of gaps`;
        step =
            inferred.gapSeconds === stepSeconds
                ? `the most common gap between timestamps (${share})`
                : `the most common gap, ${inferred.gapSeconds} s (${share}), rounded down to a period that divides a day`;
    }
    const stepMs = stepSeconds * 1000;
    const startMs = Math.floor(distinct[0] / stepMs) * stepMs;
    const length = Math.floor((distinct[distinct.length - 1] - startMs) / stepMs) + 1;
    if (length > MAX_CELLS) {
        throw new DataError(file, [`the rows span ${length} periods of ${stepSeconds} s, more than ${MAX_CELLS}: give a longer period (--period)`]);
    }
    const values = new Float64Array(length).fill(Number.NaN);
    const counts = new Uint32Array(length);
    const extra = new Map();
    for (const row of sorted) {
        const cell = Math.floor((row.timeMs - startMs) / stepMs);
        if (counts[cell] === 0)
            values[cell] = row.value;
        else if (extra.has(cell))
            extra.get(cell).push(row.value);
        else
            extra.set(cell, [row.value]);
        counts[cell]++;
    }
    let empty = 0;
    let rowsSharingAPeriod = 0;
    for (const c of counts) {
        if (c === 0)
            empty++;
        if (c > 1)
            rowsSharingAPeriod += c;
    }
    const emptyPeriodShare = empty / length;
    const warnings = [...read.warnings];
    if (emptyPeriodShare > 0.5) {
        warnings.push(`${(emptyPeriodShare * 100).toFixed(0)}% of the ${stepSeconds}-second periods hold no row: most datapoints are missing (give a longer period with --period)`);
    }
    const series = extra.size > 0 ? { startMs, stepSeconds, values, extra } : { startMs, stepSeconds, values };
    return {
        series,
        facts: {
            file: basename(file),
            format: read.format,
            metric: read.metric,
            rows: rows.length,
            first: new Date(distinct[0]).toISOString(),
            last: new Date(distinct[distinct.length - 1]).toISOString(),
            stepSeconds,
            step,
            rowsSharingAPeriod,
            periodsWithSeveralRows: extra.size,
            rowsOutOfOrder: read.ordered ? rowsOutOfOrder : null,
            emptyPeriodShare,
            warnings,
        },
    };
}
/**
 * True when a file given on the command line is metric data rather than a scenario: a `.csv` file, or JSON
 * whose top level has `MetricDataResults` or `Datapoints` (AWS CLI output).
 *
 * @example
 * isMetricData('cpu.csv', text); // true
 */
export function isMetricData(file, text) {
    if (/\.csv$/i.test(file))
        return true;
    if (!text.trimStart().startsWith('{'))
        return false;
    try {
        const o = JSON.parse(text);
        return o !== null && typeof o === 'object' && ('MetricDataResults' in o || 'Datapoints' in o);
    }
    catch {
        return false;
    }
}
