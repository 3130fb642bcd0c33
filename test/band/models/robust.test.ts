import { describe, it } from 'vitest';
import { MAD_TO_SIGMA, robustBand } from '../../../src/band/models/robust.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { bandOptions, bucketTraining, expectCausal, expectMatches, median, medianAbsoluteDeviation, randomData, referenceBand, symmetric } from './reference.js';

const CASES: [string, BandOptionsInput][] = [
  ['defaults', { model: 'robust' }],
  [
    'k 3, not training on breaching datapoints, an excluded range, a σ floor, clamped',
    { model: 'robust', k: 3, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-09T02:00:00Z', end: '2026-01-09T09:00:00Z' }], minSigma: { absolute: 2, relative: 0.05 }, clampLower: 60 },
  ],
  ['training on the current slot, hourly buckets, 5 days', { model: 'robust', trainOnCurrentSlot: true, bucketMinutes: 60, trainingDays: 5 }],
];

describe('robustBand', () => {
  const dp = randomData(11, 16);
  for (const [name, input] of CASES) {
    it(`equals the brute-force median ± k·1.4826·MAD of each bucket's window: ${name}`, () => {
      const options = bandOptions(input);
      const ref = referenceBand(dp, options, (i, train) => {
        const js = bucketTraining(dp, options, 'daily', i, train);
        if (!js) return null;
        const xs = js.map((j) => train[j]);
        return symmetric(options, median(xs), MAD_TO_SIGMA * medianAbsoluteDeviation(xs), options.clampLower);
      });
      expectMatches(robustBand(dp, options), ref);
    });
  }

  it('is causal: a later datapoint never moves an earlier band value', () => {
    const options = bandOptions({ model: 'robust' });
    expectCausal((d) => robustBand(d, options), dp, [3000, 4000]);
  });
});
