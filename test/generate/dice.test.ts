import { describe, expect, it } from 'vitest';
import { generateDice } from '../../src/generate/dice.js';
import { createRng } from '../../src/random/rng.js';
import { chiSquare, chiSquareCritical, Z } from '../random/stats.js';

const START = Date.UTC(2026, 0, 5);

describe('generateDice', () => {
  it('rolls integers 1..6 by default, one per step from startMs', () => {
    const { series } = generateDice(createRng(1, 'generate'), { startMs: START, length: 1440 });
    expect(series.startMs).toBe(START);
    expect(series.stepSeconds).toBe(60);
    expect(series.values).toBeInstanceOf(Float64Array);
    expect(series.values.length).toBe(1440);
    for (const v of series.values) {
      if (!(Number.isInteger(v) && v >= 1 && v <= 6)) expect.fail(`not a die face: ${v}`);
    }
    expect(new Set(series.values).size).toBe(6);
  });

  it('honours faces and stepSeconds', () => {
    const { series } = generateDice(createRng(2, 'generate'), { startMs: START, length: 5000, faces: 20, stepSeconds: 300 });
    expect(series.stepSeconds).toBe(300);
    expect(Math.min(...series.values)).toBe(1);
    expect(Math.max(...series.values)).toBe(20);
    expect(series.values.every((v) => Number.isInteger(v))).toBe(true);
  });

  it('shows each face about 1/6 of the time over 60k rolls', () => {
    const n = 60_000;
    const { series } = generateDice(createRng(3, 'generate'), { startMs: START, length: n });
    const counts = new Array<number>(6).fill(0);
    for (const v of series.values) counts[v - 1]++;
    const p = 1 / 6;
    for (const c of counts) expect(Math.abs(c / n - p)).toBeLessThan(Z * Math.sqrt((p * (1 - p)) / n));
    expect(chiSquare(counts, new Array(6).fill(p))).toBeLessThan(chiSquareCritical(5));
  });

  it('gives an identical Float64Array for the same seed and a different one for another seed', () => {
    const a = generateDice(createRng(4, 'generate'), { startMs: START, length: 2000 }).series.values;
    const b = generateDice(createRng(4, 'generate'), { startMs: START, length: 2000 }).series.values;
    const c = generateDice(createRng(5, 'generate'), { startMs: START, length: 2000 }).series.values;
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('returns no baseline or runs (only pattern-replaying generators have them)', () => {
    const generated = generateDice(createRng(6, 'generate'), { startMs: START, length: 10 });
    expect(generated.baseline).toBeUndefined();
    expect(generated.runs).toBeUndefined();
  });
});
