import { describe, expect, it } from 'vitest';
import { computeBand } from '../../src/band/computeBand.js';
import { BAND_MODELS, bandOptionsSchema } from '../../src/band/options.js';
import { bandWindowProblem, seasonalBand } from '../../src/band/seasonalBand.js';
import { randomData } from './models/reference.js';

describe('computeBand', () => {
  const dp = randomData(31, 16);

  it('is the seasonal band when no model is given, bit for bit', () => {
    const options = bandOptionsSchema.parse({});
    const a = computeBand(dp, options);
    const b = seasonalBand(dp, options);
    expect(Array.from(a.upper)).toEqual(Array.from(b.upper));
    expect(Array.from(a.lower)).toEqual(Array.from(b.lower));
  });

  it('gives every model a band of the same shape, in reused arrays when they fit', () => {
    for (const model of BAND_MODELS) {
      const options = bandOptionsSchema.parse({ model });
      const band = computeBand(dp, options);
      expect(band.expected).toHaveLength(dp.values.length);
      const banded = Array.from(band.expected).filter((x) => !Number.isNaN(x)).length;
      expect(banded, model).toBeGreaterThan(dp.values.length / 3);
      for (let i = 0; i < dp.values.length; i++) {
        if (Number.isNaN(band.expected[i])) continue;
        expect(band.lower[i] <= band.upper[i] && band.sigma[i] >= 0, `${model} at ${i}`).toBe(true);
      }
      const again = computeBand(dp, options, band);
      expect(again.upper).toBe(band.upper);
    }
  });

  it('floors σ for every model: max(absolute, relative·|expected|)', () => {
    for (const model of BAND_MODELS) {
      const band = computeBand(dp, bandOptionsSchema.parse({ model, minSigma: { absolute: 4, relative: 0.2 } }));
      for (let i = 0; i < dp.values.length; i++) {
        if (Number.isNaN(band.expected[i])) continue;
        expect(band.sigma[i], `${model} at ${i}`).toBeGreaterThanOrEqual(Math.max(4, 0.2 * Math.abs(band.expected[i])) * (1 - 1e-12));
      }
    }
  });

  it('floors the seasonal σ inside the sweep: with training on everything, σ = max(σ, floor) exactly', () => {
    const plain = seasonalBand(dp, bandOptionsSchema.parse({}));
    const floored = seasonalBand(dp, bandOptionsSchema.parse({ minSigma: { absolute: 5, relative: 0.05 } }));
    let raised = 0;
    for (let i = 0; i < dp.values.length; i++) {
      if (Number.isNaN(plain.expected[i])) continue;
      const floor = Math.max(5, 0.05 * Math.abs(plain.expected[i]));
      expect(floored.sigma[i]).toBe(Math.max(plain.sigma[i], floor));
      if (plain.sigma[i] < floor) raised++;
    }
    expect(raised).toBeGreaterThan(0);
  });

  it('checks the training window of the bucket models only', () => {
    const short = (model: string) => bandWindowProblem(bandOptionsSchema.parse({ model, trainingDays: 1 }), 60);
    expect(short('robust')).toMatch(/fewer than the 15 a band needs/);
    expect(short('dailyWeekday')).toMatch(/fewer than the 15 a band needs/);
    expect(short('awsPromql')).toBeNull();
  });
});
