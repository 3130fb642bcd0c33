import { describe, expect, it } from 'vitest';
import { labelsFor, parseNabLabels, parseTimestamp, parseWindowCsv, rowLabels, windowsToRows } from '../../src/detect/labels.js';
import { DataError } from '../../src/replay/dataError.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error('expected a DataError');
}

describe('parseTimestamp', () => {
  it('reads NAB windows, ISO with zones and epoch seconds', () => {
    expect(parseTimestamp('2014-04-10 07:15:00.000000')).toBe(Date.UTC(2014, 3, 10, 7, 15));
    expect(parseTimestamp('2014-04-10T09:15:00+02:00')).toBe(Date.UTC(2014, 3, 10, 7, 15));
    expect(parseTimestamp('1397114100')).toBe(Date.UTC(2014, 3, 10, 7, 15));
    expect(parseTimestamp('2014-02-30 00:00:00')).toBeNull();
    expect(parseTimestamp('start')).toBeNull();
  });
});

describe('parseNabLabels', () => {
  const text = JSON.stringify({
    'artificialNoAnomaly/art_flatline.csv': [],
    'realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv': [
      ['2014-02-26 22:05:00.000000', '2014-02-27 17:15:00.000000'],
      ['2014-02-20 08:00:00.000000', '2014-02-20 10:00:00.000000'],
    ],
  });

  it('reads combined_windows.json and sorts each file\'s windows', () => {
    const labels = parseNabLabels(text, 'labels.json');
    expect(labels.get('artificialNoAnomaly/art_flatline.csv')).toEqual([]);
    expect(labels.get('realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv')).toEqual([
      { startMs: Date.UTC(2014, 1, 20, 8), endMs: Date.UTC(2014, 1, 20, 10) },
      { startMs: Date.UTC(2014, 1, 26, 22, 5), endMs: Date.UTC(2014, 1, 27, 17, 15) },
    ]);
  });

  it('matches a data file by the end of its path', () => {
    const labels = parseNabLabels(text, 'labels.json');
    expect(labelsFor(labels, '/x/nab/data/artificialNoAnomaly/art_flatline.csv')).toEqual([]);
    expect(labelsFor(labels, 'realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv')).toHaveLength(2);
    expect(labelsFor(labels, '/x/other/art_flatline.csv')).toBeUndefined();
    expect(labelsFor(labels, '/x/notartificialNoAnomaly/art_flatline.csv')).toBeUndefined();
  });

  it('names every faulty key and window', () => {
    const problems = problemsOf(() =>
      parseNabLabels(JSON.stringify({ 'a.csv': [['2014-01-01 00:00:00', 'soon']], 'b.csv': 'x', 'c.csv': [['2014-01-02 00:00:00', '2014-01-01 00:00:00']] }), 'l.json'),
    );
    expect(problems).toEqual([
      '"a.csv"[0]: end "soon" is not a timestamp',
      '"b.csv": expected a list of [start, end] windows',
      '"c.csv"[0]: end 2014-01-01 00:00:00 is before start 2014-01-02 00:00:00',
    ]);
    expect(problemsOf(() => parseNabLabels('[1]', 'l.json'))[0]).toMatch(/expected an object/);
    expect(problemsOf(() => parseNabLabels('{', 'l.json'))[0]).toMatch(/not valid JSON/);
  });
});

describe('parseWindowCsv', () => {
  it('reads start,end lines with or without a header', () => {
    const windows = parseWindowCsv('start,end\n2026-01-05 10:00,2026-01-05 12:00\n"2026-01-06T00:00:00Z","2026-01-06T01:00:00Z"\n', 'w.csv');
    expect(windows).toEqual([
      { startMs: Date.UTC(2026, 0, 5, 10), endMs: Date.UTC(2026, 0, 5, 12) },
      { startMs: Date.UTC(2026, 0, 6), endMs: Date.UTC(2026, 0, 6, 1) },
    ]);
    expect(parseWindowCsv('2026-01-05 10:00,2026-01-05 12:00\n', 'w.csv')).toHaveLength(1);
  });

  it('refuses overlapping windows and bad lines, naming the line', () => {
    expect(problemsOf(() => parseWindowCsv('start,end\n2026-01-05 10:00\n', 'w.csv'))).toEqual(['line 2: expected start,end']);
    expect(problemsOf(() => parseWindowCsv('2026-01-05 10:00,2026-01-05 12:00\n2026-01-05 11:00,2026-01-05 13:00\n', 'w.csv'))[0]).toMatch(/overlap/);
  });
});

describe('windowsToRows and rowLabels', () => {
  it('snaps a window to the rows inside it and drops one without rows', () => {
    const times = [0, 300_000, 600_000, 900_000];
    expect(windowsToRows(times, [{ startMs: 1, endMs: 600_000 }, { startMs: 610_000, endMs: 620_000 }])).toEqual([{ first: 1, last: 2 }]);
    expect(Array.from(rowLabels(4, [{ first: 1, last: 2 }]))).toEqual([0, 1, 1, 0]);
  });
});
