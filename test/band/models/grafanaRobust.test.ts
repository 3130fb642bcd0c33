import { describe, it } from 'vitest';
import { grafanaRobustBand } from '../../../src/band/models/grafanaRobust.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { bandOptions, expectCausal, expectMatches, floorOf, median, medianAbsoluteDeviation, randomData, referenceBand, windowValues } from './reference.js';

const CASES: [string, BandOptionsInput][] = [
  ['defaults (1 day, k = 2, lower clamped at 0)', { model: 'grafanaRobust' }],
  [
    '6 hours, k 3, not training on breaching datapoints, an excluded range, a σ floor, clamped at 20',
    { model: 'grafanaRobust', windowMinutes: 360, k: 3, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-06T02:00:00Z', end: '2026-01-06T09:00:00Z' }], minSigma: { absolute: 1, relative: 0.03 }, clampLower: 20 },
  ],
];

describe('grafanaRobustBand', () => {
  const dp = randomData(24, 9);
  for (const [name, input] of CASES) {
    it(`equals the brute-force union of median ± k·MAD, margin and seasonal bands: ${name}`, () => {
      const options = bandOptions(input);
      const k = options.k;
      const w = Math.round((options.windowMinutes ?? 1440) / 5);
      const hour = 12;
      const offsets = [(23.75 * 60) / 5, (167.75 * 60) / 5];
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
