import { describe, it } from 'vitest';
import { grafanaRobustBand } from '../../../src/band/models/grafanaRobust.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { bandOptions, expectCausal, expectMatches, floorOf, median, medianAbsoluteDeviation, periodsIn, randomData, referenceBand, windowValues } from './reference.js';

/** Name, options, the datapoints' period (seconds) and days of data. */
const CASES: [string, BandOptionsInput, number, number][] = [
  ['defaults (1 day, k = 2, lower clamped at 0)', { model: 'grafanaRobust' }, 300, 9],
  [
    '6 hours, k 3, not training on breaching datapoints, an excluded range, a σ floor, clamped at 20',
    { model: 'grafanaRobust', windowMinutes: 360, k: 3, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-06T02:00:00Z', end: '2026-01-06T09:00:00Z' }], minSigma: { absolute: 1, relative: 0.03 }, clampLower: 20 },
    300,
    9,
  ],
  // 23 h 45 min is 23.75 hourly periods: rounded to 24; the seasonal hour is 2 datapoints, the least a median needs.
  ['hourly datapoints, defaults (1 day, seasonal bands of 2 datapoints 24 and 168 periods back)', { model: 'grafanaRobust' }, 3600, 10],
  ['hourly datapoints, a 30-minute window (2 datapoints), k 3', { model: 'grafanaRobust', windowMinutes: 30, k: 3 }, 3600, 10],
  ['1-minute datapoints, 2 hours (120 datapoints, a 1,425-datapoint day offset)', { model: 'grafanaRobust', windowMinutes: 120 }, 60, 2],
];

describe('grafanaRobustBand', () => {
  const dp = randomData(24, 9);
  for (const [name, input, period, days] of CASES) {
    it(`equals the brute-force union of median ± k·MAD, margin and seasonal bands: ${name}`, () => {
      const dp = randomData(24, days, period);
      const options = bandOptions(input);
      const k = options.k;
      const w = periodsIn(options.windowMinutes ?? 1440, period, 2);
      const hour = periodsIn(60, period, 2);
      const offsets = [periodsIn(23.75 * 60, period, 1), periodsIn(167.75 * 60, period, 1)];
      const medians: number[] = [];
      const ref = referenceBand(dp, options, (i, train) => {
        const xs = windowValues(train, i - w, i);
        medians[i] = xs.length >= 2 ? median(xs) : Number.NaN;
        if (xs.length < 2) return null;
        const m = medians[i];
        const deviations: number[] = [];
        for (let j = Math.max(0, i - w); j < i; j++) {
          const d = Math.abs(train[j] - medians[j]);
          if (!Number.isNaN(d)) deviations.push(d);
        }
        const lowers = [m - 0.5 * m];
        const uppers = [m + 0.5 * m];
        if (deviations.length > 0 || floorOf(options, m) > 0) {
          const mad = Math.max(deviations.length > 0 ? median(deviations) : 0, floorOf(options, m));
          lowers.push(m - k * mad);
          uppers.push(m + k * mad);
        }
        for (const offset of offsets) {
          const past = windowValues(train, i - offset - hour + 1, i - offset + 1);
          if (past.length < 2) continue;
          const pm = median(past);
          const mad = Math.max(medianAbsoluteDeviation(past), floorOf(options, pm));
          lowers.push(pm - k * mad);
          uppers.push(pm + k * mad);
        }
        const lower = Math.min(...lowers);
        const upper = Math.max(...uppers);
        return { expected: m, sigma: Math.max(upper - m, m - lower) / k, lower: Math.max(options.clampLower ?? 0, lower), upper };
      });
      expectMatches(grafanaRobustBand(dp, options), ref);
    });
  }

  it('is causal', () => {
    const options = bandOptions({ model: 'grafanaRobust' });
    expectCausal((d) => grafanaRobustBand(d, options), dp, [1500, 2200]);
  });
});
