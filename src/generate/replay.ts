import type { Series } from './series.js';

/** Bad metric data: the file and every problem found, each naming the row or field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: cannot replay this metric data\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Options of {@link parseMetricData}. */
export interface MetricDataOptions {
  /** For `get-metric-statistics` output: which statistic to read; default the first present of Average, Sum, Maximum, Minimum, SampleCount. */
  statistic?: string;
  /** For CSV: the value column's header; default the second column. */
  column?: string;
}

const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);

/**
 * Parses exported metric data into a regular {@link Series}, the "replay" source: from here on nothing
 * knows whether the metric was generated or replayed.
 *
 * Formats, detected from the text:
 * - CSV with a header: the first column is the timestamp, the value is the second column (or `column`).
 *   Timestamps are ISO 8601 (`2026-01-05T10:00:00Z`, an offset, or `2014-02-14 14:30:00` read as UTC, NAB's
 *   form) or Unix epoch seconds. An empty value is a missing sample.
 * - AWS CLI `cloudwatch get-metric-data` JSON: the first of `MetricDataResults` (`Timestamps`, `Values`);
 *   its default newest-first order is accepted.
 * - AWS CLI `cloudwatch get-metric-statistics` JSON: `Datapoints` with `Timestamp` and the statistic.
 *
 * The step is the smallest gap between timestamps; every timestamp must sit on that grid from the first
 * one. Gaps become missing samples (NaN). Unsorted or duplicate timestamps, non-numeric values, times
 * outside 1990–2100 (epoch milliseconds read as seconds, say) and an empty file are errors, all reported
 * at once with their row.
 *
 * @throws DataError listing every problem
 * @example
 * parseMetricData('timestamp,value\n2026-01-05 00:00:00,3\n2026-01-05 00:05:00,4\n', 'cpu.csv').stepSeconds; // 300
 */
export function parseMetricData(text: string, file: string, options: MetricDataOptions = {}): Series {
  if (text.trim() === '') throw new DataError(file, ['the file is empty']);
  const rows = text.trimStart().startsWith('{') ? fromJson(text, file, options) : fromCsv(text, file, options);
  return toSeries(rows, file);
}

interface Row {
  where: string;
  timeMs: number;
  value: number;
}

function fromCsv(text: string, file: string, options: MetricDataOptions): Row[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0].split(',').map((h) => h.trim());
  const problems: string[] = [];
  if (header.length < 2) throw new DataError(file, [`line 1: expected a header with a timestamp and a value column, got "${lines[0]}"`]);
  const valueIndex = options.column === undefined ? 1 : header.indexOf(options.column);
  if (valueIndex < 0) throw new DataError(file, [`line 1: no column "${options.column}" (columns: ${header.join(', ')})`]);
  const rows: Row[] = [];
  for (let l = 1; l < lines.length; l++) {
    if (lines[l].trim() === '') continue;
    const cells = lines[l].split(',').map((c) => c.trim());
    const where = `line ${l + 1}`;
    const timeMs = parseTime(cells[0]);
    const raw = cells[valueIndex] ?? '';
    const value = raw === '' ? Number.NaN : Number(raw);
    if (timeMs === null) problems.push(`${where}: "${cells[0]}" is not a timestamp (ISO 8601 or epoch seconds)`);
    else if (timeMs < MIN_TIME || timeMs > MAX_TIME) problems.push(`${where}: ${cells[0]} is outside 1990–2100: wrong units (milliseconds read as seconds)?`);
    if (raw !== '' && !Number.isFinite(value)) problems.push(`${where}: ${header[valueIndex]} "${raw}" is not a finite number`);
    if (problems.length >= 20) break;
    if (timeMs !== null) rows.push({ where, timeMs, value });
  }
  if (problems.length > 0) throw new DataError(file, problems);
  return rows;
}

