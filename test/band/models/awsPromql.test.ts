import { describe, expect, it } from 'vitest';
import { awsPromqlBand } from '../../../src/band/models/awsPromql.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { bandOptions, expectCausal, expectMatches, floorOf, median, periodsIn, randomData, referenceBand, standardDeviation, windowValues } from './reference.js';

/** Name, options, the datapoints' period (seconds) and days of data. */
const CASES: [string, BandOptionsInput, number, number][] = [
  ['defaults (60 minutes, k = 3, lower clamped at 0)', { model: 'awsPromql' }, 300, 4],
  [
    '30 minutes, k 2, not training on breaching datapoints, an excluded range, a σ floor, clamped at 70',
    { model: 'awsPromql', windowMinutes: 30, k: 2, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-06T02:00:00Z', end: '2026-01-06T09:00:00Z' }], minSigma: { absolute: 1, relative: 0.02 }, clampLower: 70 },
    300,
    4,
  ],
  ['hourly datapoints, a 30-minute window (2 datapoints, the least), k 2', { model: 'awsPromql', windowMinutes: 30, k: 2 }, 3600, 9],
  ['1-minute datapoints, defaults (60 datapoints)', { model: 'awsPromql' }, 60, 2],
];

describe('awsPromqlBand', () => {
  const dp = randomData(21, 4);
  for (const [name, input, period, days] of CASES) {
    it(`equals the brute-force trailing median ± k·population σ: ${name}`, () => {
      const dp = randomData(21, days, period);
      const options = bandOptions(input);
      const w = periodsIn(options.windowMinutes ?? 60, period, 2);
      const ref = referenceBand(dp, options, (i, train) => {
        const xs = windowValues(train, i - w, i);
        if (xs.length < 2) return null;
        const m = median(xs);
        const sd = Math.max(standardDeviation(xs), floorOf(options, m));
        return { expected: m, sigma: sd, lower: Math.max(options.clampLower ?? 0, m - options.k * sd), upper: m + options.k * sd };
      });
      expectMatches(awsPromqlBand(dp, options), ref);
    });
  }

  it('uses k = 3 by default (the recipe)', () => {
    expect(bandOptions({ model: 'awsPromql' }).k).toBe(3);
    expect(bandOptions({ model: 'awsPromql', k: 2 }).k).toBe(2);
  });

  it('is causal', () => {
    const options = bandOptions({ model: 'awsPromql' });
    expectCausal((d) => awsPromqlBand(d, options), dp, [500, 900]);
  });
});
