import { describe, expect, it } from 'vitest';
import { alignTable, detectCsv, detectTable, detectTotals, nabResultsCsv, type DetectFileResult } from '../../src/detect/writeDetect.js';
import { scoreDetection } from '../../src/detect/scoreDetection.js';

describe('writeDetect', () => {
  it('writes NAB results rows as read, in input order', () => {
    const rows = [
      { index: 0, timestamp: '2014-03-09 03:00:00', timeMs: 0, value: '42.0' },
      { index: 1, timestamp: '2014-03-09 03:00:00', timeMs: 0, value: '' },
    ];
    expect(nabResultsCsv(rows, [1, 0], [0, 1])).toBe('timestamp,value,anomaly_score,label\n2014-03-09 03:00:00,42.0,1,0\n2014-03-09 03:00:00,,0,1\n');
    // Rows in time order are written back in file order, each with its own score and label.
    const unsorted = [
      { index: 1, timestamp: '2014-03-09 03:00:00', timeMs: 0, value: '1' },
      { index: 0, timestamp: '2014-03-09 03:05:00', timeMs: 300_000, value: '2' },
    ];
    expect(nabResultsCsv(unsorted, [1, 0], [0, 1])).toBe('timestamp,value,anomaly_score,label\n2014-03-09 03:05:00,2,0,1\n2014-03-09 03:00:00,1,1,0\n');
  });

  it('writes missing numbers as empty cells and infinite distances as Infinity', () => {
    const csv = detectCsv([
      { timestamp: 't', value: 5, expected: 4, lower: 4, upper: 4, sigma: 0, distanceSigma: Infinity, breaching: 'breaching', state: 'OK', transition: '' },
      { timestamp: 'u', value: Number.NaN, expected: Number.NaN, lower: Number.NaN, upper: Number.NaN, sigma: Number.NaN, distanceSigma: Number.NaN, breaching: 'missing', state: 'INSUFFICIENT_DATA', transition: 'OK->INSUFFICIENT_DATA' },
    ]);
    expect(csv.split('\n').slice(1, 3)).toEqual(['t,5,4,4,4,0,Infinity,breaching,OK,', 'u,,,,,,,missing,INSUFFICIENT_DATA,OK->INSUFFICIENT_DATA']);
  });

  it('totals the labelled files: NAB normalisation over all of them', () => {
    const times = Array.from({ length: 100 }, (_, i) => i * 300_000);
    const hit = new Uint8Array(100);
    hit[60] = 1;
    const file = (name: string, scores: Uint8Array): DetectFileResult => ({
      file: name, rows: 100, datapoints: 100, periodSeconds: 300, seasonality: 'daily', bucketMinutes: 15, alarms: scores.reduce((a, b) => a + b, 0),
      score: scoreDetection(times, scores, [{ first: 60, last: 69 }], 300),
    });
    const results = [file('a.csv', hit), file('b.csv', new Uint8Array(100)), { file: 'c.csv', rows: 100, datapoints: 100, periodSeconds: 300, seasonality: 'daily', bucketMinutes: 15, alarms: 0 }];
    const totals = detectTotals(results)!;
    expect(totals).toMatchObject({ files: 2, windows: 2, caught: 1, falseAlarms: 0, latencyMinutesP50: 5 });
    // a.csv caught at the window's first row (+1), b.csv missed (−1): raw 0, null −2, perfect 2 → 50.
    expect(totals.nab.standard.raw).toBeCloseTo(0, 12);
    expect(totals.nab.standard.normalised).toBeCloseTo(50, 10);
    const table = alignTable(detectTable(results, totals));
    expect(detectTable(results, totals)[1].join(',')).toMatch(/^a\.csv,1,1\/1,5,/);
    expect(table[0]).toMatch(/^file\s+alarms\s+caught/);
    expect(table[3]).toMatch(/^c\.csv\s+0\s+-/);
    expect(table.at(-1)).toMatch(/^NAB score \(normalised\)\s+50\.0\s+50\.0\s+\d/);
    expect(detectTotals([results[2]])).toBeNull();
    expect(alignTable([['file', 'n'], ['a.csv', '12']])).toEqual(['file    n', 'a.csv  12']);
  });
});