function fromJson(text: string, file: string, options: MetricDataOptions): Row[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const o = json as Record<string, unknown>;
  const problems: string[] = [];
  const rows: Row[] = [];
  const value = (v: unknown, where: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${where}: ${JSON.stringify(v)} is not a finite number`);
    return typeof v === 'number' ? v : Number.NaN;
  };
  const time = (t: unknown, where: string): number | null => {
    const ms = typeof t === 'string' ? parseTime(t) : null;
    if (ms === null) problems.push(`${where}: ${JSON.stringify(t)} is not an ISO 8601 timestamp`);
    return ms;
  };
  if (Array.isArray(o.MetricDataResults)) {
    const result = o.MetricDataResults[0] as { Timestamps?: unknown; Values?: unknown } | undefined;
    if (!result || !Array.isArray(result.Timestamps) || !Array.isArray(result.Values)) {
      throw new DataError(file, ['MetricDataResults[0]: needs the arrays "Timestamps" and "Values"']);
    }
    if (result.Timestamps.length !== result.Values.length) {
      throw new DataError(file, [`MetricDataResults[0]: ${result.Timestamps.length} Timestamps but ${result.Values.length} Values`]);
    }
    result.Timestamps.forEach((t, i) => {
      const where = `MetricDataResults[0].Timestamps[${i}]`;
      const ms = time(t, where);
      const v = value((result.Values as unknown[])[i], `MetricDataResults[0].Values[${i}]`);
      if (ms !== null) rows.push({ where, timeMs: ms, value: v });
    });
    // get-metric-data lists newest first unless --scan-by TimestampAscending.
    if (rows.length > 1 && rows[0].timeMs > rows[rows.length - 1].timeMs) rows.reverse();
  } else if (Array.isArray(o.Datapoints)) {
    const points = o.Datapoints as Array<Record<string, unknown>>;
    const bad = points.findIndex((p) => p === null || typeof p !== 'object' || Array.isArray(p));
    if (bad >= 0) throw new DataError(file, [`Datapoints[${bad}]: expected an object with "Timestamp" and a statistic`]);
    const stat = options.statistic ?? ['Average', 'Sum', 'Maximum', 'Minimum', 'SampleCount'].find((s) => points.length > 0 && s in points[0]);
    if (!stat) throw new DataError(file, ['Datapoints: no statistic found (Average, Sum, Maximum, Minimum, SampleCount)']);
    points.forEach((p, i) => {
      const where = `Datapoints[${i}]`;
      const ms = time(p.Timestamp, `${where}.Timestamp`);
      const v = value(p[stat], `${where}.${stat}`);
      if (ms !== null) rows.push({ where, timeMs: ms, value: v });
    });
    // get-metric-statistics returns datapoints in no particular order.
    rows.sort((a, b) => a.timeMs - b.timeMs);
  } else {
    throw new DataError(file, ['not AWS CLI output: expected "MetricDataResults" (get-metric-data) or "Datapoints" (get-metric-statistics)']);
  }
  if (problems.length > 0) throw new DataError(file, problems.slice(0, 20));
  return rows;
}

function toSeries(rows: Row[], file: string): Series {
  if (rows.length < 2) throw new DataError(file, [`needs at least two samples, found ${rows.length}`]);
  const problems: string[] = [];
  let stepMs = Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows.length; i++) {
    const gap = rows[i].timeMs - rows[i - 1].timeMs;
    if (gap === 0) problems.push(`${rows[i].where}: duplicate timestamp ${new Date(rows[i].timeMs).toISOString()} (also at ${rows[i - 1].where})`);
    else if (gap < 0) problems.push(`${rows[i].where}: timestamps are not in time order (${new Date(rows[i].timeMs).toISOString()} after ${new Date(rows[i - 1].timeMs).toISOString()})`);
    else stepMs = Math.min(stepMs, gap);
    if (problems.length >= 20) break;
  }
  if (problems.length > 0) throw new DataError(file, problems);
  if (stepMs % 1000 !== 0) throw new DataError(file, [`the smallest gap between samples, ${stepMs} ms, is not a whole number of seconds`]);
  const startMs = rows[0].timeMs;
  const length = Math.round((rows[rows.length - 1].timeMs - startMs) / stepMs) + 1;
  const values = new Float64Array(length).fill(Number.NaN);
  for (const row of rows) {
    const offset = (row.timeMs - startMs) / stepMs;
    if (!Number.isInteger(offset)) {
      problems.push(`${row.where}: ${new Date(row.timeMs).toISOString()} is off the ${stepMs / 1000}-second grid that starts at ${new Date(startMs).toISOString()}`);
      if (problems.length >= 20) break;
      continue;
    }
    values[offset] = row.value;
  }
  if (problems.length > 0) throw new DataError(file, problems);
  return { startMs, stepSeconds: stepMs / 1000, values };
}

/** ISO 8601 with a zone, `YYYY-MM-DD HH:MM[:SS]` read as UTC, or epoch seconds; null otherwise. */
function parseTime(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '', zone = 'Z'] = m;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, frac ? Math.round(Number(frac) * 1000) : 0);
  const check = new Date(utc);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) return null;
  if (zone === 'Z') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * True when a file given on the command line is metric data rather than a scenario: a `.csv` file, or JSON
 * whose top level has `MetricDataResults` or `Datapoints` (AWS CLI output).
 *
 * @example
 * isMetricData('cpu.csv', text); // true
 */
export function isMetricData(file: string, text: string): boolean {
  if (/\.csv$/i.test(file)) return true;
  if (!text.trimStart().startsWith('{')) return false;
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    return o !== null && typeof o === 'object' && ('MetricDataResults' in o || 'Datapoints' in o);
  } catch {
    return false;
  }
}
