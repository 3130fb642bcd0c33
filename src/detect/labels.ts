import { DataError } from '../replay/dataError.js';
import { parseTime } from '../replay/timestamps.js';
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
export function parseTimestamp(text: string): number | null {
  const t = text.trim();
  // Plain digits are epoch seconds here (NAB's labels never use milliseconds).
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  return parseTime(t);
}

/**
 * Reads labels in NAB's `combined_windows.json` form: an object whose keys are data files (NAB's are relative to
 * its `data/` folder, e.g. `realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv`) and whose values are lists of
 * `[start, end]` windows, both ends inclusive.
 *
 * @throws DataError naming the file and every faulty key or window
 * @example
 * parseNabLabels('{"a/b.csv": [["2014-04-10 07:15:00.000000", "2014-04-11 16:45:00.000000"]]}', 'labels.json');
 */
export function parseNabLabels(text: string, file: string): Map<string, LabelWindow[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new DataError(file, ['expected an object of data file → list of [start, end] windows (NAB combined_windows.json)']);
  }
  const problems: string[] = [];
  const labels = new Map<string, LabelWindow[]>();
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (!Array.isArray(value)) {
      problems.push(`"${key}": expected a list of [start, end] windows`);
      continue;
    }
    const windows: LabelWindow[] = [];
    value.forEach((pair, i) => {
      const where = `"${key}"[${i}]`;
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        problems.push(`${where}: expected ["start", "end"]`);
        return;
      }
      const window = toWindow(pair[0], pair[1], where, problems);
      if (window) windows.push(window);
    });
    labels.set(key, checkedOrder(windows, `"${key}"`, problems));
  }
  if (problems.length > 0) throw new DataError(file, problems.slice(0, 20));
  return labels;
}

/**
 * Reads a plain CSV of windows, one `start,end` per line (both inclusive; a header line is allowed).
 *
 * @throws DataError naming the file and the line of every problem
 * @example
 * parseWindowCsv('start,end\n2026-01-05 10:00,2026-01-05 12:00\n', 'incidents.csv');
 */
export function parseWindowCsv(text: string, file: string): LabelWindow[] {
  const problems: string[] = [];
  const windows: LabelWindow[] = [];
  text.split(/\r?\n/).forEach((line, l) => {
    if (line.trim() === '') return;
    const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (l === 0 && parseTimestamp(cells[0]) === null) return; // header
    if (cells.length < 2) {
      problems.push(`line ${l + 1}: expected start,end`);
      return;
    }
    const window = toWindow(cells[0], cells[1], `line ${l + 1}`, problems);
    if (window) windows.push(window);
  });
  const sorted = checkedOrder(windows, 'windows', problems);
  if (problems.length > 0) throw new DataError(file, problems.slice(0, 20));
  return sorted;
}

function toWindow(start: string, end: string, where: string, problems: string[]): LabelWindow | null {
  const startMs = parseTimestamp(start);
  const endMs = parseTimestamp(end);
  if (startMs === null) problems.push(`${where}: start "${start}" is not a timestamp`);
  if (endMs === null) problems.push(`${where}: end "${end}" is not a timestamp`);
  if (startMs === null || endMs === null) return null;
  if (endMs < startMs) {
    problems.push(`${where}: end ${end} is before start ${start}`);
    return null;
  }
  return { startMs, endMs };
}

function checkedOrder(windows: LabelWindow[], where: string, problems: string[]): LabelWindow[] {
  const sorted = [...windows].sort((a, b) => a.startMs - b.startMs);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startMs <= sorted[i - 1].endMs) {
      problems.push(`${where}: windows overlap (${new Date(sorted[i - 1].startMs).toISOString()} and ${new Date(sorted[i].startMs).toISOString()})`);
    }
  }
  return sorted;
}

/**
 * The labels of one data file: the entry whose key the file's path ends with (`…/data/realAWSCloudwatch/x.csv`
 * matches the key `realAWSCloudwatch/x.csv`); the longest such key wins. Undefined when none matches.
 *
 * @example
 * labelsFor(labels, '/data/nab/data/artificialNoAnomaly/art_flatline.csv'); // []
 */
export function labelsFor(labels: Map<string, LabelWindow[]>, dataFile: string): LabelWindow[] | undefined {
  const path = `/${dataFile.replaceAll('\\', '/')}`;
  let best: string | undefined;
  for (const key of labels.keys()) {
    const k = key.replaceAll('\\', '/').replace(/^\/+/, '');
    if (path.endsWith(`/${k}`) && (best === undefined || k.length > best.length)) best = key;
  }
  return best === undefined ? undefined : labels.get(best);
}

/**
 * Windows as row ranges of a file: from the first row at or after the start to the last row at or before the
 * end. NAB's windows start and end on rows, so this changes nothing for them; a plain CSV's window may fall
 * between rows. A window with no row in it is left out.
 *
 * @param rowTimesMs each row's time, in time order (repeats allowed; readMetricRows sorts the rows)
 * @example
 * windowsToRows([0, 300_000, 600_000], [{ startMs: 1, endMs: 600_000 }]); // [{ first: 1, last: 2 }]
 */
export function windowsToRows(rowTimesMs: ArrayLike<number>, windows: readonly LabelWindow[]): RowWindow[] {
  const out: RowWindow[] = [];
  for (const w of windows) {
    let first = -1;
    let last = -1;
    for (let i = 0; i < rowTimesMs.length; i++) {
      const t = rowTimesMs[i];
      if (t >= w.startMs && t <= w.endMs) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) out.push({ first, last });
  }
  return out;
}

/**
 * NAB's `label` column: 1 for rows inside a window, else 0.
 *
 * @example
 * rowLabels(5, [{ first: 1, last: 2 }]); // Uint8Array [0, 1, 1, 0, 0]
 */
export function rowLabels(rows: number, windows: readonly RowWindow[]): Uint8Array {
  const labels = new Uint8Array(rows);
  for (const w of windows) labels.fill(1, w.first, w.last + 1);
  return labels;
}

/**
 * The message for a data file that a labels map has no entry for.
 *
 * @example
 * noLabelsFor('/data/cpu.csv'); // "no labels for /data/cpu.csv (keys are matched against the end of the data file's path)"
 */
export function noLabelsFor(dataFile: string): string {
  return `no labels for ${dataFile} (keys are matched against the end of the data file's path)`;
}
