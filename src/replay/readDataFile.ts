import { basename } from 'node:path';
import { cut, DataError, echo } from './dataError.js';
import { inferStep, isReplayStep, REPLAY_STEPS } from './inferStep.js';
import { readCsv } from './csv.js';
import type { Series } from '../core/series.js';

export { DataError } from './dataError.js';

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
  format: 'csv' | 'csv without header' | 'get-metric-data' | 'get-metric-statistics';
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

/** CloudWatch accepts values within ±2^360 (PutMetricData). */
export const CLOUDWATCH_MAX_VALUE = 2 ** 360;
const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);
/** More cells than this (80 MB of values) is a step far too fine for the data's span. */
const MAX_CELLS = 10_000_000;
const MAX_PROBLEMS = 20;

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
export function parseMetricData(text: string, file: string, options: MetricDataOptions = {}): ReplayData {
  if (text.trim() === '') throw new DataError(file, ['the file is empty']);
  const read = text.trimStart().startsWith('{') ? fromJson(text, file, options) : fromCsv(text, file, options);
  return toSeries(read, file, options.periodSeconds);
}

interface Row {
  timeMs: number;
  value: number;
}

interface Read {
  rows: Row[];
  format: ReplayFacts['format'];
  metric: string;
  /** Whether the rows' order means anything (not for get-metric-statistics). */
  ordered: boolean;
  warnings: string[];
}

/** Collects problems up to a limit, then stops the parse with a DataError. */
class Problems {
  readonly list: string[] = [];
  constructor(private readonly file: string) {}
  add(problem: string): void {
    if (this.list.length === MAX_PROBLEMS) throw new DataError(this.file, this.list, true);
    this.list.push(problem);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new DataError(this.file, this.list);
  }
}

function fromCsv(text: string, file: string, options: MetricDataOptions): Read {
  let records;
  try {
    records = readCsv(text);
  } catch (error) {
    throw new DataError(file, [(error as Error).message]);
  }
  if (records.length === 0) throw new DataError(file, ['the file is empty']);
  const problems = new Problems(file);
  const first = records[0];
  const column = options.metric ?? options.column;
  // A header's first cell is never a timestamp: a first row that starts with one is data (its value is checked).
  const headerless = parseTime(first.cells[0]) !== null;
  let valueIndex = 1;
  let header: string[];
  if (headerless) {
    if (column !== undefined) throw new DataError(file, [`line 1 is data, not a header: there is no column named ${echo(column)}`]);
    header = first.cells.map((_, i) => (i === 0 ? 'timestamp' : i === 1 ? 'value' : `column ${i + 1}`));
  } else {
    header = first.cells;
    if (header.length < 2) throw new DataError(file, [`line ${first.line}: expected a timestamp and a value column, got ${echo(header.join(','))}`]);
    if (column !== undefined) {
      valueIndex = header.indexOf(column);
      if (valueIndex < 1) throw new DataError(file, [`line ${first.line}: no value column named ${echo(column)} (columns: ${list(header.slice(1))})`]);
    }
  }
  const times = new EpochUnit();
  const rows: Row[] = [];
  for (const record of headerless ? records : records.slice(1)) {
    const where = `line ${record.line}`;
    const timeMs = times.parse(record.cells[0], `${where}, ${cut(header[0] || 'timestamp')}`, problems);
    const raw = record.cells[valueIndex];
    const field = `${where}, ${cut(header[valueIndex] || 'value')}`;
    const value = raw === undefined ? null : checkValue(raw, field, problems);
    if (raw === undefined) problems.add(`${field}: the row has no such column (${record.cells.length} cell${record.cells.length === 1 ? '' : 's'})`);
    if (timeMs !== null && value !== null) rows.push({ timeMs, value });
  }
  problems.throwIfAny();
  return { rows, format: headerless ? 'csv without header' : 'csv', metric: header[valueIndex] || 'value', ordered: true, warnings: [] };
}

