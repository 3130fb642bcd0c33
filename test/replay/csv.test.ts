import { describe, expect, it } from 'vitest';
import { readCsv, readCsvSamples } from '../../src/replay/csv.js';
import { parseMetricData } from '../../src/replay/readDataFile.js';
import { problemsOf } from './problemsOf.js';

describe('readCsv (RFC 4180)', () => {
  it('splits plain records and trims cells, skipping blank lines', () => {
    expect(readCsv('a,b\n 1 , 2\n\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF', () => {
    expect(readCsv('"t","say ""hi"", twice"\r\n"x\ny",2\r\nz,3\r\n')).toEqual([
      { line: 1, cells: ['t', 'say "hi", twice'] },
      { line: 2, cells: ['x\ny', '2'] },
      { line: 4, cells: ['z', '3'] },
    ]);
  });

  it('keeps empty cells, so that a missing value can be named', () => {
    expect(readCsv('1,,3\n,\n')).toEqual([
      { line: 1, cells: ['1', '', '3'] },
      { line: 2, cells: ['', ''] },
    ]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => readCsv('a,b\n1,"2\n3,4\n')).toThrow('line 2: a quoted field is never closed');
  });
});

describe('CSV metric data (readCsvSamples, through parseMetricData)', () => {
  it('reads samples in file order, naming the column read', () => {
    expect(readCsvSamples('t,a,b\n1767571260,1,10\n1767571200,2,20\n', 'x.csv', 'b')).toEqual({
      samples: [
        { timeMs: 1767571260_000, value: 10 },
        { timeMs: 1767571200_000, value: 20 },
      ],
      format: 'csv',
      metric: 'b',
      ordered: true,
      warnings: [],
    });
    expect(() => readCsvSamples('t,a\n1767571200,1\n', 'x.csv', 'c')).toThrow('x.csv: line 1: no value column named "c" (columns: "a")');
  });

  it('reads NAB-style CSV onto a regular grid, gaps as missing', () => {
    const { series, facts } = parseMetricData('timestamp,value\n2014-02-14 14:30:00,1.5\n2014-02-14 14:35:00,2\n2014-02-14 14:45:00,4\n', 'a.csv');
    expect(series.startMs).toBe(Date.UTC(2014, 1, 14, 14, 30));
    expect(series.stepSeconds).toBe(300);
    expect(Array.from(series.values)).toEqual([1.5, 2, Number.NaN, 4]);
    expect(series.extra).toBeUndefined();
    expect(facts).toMatchObject({ format: 'csv', metric: 'value', rows: 3, stepSeconds: 300, rowsSharingAPeriod: 0, rowsOutOfOrder: 0, emptyPeriodShare: 0.25 });
  });

  it('reads ISO times with offsets, epoch seconds, epoch milliseconds and a named column', () => {
    const iso = parseMetricData('time,a,b\n2026-01-05T01:00:00+01:00,1,10\n2026-01-05T00:01:00Z,2,20\n', 'b.csv', { column: 'b' });
    expect(iso.series.startMs).toBe(Date.UTC(2026, 0, 5));
    expect(Array.from(iso.series.values)).toEqual([10, 20]);
    expect(iso.facts.metric).toBe('b');
    expect(parseMetricData('time,a,b\n2026-01-05T00:00:00Z,1,10\n2026-01-05T00:01:00Z,2,20\n', 'b.csv', { metric: 'a' }).series.values[1]).toBe(2);
    const epoch = parseMetricData('t,v\n1767571200,1\n1767571260,2\n', 'c.csv');
    expect(epoch.series.startMs).toBe(1767571200_000);
    expect(epoch.series.stepSeconds).toBe(60);
    const ms = parseMetricData('t,v\n1767571200000,1\n1767571260000,2\n', 'c.csv');
    expect(ms.series.startMs).toBe(1767571200_000);
    expect(ms.series.stepSeconds).toBe(60);
  });

  it('reads quoted CSV fields (RFC 4180) and CRLF line ends', () => {
    const { series, facts } = parseMetricData('"time","cpu, %"\r\n"2026-01-05 00:00:00","1.5"\r\n"2026-01-05 00:01:00", "2"\r\n', 'q.csv');
    expect(Array.from(series.values)).toEqual([1.5, 2]);
    expect(facts.metric).toBe('cpu, %');
  });

  it('detects a CSV without a header: the first row is data', () => {
    const { series, facts } = parseMetricData('2026-01-05 00:00:00,7\n2026-01-05 00:05:00,8\n2026-01-05 00:10:00,9\n', 'h.csv');
    expect(Array.from(series.values)).toEqual([7, 8, 9]);
    expect(facts).toMatchObject({ format: 'csv without header', rows: 3 });
    expect(problemsOf('2026-01-05 00:00:00,7\n2026-01-05 00:05:00,8\n', 'h.csv', { column: 'cpu' })).toEqual(['line 1 is data, not a header: there is no column named "cpu"']);
    // A first row with a bad value is still data, and named, not taken for a header.
    expect(problemsOf('2026-01-05 00:00:00,\n2026-01-05 00:05:00,8\n', 'h.csv')).toEqual(['line 1, value: is empty (a value must be a number; leave the row out for a gap)']);
  });
});
