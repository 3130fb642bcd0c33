import { DataError, parseMetricData } from '../generate/replay.js';
import type { Series } from '../generate/series.js';
import { parseTimestamp } from './labels.js';

/** One input row, as NAB scores it (by position in the file). */
export interface InputRow {
  /** The timestamp as written in the file. */
  timestamp: string;
  timeMs: number;
  /** The value as written (empty for a missing one). */
  value: string;
}

/** What {@link readMetricRows} returns. */
export interface MetricRows {
  /** The metric as bandsim replays it (from `parseMetricData`). */
  series: Series;
  /** Every data row in file order, repeats included. */
  rows: InputRow[];
  /** Rows left out of `series` by the repeated-timestamp workaround (empty normally). */
  droppedRows: number;
}

/**
 * Reads a metric file for `detect`: the series through bandsim's replay parser (`parseMetricData`), and every
 * input row in file order, because NAB's results format has one row per input row.
 *
 * CSV rows: the first column is the timestamp and the second the value. AWS CLI JSON: one row per datapoint
 * of the parsed series.
 *
 * WORKAROUND (until the replay parser accepts repeated timestamps; remove it then): when `parseMetricData`
 * refuses a CSV because timestamps repeat (two NAB files write `2014-03-09 03:00:00` on 12 rows at the
 * daylight-saving change), every row whose timestamp occurs more than once is left out of the series and the
 * rest is parsed again. The rows stay in `rows`, so the results file still has one row per input row.
 *
 * @throws DataError from `parseMetricData` (or, after the workaround, its second attempt)
 * @example
 * readMetricRows('timestamp,value\n2026-01-05 00:00:00,3\n2026-01-05 00:05:00,4\n', 'cpu.csv').rows.length; // 2
 */
export function readMetricRows(text: string, file: string): MetricRows {
  const isJson = text.trimStart().startsWith('{');
  if (isJson) {
    const series = parseMetricData(text, file);
    const rows: InputRow[] = [];
    series.values.forEach((v, i) => {
      if (Number.isNaN(v)) return;
      const timeMs = series.startMs + i * series.stepSeconds * 1000;
      rows.push({ timestamp: new Date(timeMs).toISOString(), timeMs, value: String(v) });
    });
    return { series, rows, droppedRows: 0 };
  }
  const lines = text.split(/\r?\n/);
  const rows: InputRow[] = [];
  const lineOf: number[] = [];
  for (let l = 1; l < lines.length; l++) {
    if (lines[l].trim() === '') continue;
    const cells = lines[l].split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const timeMs = parseTimestamp(cells[0]);
    if (timeMs === null) continue; // parseMetricData reports it
    rows.push({ timestamp: cells[0], timeMs, value: cells[1] ?? '' });
    lineOf.push(l);
  }
  try {
    return { series: parseMetricData(text, file), rows, droppedRows: 0 };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const seen = new Map<number, number>();
    for (const r of rows) seen.set(r.timeMs, (seen.get(r.timeMs) ?? 0) + 1);
    const repeated = new Set(lineOf.filter((_, i) => seen.get(rows[i].timeMs)! > 1));
    if (repeated.size === 0) throw error;
    const kept = lines.filter((_, l) => !repeated.has(l)).join('\n');
    try {
      return { series: parseMetricData(kept, file), rows, droppedRows: repeated.size };
    } catch {
      throw error;
    }
  }
}