function fromJson(text: string, file: string, options: MetricDataOptions): Read {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const o = json as Record<string, unknown>;
  const problems = new Problems(file);
  const times = new EpochUnit();
  const rows: Row[] = [];
  const warnings: string[] = [];
  const value = (v: unknown, where: string): number | null => {
    if (typeof v !== 'number') {
      problems.add(`${where}: ${echo(v)} is not a number`);
      return null;
    }
    if (!Number.isFinite(v)) {
      problems.add(`${where}: ${v} is beyond ±2^360, the range CloudWatch accepts`);
      return null;
    }
    return checkValue(String(v), where, problems);
  };
  if (Array.isArray(o.MetricDataResults)) {
    const results = o.MetricDataResults as Array<Record<string, unknown>>;
    const ids = results.map((r, i) => (r && typeof r.Id === 'string' ? r.Id : `#${i}`));
    const id = options.metric;
    if (results.length === 0) throw new DataError(file, ['MetricDataResults is empty: the query returned no metric']);
    if (id === undefined && results.length > 1) {
      throw new DataError(file, [`MetricDataResults holds ${results.length} metrics (Ids: ${list(ids)}): pick one with --metric ID (in a scenario: series.metric)`]);
    }
    const index = id === undefined ? 0 : ids.indexOf(id);
    if (index < 0) throw new DataError(file, [`MetricDataResults has no Id ${echo(id)} (Ids: ${list(ids)})`]);
    const result = results[index];
    const at = `MetricDataResults[${index}]`;
    if (!result || !Array.isArray(result.Timestamps) || !Array.isArray(result.Values)) {
      throw new DataError(file, [`${at}: needs the arrays "Timestamps" and "Values"`]);
    }
    const stamps = result.Timestamps as unknown[];
    const values = result.Values as unknown[];
    if (stamps.length !== values.length) throw new DataError(file, [`${at}: ${stamps.length} Timestamps but ${values.length} Values`]);
    stamps.forEach((t, i) => {
      const ms = times.parse(t, `${at}.Timestamps[${i}]`, problems);
      const v = value(values[i], `${at}.Values[${i}]`);
      if (ms !== null && v !== null) rows.push({ timeMs: ms, value: v });
    });
    problems.throwIfAny();
    // get-metric-data lists newest first unless --scan-by TimestampAscending.
    if (rows.length > 1 && rows[0].timeMs > rows[rows.length - 1].timeMs) rows.reverse();
    if (result.StatusCode === 'PartialData' || typeof o.NextToken === 'string') {
      warnings.push('the export is partial (StatusCode PartialData or a NextToken): later pages are not in the file');
    }
    return { rows, format: 'get-metric-data', metric: ids[index], ordered: true, warnings };
  }
  if (Array.isArray(o.Datapoints)) {
    const points = o.Datapoints as Array<Record<string, unknown>>;
    const bad = points.findIndex((p) => p === null || typeof p !== 'object' || Array.isArray(p));
    if (bad >= 0) throw new DataError(file, [`Datapoints[${bad}]: expected an object with "Timestamp" and a statistic`]);
    if (points.length === 0) throw new DataError(file, ['Datapoints is empty: the query returned no datapoints']);
    const extended = (p: Record<string, unknown>) =>
      p.ExtendedStatistics !== null && typeof p.ExtendedStatistics === 'object' ? (p.ExtendedStatistics as Record<string, unknown>) : {};
    const standard = ['Average', 'Sum', 'Maximum', 'Minimum', 'SampleCount'].filter((s) => s in points[0]);
    const percentiles = Object.keys(extended(points[0]));
    let stat = options.metric ?? options.statistic ?? standard[0];
    if (stat === undefined && percentiles.length === 1) stat = percentiles[0];
    if (stat === undefined) {
      throw new DataError(file, [
        percentiles.length > 1
          ? `Datapoints hold several statistics (${list(percentiles, false)}): pick one with --metric NAME (in a scenario: series.statistic)`
          : 'Datapoints[0]: no statistic found (Average, Sum, Maximum, Minimum, SampleCount or ExtendedStatistics)',
      ]);
    }
    points.forEach((p, i) => {
      const where = `Datapoints[${i}]`;
      const ms = times.parse(p.Timestamp, `${where}.Timestamp`, problems);
      const inExtended = !(stat! in p) && stat! in extended(p);
      const field = inExtended ? `${where}.ExtendedStatistics.${cut(stat!)}` : `${where}.${cut(stat!)}`;
      const raw = inExtended ? extended(p)[stat!] : p[stat!];
      const v = raw === undefined ? null : value(raw, field);
      if (raw === undefined) problems.add(`${where}: no ${echo(stat)} (has ${list([...Object.keys(p), ...Object.keys(extended(p))].filter((k) => k !== 'Timestamp' && k !== 'Unit' && k !== 'ExtendedStatistics'), false)})`);
      if (ms !== null && v !== null) rows.push({ timeMs: ms, value: v });
    });
    problems.throwIfAny();
    return { rows, format: 'get-metric-statistics', metric: stat, ordered: false, warnings };
  }
  throw new DataError(file, ['not AWS CLI output: expected "MetricDataResults" (get-metric-data) or "Datapoints" (get-metric-statistics)']);
}

