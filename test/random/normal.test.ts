import { describe, expect, it } from 'vitest';
import { randomNormal } from '../../src/random/normal.js';
import { createRng, type Rng } from '../../src/random/rng.js';
import { mean, variance, Z } from './stats.js';

function draws(seed: number, n: number): Float64Array {
  const rng = createRng(seed, 'normal');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = randomNormal(rng);
  return out;
}

/** An Rng that replays fixed uniforms and counts how many were used. */
function replay(values: number[]): Rng & { used: () => number } {
  let i = 0;
  const rng = (() => values[i++]) as Rng & { used: () => number };
  rng.used = () => i;
  return rng;
}

describe('randomNormal', () => {
  it('gives the same deviates for the same seed', () => {
    expect(draws(11, 1000)).toEqual(draws(11, 1000));
    expect(draws(11, 10)).not.toEqual(draws(12, 10));
  });

  it('gives the pinned first deviates for seed 42, "noise"', () => {
    const rng = createRng(42, 'noise');
    expect([randomNormal(rng), randomNormal(rng), randomNormal(rng)]).toEqual([
      1.1754328706156831, 0.41961315807442107, 0.07934431828990847,
    ]);
  });

  it('is Box–Muller on exactly two uniforms per draw, so a draw never depends on call history', () => {
    const rng = replay([0.25, 0.1, 0.7, 0.6]);
    expect(randomNormal(rng)).toBeCloseTo(Math.sqrt(-2 * Math.log(0.25)) * Math.cos(2 * Math.PI * 0.1), 14);
    expect(rng.used()).toBe(2);
    expect(randomNormal(rng)).toBeCloseTo(Math.sqrt(-2 * Math.log(0.7)) * Math.cos(2 * Math.PI * 0.6), 14);
    expect(rng.used()).toBe(4);
  });

  it('skips a uniform of exactly 0 instead of returning an infinite deviate', () => {
    const rng = replay([0, 0.5, 0.25]);
    const z = randomNormal(rng);
    expect(Number.isFinite(z)).toBe(true);
    expect(z).toBeCloseTo(Math.sqrt(-2 * Math.log(0.5)) * Math.cos(2 * Math.PI * 0.25), 14);
  });

  it('has mean 0 and standard deviation 1 over 200k draws', () => {
    const n = 200_000;
    const x = draws(5, n);
    expect(Math.abs(mean(x))).toBeLessThan(Z / Math.sqrt(n));
    // The sample variance of N(0, 1) has standard error sqrt(2 / n).
    expect(Math.abs(variance(x) - 1)).toBeLessThan(Z * Math.sqrt(2 / n));
  });

  it('has normal tails: 50% below 0, 5% beyond ±1.96, 0.27% beyond ±3 (200k draws)', () => {
    const n = 200_000;
    const x = draws(6, n);
    const share = (pred: (z: number) => boolean) => x.filter(pred).length / n;
    const within = (p: number, expected: number) =>
      expect(Math.abs(p - expected)).toBeLessThan(Z * Math.sqrt((expected * (1 - expected)) / n));
    within(share((z) => z < 0), 0.5);
    within(share((z) => Math.abs(z) > 1.959964), 0.05);
    within(share((z) => Math.abs(z) > 3), 0.0026998);
    within(share((z) => z > 1.644854), 0.05);
  });
});
