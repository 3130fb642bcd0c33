import { describe, it } from 'vitest';
import { datadogBasicBand } from '../../../src/band/models/datadogBasic.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { bandOptions, expectCausal, expectMatches, periodsIn, quantile7, randomData, referenceBand, symmetric, windowValues } from './reference.js';

/** Name, options, the datapoints' period (seconds) and days of data. */
const CASES: [string, BandOptionsInput, number, number][] = [
  ['defaults (60 minutes, k = 2, no clamp)', { model: 'datadogBasic' }, 300, 4],
  [
    '3 hours, k 3, not training on breaching datapoints, an excluded range, a σ floor, clamped',
    { model: 'datadogBasic', windowMinutes: 180, k: 3, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-06T02:00:00Z', end: '2026-01-06T09:00:00Z' }], minSigma: { absolute: 2, relative: 0 }, clampLower: 65 },
    300,
    4,
  ],
  ['hourly datapoints, a 30-minute window (2 datapoints, the least)', { model: 'datadogBasic', windowMinutes: 30 }, 3600, 9],
  ['hourly datapoints, 5 hours, not training on breaching datapoints', { model: 'datadogBasic', windowMinutes: 300, trainOnBreaching: false }, 3600, 9],
  ['1-minute datapoints, defaults (60 datapoints)', { model: 'datadogBasic' }, 60, 2],
];

describe('datadogBasicBand', () => {
  const dp = randomData(22, 4);
  for (const [name, input, period, days] of CASES) {
    it(`equals the brute-force trailing median ± k·IQR/1.349: ${name}`, () => {
      const dp = randomData(22, days, period);
      const options = bandOptions(input);
      const w = periodsIn(options.windowMinutes ?? 60, period, 2);
      const ref = referenceBand(dp, options, (i, train) => {
        const xs = windowValues(train, i - w, i);
        if (xs.length < 2) return null;
        return symmetric(options, quantile7(xs, 0.5), (quantile7(xs, 0.75) - quantile7(xs, 0.25)) / 1.349, options.clampLower);
      });
      expectMatches(datadogBasicBand(dp, options), ref);
    });
  }

  it('is causal', () => {
    const options = bandOptions({ model: 'datadogBasic' });
    expectCausal((d) => datadogBasicBand(d, options), dp, [500, 900]);
  });
});
