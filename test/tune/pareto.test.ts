import { describe, expect, it } from 'vitest';
import { dominates, paretoFront } from '../../src/tune/pareto.js';

const p = (falseAlarmsPerWeek: number, detectionRate: number, latencyP50: number | null) => ({ falseAlarmsPerWeek, detectionRate, latencyP50 });

describe('dominates', () => {
  it('needs no worse on every axis and better on one', () => {
    expect(dominates(p(0, 1, 3), p(1, 1, 3))).toBe(true);
    expect(dominates(p(1, 1, 3), p(1, 1, 3))).toBe(false);
    expect(dominates(p(0, 0.9, 3), p(1, 1, 3))).toBe(false);
    expect(dominates(p(1, 1, 2), p(1, 1, 3))).toBe(true);
  });

  it('treats no latency (nothing detected) as the worst latency', () => {
    expect(dominates(p(1, 0.5, 100), p(1, 0.5, null))).toBe(true);
    expect(dominates(p(1, 0.5, null), p(1, 0.5, 100))).toBe(false);
  });
});

describe('paretoFront', () => {
  it('keeps the trade-offs and drops the dominated settings', () => {
    const points = [
      p(0, 0.5, 10), // 0: quiet but slow: front
      p(2, 1, 3), // 1: noisy, fast and complete: front
      p(3, 1, 3), // 2: dominated by 1
      p(0, 0.5, 12), // 3: dominated by 0
      p(1, 0.8, 3), // 4: in between: front
      p(1, 0.8, null), // 5: dominated by 4
    ];
    expect(paretoFront(points)).toEqual([0, 1, 4]);
  });

  it('keeps equal points together', () => {
    expect(paretoFront([p(1, 1, 1), p(1, 1, 1)])).toEqual([0, 1]);
  });

  it('is empty for no points', () => {
    expect(paretoFront([])).toEqual([]);
  });
});
