import { describe, expect, it } from 'vitest';
import { madSorted, quantileSorted, SortedWindow } from '../../../src/band/models/common.js';
import { createRng } from '../../../src/random/rng.js';
import { median, medianAbsoluteDeviation, quantile7 } from './reference.js';

describe('sorted-window statistics', () => {
  it('match simple-statistics and a sort on random windows with ties, through inserts and removals', () => {
    const rng = createRng(5, 'sorted window test');
    const window = new SortedWindow(40);
    const held: number[] = [];
    for (let step = 0; step < 2000; step++) {
      if (held.length === 40 || (held.length > 0 && rng() < 0.45)) {
        const x = held.splice(Math.floor(rng() * held.length), 1)[0];
        window.remove(x);
      } else {
        const x = Math.round(rng() * 20) / 2; // many ties
        held.push(x);
        window.insert(x);
      }
      if (held.length === 0) continue;
      expect(Array.from(window.values.subarray(0, window.size))).toEqual([...held].sort((a, b) => a - b));
      const m = median(held);
      expect(window.quantile(0.5)).toBeCloseTo(m, 12);
      expect(window.quantile(0.25)).toBeCloseTo(quantile7(held, 0.25), 12);
      expect(window.mad(m)).toBeCloseTo(medianAbsoluteDeviation(held), 12);
    }
  });

  it('interpolate quantiles between closest ranks and take the MAD around any centre', () => {
    expect(quantileSorted(Float64Array.of(10, 20, 30, 40), 0, 4, 0.5)).toBe(25);
    expect(quantileSorted(Float64Array.of(10, 20, 30, 40), 0, 4, 0.75)).toBe(32.5);
    expect(madSorted(Float64Array.of(1, 2, 3, 4, 100), 0, 5, 3)).toBe(1);
    expect(madSorted(Float64Array.of(1, 2, 3, 4), 0, 4, 0)).toBe(2.5);
    expect(Number.isNaN(madSorted(new Float64Array(3), 0, 0, 1))).toBe(true);
  });
});
