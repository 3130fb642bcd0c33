import { describe, expect, it } from 'vitest';
import { ewmaBand } from '../../../src/band/models/ewma.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { seasonalBand } from '../../../src/band/seasonalBand.js';
import { DAY_MS } from '../../../src/core/time.js';
import { bandOptions, bucketTraining, expectCausal, expectMatches, randomData, referenceBand, symmetric } from './reference.js';

const CASES: [string, BandOptionsInput][] = [
  ['defaults (3-day half-life)', { model: 'ewma' }],
  [
    '1-day half-life, not training on breaching datapoints, an excluded range, a σ floor, clamped',
    { model: 'ewma', halfLifeDays: 1, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-09T02:00:00Z', end: '2026-01-09T09:00:00Z' }], minSigma: { absolute: 3, relative: 0 }, clampLower: 50 },
  ],
  ['training on the current slot', { model: 'ewma', trainOnCurrentSlot: true, halfLifeDays: 0.5 }],
];

describe('ewmaBand', () => {
  const dp = randomData(12, 16);
  const periodMs = dp.periodSeconds * 1000;
  for (const [name, input] of CASES) {
    it(`equals the brute-force age-weighted mean and σ of each bucket's window: ${name}`, () => {
      const options = bandOptions(input);
      const halfLifeMs = (options.halfLifeDays ?? 3) * DAY_MS;
      const ref = referenceBand(dp, options, (i, train) => {
        const js = bucketTraining(dp, options, 'daily', i, train);
        if (!js) return null;
        const w = js.map((j) => Math.pow(0.5, ((i - j) * periodMs) / halfLifeMs));
        const v1 = w.reduce((a, b) => a + b, 0);
        const v2 = w.reduce((a, b) => a + b * b, 0);
        const mean = js.reduce((a, j, q) => a + w[q] * train[j], 0) / v1;
        const ss = js.reduce((a, j, q) => a + w[q] * (train[j] - mean) ** 2, 0);
        return symmetric(options, mean, Math.sqrt(ss / (v1 - v2 / v1)), options.clampLower);
      });
      expectMatches(ewmaBand(dp, options), ref);
    });
  }

  it('approaches the seasonal band as the half-life grows', () => {
    const ewma = ewmaBand(dp, bandOptions({ model: 'ewma', halfLifeDays: 3650 }));
    const seasonal = seasonalBand(dp, bandOptions({}));
    for (let i = 0; i < dp.values.length; i++) {
      if (Number.isNaN(seasonal.expected[i])) continue;
      expect(Math.abs(ewma.expected[i] - seasonal.expected[i])).toBeLessThan(0.05);
      expect(Math.abs(ewma.sigma[i] - seasonal.sigma[i])).toBeLessThan(0.05);
    }
  });

  it('is causal', () => {
    const options = bandOptions({ model: 'ewma' });
    expectCausal((d) => ewmaBand(d, options), dp, [3000, 4000]);
  });
});
