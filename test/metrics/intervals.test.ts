import { quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { poissonInterval, quantileInterval, rateInterval, ratesDiffer, wilsonInterval } from '../../src/metrics/intervals.js';
import { createRng } from '../../src/random/rng.js';
import { randomNormal } from '../../src/random/normal.js';

describe('wilsonInterval', () => {
  it('matches the textbook values at the edges and in the middle', () => {
    const [lo0, hi0] = wilsonInterval(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.2775, 4);
    const [lo1, hi1] = wilsonInterval(10, 10);
    expect(lo1).toBeCloseTo(0.7225, 4);
    expect(hi1).toBe(1);
    // 38 of 40, from the score formula by hand.
    const [lo, hi] = wilsonInterval(38, 40);
    expect(lo).toBeCloseTo(0.8350, 3);
    expect(hi).toBeCloseTo(0.9862, 3);
  });

  it('narrows as trials grow and always contains the estimate', () => {
    const narrow = wilsonInterval(400, 1000);
    const wide = wilsonInterval(4, 10);
    expect(narrow[1] - narrow[0]).toBeLessThan(wide[1] - wide[0]);
    for (let k = 0; k <= 20; k++) {
      const [lo, hi] = wilsonInterval(k, 20);
      expect(lo).toBeLessThanOrEqual(k / 20);
      expect(hi).toBeGreaterThanOrEqual(k / 20);
    }
  });
});

describe('ratesDiffer', () => {
  it('does not call 85% vs 80% of 40 trials a difference, but 100% vs 0% and 100% vs 70% are', () => {
    expect(ratesDiffer(34, 40, 32, 40)).toBe(false);
    expect(ratesDiffer(40, 40, 0, 40)).toBe(true);
    expect(ratesDiffer(40, 40, 28, 40)).toBe(true);
    expect(ratesDiffer(20, 20, 20, 20)).toBe(false);
  });

  it('is symmetric', () => {
    for (const [a, b] of [[30, 38], [0, 5], [12, 20]]) expect(ratesDiffer(a, 40, b, 40)).toBe(ratesDiffer(b, 40, a, 40));
  });
});

describe('quantileInterval', () => {
  it('is the same for the same stream and contains the sample median', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9];
    const a = quantileInterval(values, 0.5, createRng(1, 'bootstrap'));
    const b = quantileInterval(values, 0.5, createRng(1, 'bootstrap'));
    expect(a).toEqual(b);
    expect(a![0]).toBeLessThanOrEqual(quantile(values, 0.5));
    expect(a![1]).toBeGreaterThanOrEqual(quantile(values, 0.5));
    expect(quantileInterval([], 0.5, createRng(1))).toBeNull();
    expect(quantileInterval([3, 3, 3], 0.9, createRng(1))).toEqual([3, 3]);
  });

  it('equals the bootstrap of simple-statistics quantile over copied resamples, bit for bit', () => {
    // The straightforward bootstrap: copy each resample, take its quantile.
    const reference = (values: number[], q: number, rng: () => number) => {
      const estimates = new Float64Array(1000);
      for (let r = 0; r < 1000; r++) estimates[r] = quantile(Array.from(values, () => values[Math.floor(rng() * values.length)]), q);
      estimates.sort();
      return [estimates[Math.round(0.025 * 999)], estimates[Math.round(0.975 * 999)]];
    };
    const rng = createRng(11, 'values');
    for (const n of [1, 2, 3, 7, 40, 101]) {
      for (const q of [0, 0.1, 0.5, 0.9, 0.95, 1]) {
        // Ties (latencies in whole minutes) and fractions.
        const values = Array.from({ length: n }, () => (rng() < 0.5 ? Math.floor(rng() * 6) : rng() * 100));
        expect(quantileInterval(values, q, createRng(3, 'bootstrap', String(n), String(q)))).toEqual(
          reference(values, q, createRng(3, 'bootstrap', String(n), String(q))),
        );
      }
    }
  });

  it('covers the true median of a normal distribution about 95% of the time', () => {
    const rng = createRng(7, 'samples');
    const draw = (mean: number, sd: number) => mean + sd * randomNormal(rng);
    let covered = 0;
    const runs = 200;
    for (let r = 0; r < runs; r++) {
      const sample = Array.from({ length: 40 }, () => draw(10, 2));
      const [lo, hi] = quantileInterval(sample, 0.5, createRng(7, 'bootstrap', String(r)))!;
      if (lo <= 10 && 10 <= hi) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.88);
    expect(covered / runs).toBeLessThan(0.995);
  });
});

describe('rateInterval', () => {
  it('uses the exact Poisson bound when nothing happened', () => {
    expect(rateInterval([{ events: 0, days: 8 }, { events: 0, days: 8 }], createRng(1))).toEqual([0, -Math.log(0.025) / 16]);
  });

  it('contains the pooled rate and is reproducible', () => {
    const trials = [{ events: 3, days: 8 }, { events: 0, days: 8 }, { events: 10, days: 8 }, { events: 5, days: 7.5 }];
    const a = rateInterval(trials, createRng(3, 'x'));
    expect(a).toEqual(rateInterval(trials, createRng(3, 'x')));
    const rate = 18 / 31.5;
    expect(a[0]).toBeLessThanOrEqual(rate);
    expect(a[1]).toBeGreaterThanOrEqual(rate);
    expect(a[0]).toBeGreaterThan(0);
  });
});

describe('poissonInterval and identical trials', () => {
  it('gives the textbook exact (Garwood) bounds', () => {
    // Tabulated 95% limits: k = 1 → [0.0253, 5.572], k = 3 → [0.619, 8.767], k = 10 → [4.795, 18.39].
    expect(poissonInterval(1)[0]).toBeCloseTo(0.0253, 3);
    expect(poissonInterval(1)[1]).toBeCloseTo(5.572, 2);
    expect(poissonInterval(3)[0]).toBeCloseTo(0.619, 2);
    expect(poissonInterval(3)[1]).toBeCloseTo(8.767, 2);
    expect(poissonInterval(10)[0]).toBeCloseTo(4.795, 2);
    expect(poissonInterval(10)[1]).toBeCloseTo(18.39, 1);
  });

  it('treats identical trials (a replay) as one run instead of collapsing to a point', () => {
    const trials = Array.from({ length: 20 }, () => ({ events: 3, days: 7 }));
    const [low, high] = rateInterval(trials, createRng(1, 'bootstrap'));
    expect(low).toBeCloseTo(0.619 / 7, 3);
    expect(high).toBeCloseTo(8.767 / 7, 2);
  });
});
