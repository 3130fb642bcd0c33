import { describe, expect, it } from 'vitest';
import { readMetricRows } from '../../src/detect/rows.js';

describe('readMetricRows', () => {
  it('keeps every input row; rows with a repeated timestamp are samples of one period', () => {
    const text = [
      'timestamp,value',
      '2014-03-09 01:51:00,1',
      '2014-03-09 01:56:00,2',
      '2014-03-09 03:00:00,9',
      '2014-03-09 03:00:00,8',
      '2014-03-09 03:01:00,3',
      '2014-03-09 03:06:00,4',
      '',
    ].join('\n');
    const { series, facts, rows } = readMetricRows(text, 'dst.csv');
    expect(rows.map((r) => r.value)).toEqual(['1', '2', '9', '8', '3', '4']);
    expect(series.stepSeconds).toBe(300);
    // 01:51 and 01:56 fall in the 01:50 and 01:55 periods; 03:00, 03:00 and 03:01 share the 03:00 period.
    expect(series.startMs).toBe(Date.UTC(2014, 2, 9, 1, 50));
    expect(Array.from(series.values)).toEqual([1, 2, ...new Array(12).fill(Number.NaN), 9, 4]);
    expect(series.extra?.get(14)).toEqual([8, 3]);
    expect(facts.rowsSharingAPeriod).toBe(3);
  });

  it('reads epoch seconds and milliseconds as parseMetricData does, with or without a header', () => {
    const times = (text: string) => readMetricRows(text, 'e.csv').rows.map((r) => r.timeMs);
    expect(times('t,v\n1767571200,1\n1767571260,2\n')).toEqual([1767571200_000, 1767571260_000]);
    expect(times('1767571200000,1\n1767571260000,2\n')).toEqual([1767571200_000, 1767571260_000]);
    expect(times('1767571200.5,1\n1767571260,2\n')).toEqual([1767571200_500, 1767571260_000]);
  });

  it('gives the rows in time order (stable: a repeated timestamp keeps its file order), each with its place in the file', () => {
    const text = 'timestamp,value\n2014-03-09 03:05:00,3\n2014-03-09 03:00:00,1\n2014-03-09 03:10:00,4\n2014-03-09 03:00:00,2\n';
    const { rows } = readMetricRows(text, 'unsorted.csv');
    expect(rows.map((r) => r.value)).toEqual(['1', '2', '3', '4']);
    expect(rows.map((r) => r.index)).toEqual([1, 3, 0, 2]);
  });

  it('passes other data errors through', () => {
    expect(() => readMetricRows('timestamp,value\n2014-03-09 01:51:00,x\n2014-03-09 01:56:00,2\n', 'bad.csv')).toThrow(/bad.csv[\s\S]*is not a number/);
  });
});

describe('readMetricRows on AWS CLI JSON', () => {
  it('gives one row per datapoint', () => {
    const json = JSON.stringify({ MetricDataResults: [{ Id: 'm', Timestamps: ['2026-01-05T00:05:00Z', '2026-01-05T00:00:00Z'], Values: [2, 1] }] });
    const { rows } = readMetricRows(json, 'm.json');
    expect(rows).toEqual([
      { index: 0, timestamp: '2026-01-05T00:00:00.000Z', timeMs: Date.UTC(2026, 0, 5), value: '1' },
      { index: 1, timestamp: '2026-01-05T00:05:00.000Z', timeMs: Date.UTC(2026, 0, 5, 0, 5), value: '2' },
    ]);
  });
});
