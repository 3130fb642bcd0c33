import { describe, expect, it } from 'vitest';
import { aggregate, isStatistic } from '../../src/alarm/aggregate.js';
import type { Statistic } from '../../src/core/alarmTerms.js';
import type { Series } from '../../src/core/series.js';

const START = Date.UTC(2026, 0, 5);
const NaN_ = Number.NaN;

function series(values: number[], stepSeconds = 60): Series {
  return { startMs: START, stepSeconds, values: Float64Array.from(values) };
}

/** Two 5-minute periods: [3, 1, 4, 1, 5] and [9, 2, 6, 5, 3], then 2 samples that make no full period. */
const TWO_PERIODS = series([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 7, 7]);

describe('aggregate', () => {
  it.each<[Statistic, number[]]>([
    ['Average', [14 / 5, 25 / 5]],
    ['Sum', [14, 25]],
    ['Minimum', [1, 2]],
    ['Maximum', [5, 9]],
    ['SampleCount', [5, 5]],
  ])('computes %s per period', (statistic, expected) => {
    const dp = aggregate(TWO_PERIODS, 300, statistic);
    expect(dp.startMs).toBe(START);
    expect(dp.periodSeconds).toBe(300);
    expect(Array.from(dp.values)).toEqual(expected);
  });

  it('computes p90 by linear interpolation between order statistics (numpy’s default)', () => {
    // One 10-minute period holding 1..10 shuffled: rank (10 − 1)·0.9 = 8.1 → 9 + 0.1·(10 − 9) = 9.1.
    const dp = aggregate(series([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]), 600, 'p90');
    expect(dp.values[0]).toBeCloseTo(9.1, 12);
    expect(aggregate(series([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]), 600, 'p50').values[0]).toBeCloseTo(5.5, 12);
    expect(aggregate(series([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]), 600, 'p100').values[0]).toBe(10);
    expect(aggregate(series([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]), 600, 'p0').values[0]).toBe(1);
    expect(aggregate(series([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]), 600, 'p99.9').values[0]).toBeCloseTo(9.991, 12);
  });

  it('does not reorder the input when computing a percentile', () => {
    const s = series([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]);
    aggregate(s, 600, 'p90');
    expect(Array.from(s.values)).toEqual([7, 3, 10, 1, 9, 5, 2, 8, 4, 6]);
  });

  it.each<[Statistic, number]>([
    ['Average', 4],
    ['Sum', 8],
    ['Minimum', 3],
    ['Maximum', 5],
    ['SampleCount', 2],
    ['p90', 4.8],
  ])('skips missing samples (%s of [NaN, 3, NaN, 5, NaN])', (statistic, expected) => {
    const dp = aggregate(series([NaN_, 3, NaN_, 5, NaN_]), 300, statistic);
    expect(dp.values[0]).toBeCloseTo(expected, 12);
  });

  it.each<Statistic>(['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount', 'p90'])(
    'gives no datapoint (NaN) for a period without samples, even for %s',
    (statistic) => {
      const dp = aggregate(series([1, 2, 3, NaN_, NaN_, NaN_, 4, 5, 6]), 180, statistic);
      expect(dp.values.length).toBe(3);
      expect(dp.values[1]).toBeNaN();
      expect(Number.isNaN(dp.values[0])).toBe(false);
      expect(Number.isNaN(dp.values[2])).toBe(false);
    },
  );

  it('passes samples through when the period equals the step, and counts them', () => {
    const s = series([1.5, NaN_, 3]);
    expect(Array.from(aggregate(s, 60, 'Sum').values)).toEqual([1.5, NaN_, 3]);
    expect(Array.from(aggregate(s, 60, 'p99').values)).toEqual([1.5, NaN_, 3]);
    expect(Array.from(aggregate(s, 60, 'SampleCount').values)).toEqual([1, NaN_, 1]);
  });

  it('drops a trailing partial period', () => {
    expect(aggregate(TWO_PERIODS, 300, 'Sum').values.length).toBe(2);
    expect(aggregate(series([1, 2, 3, 4]), 180, 'Sum').values.length).toBe(1);
  });

  it('aggregates a 5-minute series into hours', () => {
    const s = series(Array.from({ length: 24 }, (_, i) => i), 300);
    expect(Array.from(aggregate(s, 3600, 'Maximum').values)).toEqual([11, 23]);
  });

  it('counts every sample of a replayed cell that holds several (extra), exactly', () => {
    // Cells of one minute: [1, 5, 3], [2], [], [4, 4]; periods of two minutes.
    const s: Series = { ...series([1, 2, NaN_, 4]), extra: new Map([[0, [5, 3]], [3, [4]]]) };
    expect(Array.from(aggregate(s, 60, 'Average').values)).toEqual([3, 2, NaN_, 4]);
    expect(Array.from(aggregate(s, 60, 'SampleCount').values)).toEqual([3, 1, NaN_, 2]);
    expect(Array.from(aggregate(s, 120, 'Sum').values)).toEqual([11, 8]);
    expect(Array.from(aggregate(s, 120, 'Average').values)).toEqual([11 / 4, 4]);
    expect(Array.from(aggregate(s, 120, 'Minimum').values)).toEqual([1, 4]);
    expect(Array.from(aggregate(s, 120, 'Maximum').values)).toEqual([5, 4]);
    expect(Array.from(aggregate(s, 120, 'SampleCount').values)).toEqual([4, 2]);
    // [1, 2, 3, 5]: rank 3 · 0.5 = 1.5 → 2.5.
    expect(Array.from(aggregate(s, 120, 'p50').values)).toEqual([2.5, 4]);
  });

  it.each([90, 30, 0, -60, Number.NaN])('throws a RangeError when the period (%s s) is not a positive multiple of the step', (period) => {
    expect(() => aggregate(TWO_PERIODS, period, 'Average')).toThrow(RangeError);
    expect(() => aggregate(TWO_PERIODS, period, 'Average')).toThrow(/aggregate: period/);
  });
});

describe('isStatistic', () => {
  it('accepts the CloudWatch statistics and percentiles p0..p100', () => {
    for (const s of ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount', 'p0', 'p50', 'p99.9', 'p100']) {
      expect(isStatistic(s)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const s of ['average', 'Mean', 'p', 'p101', 'p-1', 'p9x', 'tm99', 'P90', '']) expect(isStatistic(s)).toBe(false);
  });
});
