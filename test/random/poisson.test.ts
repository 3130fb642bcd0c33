import { describe, expect, it } from 'vitest';
import { randomPoisson } from '../../src/random/poisson.js';
import { createRng } from '../../src/random/rng.js';
import { chiSquare, chiSquareCritical, mean, variance, Z } from './stats.js';

function draws(seed: number, lambda: number, n: number): Float64Array {
  const rng = createRng(seed, 'poisson', String(lambda));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = randomPoisson(rng, lambda);
  return out;
}

/** Exact Poisson pmf for k = 0..kMax, by the recursion p(k) = p(k − 1)·λ/k in log space. */
function pmf(lambda: number, kMax: number): number[] {
  const out: number[] = [];
  let logP = -lambda;
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) logP += Math.log(lambda / k);
    out.push(Math.exp(logP));
  }
  return out;
}

/**
 * Chi-square of draws against the exact pmf, with adjacent values merged into cells that expect at least
 * 50 draws each (the two tails are cells of their own).
 */
function chiSquareAgainstPmf(x: Float64Array, lambda: number): { chi: number; cells: number } {
  const kMax = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 20);
  const p = pmf(lambda, kMax);
  const n = x.length;
  const hist = new Array<number>(kMax + 2).fill(0);
  for (const k of x) hist[Math.min(k, kMax + 1)]++;
  const observed: number[] = [];
  const probs: number[] = [];
  let o = 0;
  let q = 0;
  for (let k = 0; k <= kMax; k++) {
    o += hist[k];
    q += p[k];
    if (q * n >= 50) {
      observed.push(o);
      probs.push(q);
      o = 0;
      q = 0;
    }
  }
  // Whatever is left, plus everything above kMax, is the upper tail.
  const tail = 1 - probs.reduce((a, b) => a + b, 0);
  observed.push(o + hist[kMax + 1]);
  probs.push(tail);
  if (tail * n < 50) {
    // Merge a too-small tail into the last cell.
    observed.splice(-2, 2, observed[observed.length - 2] + observed[observed.length - 1]);
    probs.splice(-2, 2, probs[probs.length - 2] + probs[probs.length - 1]);
  }
  return { chi: chiSquare(observed, probs), cells: observed.length };
}

describe('randomPoisson', () => {
  it('gives the same counts for the same seed', () => {
    expect(draws(1, 4.5, 500)).toEqual(draws(1, 4.5, 500));
    expect(draws(1, 1200, 500)).toEqual(draws(1, 1200, 500));
  });

  it('gives the pinned counts for seed 7, "orders"', () => {
    const rng = createRng(7, 'orders');
    expect([randomPoisson(rng, 3), randomPoisson(rng, 1200), randomPoisson(rng, 29.9), randomPoisson(rng, 30)]).toEqual([
      4, 1236, 39, 29,
    ]);
  });

  it('returns 0 for lambda 0', () => {
    const rng = createRng(1, 'zero');
    for (let i = 0; i < 100; i++) expect(randomPoisson(rng, 0)).toBe(0);
  });

  it.each([-1, -1e-12, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'throws a RangeError naming the function for lambda %s',
    (lambda) => {
      expect(() => randomPoisson(createRng(1, 'bad'), lambda)).toThrow(RangeError);
      expect(() => randomPoisson(createRng(1, 'bad'), lambda)).toThrow(/randomPoisson/);
    },
  );

  // 29.9 is the largest tested mean of the multiplication method, 30 the smallest of PTRS.
  it.each([0.5, 3, 29.9, 30, 300, 3000])(
    'draws non-negative integers with mean and variance lambda (lambda %s, 200k draws)',
    (lambda) => {
      const n = 200_000;
      const x = draws(2, lambda, n);
      for (const k of x) {
        if (!(Number.isInteger(k) && k >= 0)) expect.fail(`not a count: ${k}`);
      }
      // Standard errors: of the mean sqrt(λ/n); of the sample variance sqrt((μ4 − σ⁴)/n) = sqrt((λ + 2λ²)/n).
      expect(Math.abs(mean(x) - lambda)).toBeLessThan(Z * Math.sqrt(lambda / n));
      expect(Math.abs(variance(x) - lambda)).toBeLessThan(Z * Math.sqrt((lambda + 2 * lambda * lambda) / n));
    },
  );

  it('matches the exact pmf at lambda 5, value by value for k = 0..12 (chi-square, 200k draws)', () => {
    const n = 200_000;
    const x = draws(3, 5, n);
    const p = pmf(5, 12);
    const observed = new Array<number>(14).fill(0);
    for (const k of x) observed[Math.min(k, 13)]++;
    const probs = [...p, 1 - p.reduce((a, b) => a + b, 0)];
    expect(chiSquare(observed, probs)).toBeLessThan(chiSquareCritical(13));
    for (let k = 0; k <= 12; k++) {
      expect(Math.abs(observed[k] / n - p[k])).toBeLessThan(Z * Math.sqrt((p[k] * (1 - p[k])) / n));
    }
  });

  it.each([29.9, 30, 45.5, 300])('matches the exact pmf at lambda %s (binned chi-square, 200k draws)', (lambda) => {
    const { chi, cells } = chiSquareAgainstPmf(draws(4, lambda, 200_000), lambda);
    expect(cells).toBeGreaterThan(10);
    expect(chi).toBeLessThan(chiSquareCritical(cells - 1));
  });
});
