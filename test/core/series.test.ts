import { describe, expect, it } from 'vitest';
import { timeAt } from '../../src/core/series.js';

describe('timeAt', () => {
  it('gives the start of a sample cell', () => {
    const series = { startMs: Date.UTC(2026, 0, 5), stepSeconds: 300, values: new Float64Array(4) };
    expect(timeAt(series, 0)).toBe(Date.UTC(2026, 0, 5));
    expect(timeAt(series, 3)).toBe(Date.UTC(2026, 0, 5, 0, 15));
  });
});