/** Puts each row in the cell (period) that contains its timestamp; several rows in a cell are all kept. */
function toSeries(read: Read, file: string, periodSeconds: number | undefined): ReplayData {
  const { rows } = read;
  let rowsOutOfOrder = 0;
  for (let i = 1; i < rows.length; i++) if (rows[i].timeMs < rows[i - 1].timeMs) rowsOutOfOrder++;
  const sorted = rows.map((row, i) => ({ ...row, i })).sort((a, b) => a.timeMs - b.timeMs || a.i - b.i);
  const distinct: number[] = [];
  for (const row of sorted) if (distinct.length === 0 || distinct[distinct.length - 1] !== row.timeMs) distinct.push(row.timeMs);
  if (distinct.length < 2) {
    throw new DataError(file, [`needs samples at two or more different times, found ${rows.length} row${rows.length === 1 ? '' : 's'}${rows.length > 1 ? ' all at one time' : ''}`]);
  }
  let stepSeconds: number;
  let step: string;
  if (periodSeconds !== undefined) {
    if (!isReplayStep(periodSeconds)) throw new DataError(file, [`period ${periodSeconds} s: use ${describeSteps()}`]);
    stepSeconds = periodSeconds;
    step = 'given';
  } else {
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
  const extra = new Map<number, number[]>();
  for (const row of sorted) {
    const cell = Math.floor((row.timeMs - startMs) / stepMs);
    if (counts[cell] === 0) values[cell] = row.value;
    else if (extra.has(cell)) extra.get(cell)!.push(row.value);
    else extra.set(cell, [row.value]);
    counts[cell]++;
  }
  let empty = 0;
  let rowsSharingAPeriod = 0;
  for (const c of counts) {
    if (c === 0) empty++;
    if (c > 1) rowsSharingAPeriod += c;
  }
  const emptyPeriodShare = empty / length;
  const warnings = [...read.warnings];
  if (emptyPeriodShare > 0.5) {
    warnings.push(
      `${(emptyPeriodShare * 100).toFixed(0)}% of the ${stepSeconds}-second periods hold no row: most datapoints are missing (give a longer period with --period)`,
    );
  }
  const series: Series = extra.size > 0 ? { startMs, stepSeconds, values, extra } : { startMs, stepSeconds, values };
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

/** Names for a message: at most 8, each cut to 40 characters, quoted unless `quoted` is false. */
function list(names: readonly string[], quoted = true): string {
  const shown = names.slice(0, 8).map((n) => (quoted ? echo(n) : cut(n)));
  return `${shown.join(', ')}${names.length > 8 ? `, … (${names.length} in all)` : ''}`;
}

/**
 * The replay steps, for messages.
 *
 * @example
 * describeSteps(); // '1, 5, 10, 30 or a multiple of 60 that divides a day (60, 120, 180, 240, 300, 360, 480, ..., 3600, ..., 86400)'
 */
export function describeSteps(): string {
  return `1, 5, 10, 30 or a multiple of 60 that divides a day (${REPLAY_STEPS.filter((s) => s >= 60 && s <= 3600).join(', ')}, ..., 86400)`;
}

/** Number syntax bandsim accepts for a value: decimal, optional sign, fraction and exponent. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function parseValue(raw: string): { value: number | null; problem: string | null } {
  if (raw === '') return { value: null, problem: 'is empty (a value must be a number; leave the row out for a gap)' };
  if (!NUMBER.test(raw)) return { value: null, problem: `${echo(raw)} is not a number` };
  const value = Number(raw);
  if (!(Math.abs(value) <= CLOUDWATCH_MAX_VALUE)) return { value: null, problem: `${echo(raw)} is beyond ±2^360, the range CloudWatch accepts` };
  return { value, problem: null };
}

function checkValue(raw: string, where: string, problems: Problems): number | null {
  const { value, problem } = parseValue(raw);
  if (problem !== null) problems.add(`${where}: ${problem}`);
  return value;
}

/** Reads timestamps, deciding once per file whether numeric ones are epoch seconds or milliseconds. */
class EpochUnit {
  private unit: 1 | 1000 | null = null;
  private firstWhere = '';

  parse(raw: unknown, where: string, problems: Problems): number | null {
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
    if (text === null || text === '') {
      problems.add(`${where}: ${text === '' ? 'is empty' : `${echo(raw)} is not a timestamp`}`);
      return null;
    }
    if (/^\d+(\.\d+)?([eE]\+?\d+)?$/.test(text)) {
      const n = Number(text);
      if (this.unit === null) {
        this.unit = n >= MIN_TIME / 1000 && n < MAX_TIME / 1000 ? 1000 : n >= MIN_TIME && n < MAX_TIME ? 1 : null;
        this.firstWhere = where;
        if (this.unit === null) {
          problems.add(`${where}: ${echo(text)} is neither epoch seconds nor epoch milliseconds between 1990 and 2100`);
          return null;
        }
      }
      const ms = Math.round(n * this.unit);
      if (ms < MIN_TIME || ms >= MAX_TIME) {
        problems.add(`${where}: ${echo(text)} read as epoch ${this.unit === 1000 ? 'seconds' : 'milliseconds'} (like ${this.firstWhere.split(',')[0]}) is outside 1990–2100`);
        return null;
      }
      return ms;
    }
    const ms = parseTime(text);
    if (ms === null) {
      problems.add(`${where}: ${echo(text)} is not a timestamp (ISO 8601, or epoch seconds or milliseconds)`);
      return null;
    }
    if (ms < MIN_TIME || ms >= MAX_TIME) {
      problems.add(`${where}: ${echo(text)} is outside 1990–2100`);
      return null;
    }
    return ms;
  }
}

/**
 * ISO 8601 with a zone or none (UTC), `YYYY-MM-DD HH:MM[:SS]`, or plain epoch digits (returned as the number,
 * its unit decided by the caller); null otherwise, and for impossible dates (2026-02-30).
 *
 * @example
 * parseTime('2014-04-10 07:15:00'); // Date.UTC(2014, 3, 10, 7, 15)
 */
export function parseTime(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
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
