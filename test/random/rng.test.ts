import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/rng.js';
import { chiSquare, chiSquareCritical, mean, Z } from './stats.js';

function draw(rng: () => number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng();
  return out;
}

describe('createRng', () => {
  it('gives the same sequence for the same seed and names', () => {
    expect(draw(createRng(42, 'trial 0', 'generate'), 1000)).toEqual(draw(createRng(42, 'trial 0', 'generate'), 1000));
    expect(draw(createRng('scenario', 'fault:outage'), 1000)).toEqual(draw(createRng('scenario', 'fault:outage'), 1000));
  });

  it('gives the pinned first values for seed 42, "trial 0", "generate" (a change here changes every scenario)', () => {
    expect(Array.from(draw(createRng(42, 'trial 0', 'generate'), 3))).toEqual([
      0.8868455982301384, 0.40889273886568844, 0.47974525252357125,
    ]);
  });

  it('treats a numeric seed and its decimal text as the same seed', () => {
    expect(draw(createRng(7, 'x'), 100)).toEqual(draw(createRng('7', 'x'), 100));
  });

  it('gives a different sequence for different names, a different seed, or a different order of names', () => {
    const base = draw(createRng(42, 'trial 0', 'generate'), 100);
    const others = [
      draw(createRng(42, 'trial 0', 'fault:a'), 100),
      draw(createRng(42, 'trial 1', 'generate'), 100),
      draw(createRng(43, 'trial 0', 'generate'), 100),
      draw(createRng(42, 'generate', 'trial 0'), 100),
      draw(createRng(42, 'trial 0'), 100),
    ];
    for (const other of others) {
      // Not merely a different first value: no position agrees.
      let same = 0;
      for (let i = 0; i < 100; i++) if (other[i] === base[i]) same++;
      expect(same).toBe(0);
    }
  });

  it('draws values in [0, 1)', () => {
    const x = draw(createRng(1, 'range'), 1_000_000);
    let min = 1;
    let max = 0;
    for (const v of x) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(min).toBeLessThan(1e-4);
    expect(max).toBeGreaterThan(1 - 1e-4);
  });

  it('is uniform: each twentieth of [0, 1) gets a twentieth of 400k draws (chi-square)', () => {
    const n = 400_000;
    const counts = new Array<number>(20).fill(0);
    const x = draw(createRng(2, 'uniform'), n);
    for (const v of x) counts[Math.floor(v * 20)]++;
    expect(chiSquare(counts, new Array(20).fill(1 / 20))).toBeLessThan(chiSquareCritical(19));
    expect(Math.abs(mean(x) - 0.5)).toBeLessThan(Z * Math.sqrt(1 / 12 / n));
  });

  it('gives streams that are uncorrelated with their own past and with a sibling stream', () => {
    const n = 200_000;
    const a = draw(createRng(3, 'a'), n);
    const b = draw(createRng(3, 'b'), n);
    const corr = (x: Float64Array, y: Float64Array, lag: number) => {
      let s = 0;
      for (let i = 0; i + lag < n; i++) s += (x[i] - 0.5) * (y[i + lag] - 0.5);
      return s / (n - lag) / (1 / 12);
    };
    const limit = Z / Math.sqrt(n);
    expect(Math.abs(corr(a, a, 1))).toBeLessThan(limit);
    expect(Math.abs(corr(a, b, 0))).toBeLessThan(limit);
  });
});
