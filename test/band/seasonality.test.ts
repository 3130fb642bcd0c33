import { describe, expect, it } from 'vitest';
import { bucketLayout, bucketMinutesFor, bucketOf, DEFAULT_BUCKET_MINUTES, fitBucketMinutes, phaseInSeason } from '../../src/band/seasonality.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../../src/core/time.js';

/** 2026-01-05 00:00 UTC, a Monday. */
const MONDAY = Date.UTC(2026, 0, 5);

describe('bucketLayout', () => {
  it('divides each season into buckets of the given width', () => {
    expect(bucketLayout('daily', 15, 60)).toEqual({ seasonality: 'daily', bucketMs: 15 * MINUTE_MS, seasonMs: DAY_MS, buckets: 96 });
    expect(bucketLayout('weekly', 60, 300)).toEqual({ seasonality: 'weekly', bucketMs: HOUR_MS, seasonMs: WEEK_MS, buckets: 168 });
    expect(bucketLayout('hourly', 1, 60).buckets).toBe(60);
  });

  it('gives none a single bucket whose season is the bucket itself', () => {
    expect(bucketLayout('none', 60, 60)).toEqual({ seasonality: 'none', bucketMs: HOUR_MS, seasonMs: HOUR_MS, buckets: 1 });
  });

  it('throws a RangeError when the width does not divide the season or is not a whole number of periods', () => {
    expect(() => bucketLayout('daily', 7, 60)).toThrow(RangeError);
    expect(() => bucketLayout('hourly', 0, 60)).toThrow(RangeError);
    expect(() => bucketLayout('daily', 15, 600)).toThrow(/whole number of alarm periods/);
  });

  it('has documented default widths', () => {
    expect(DEFAULT_BUCKET_MINUTES).toEqual({ none: 60, hourly: 1, daily: 15, weekly: 60 });
  });
});

describe('fitBucketMinutes', () => {
  it('gives the smallest whole number of periods of at least the default width that divides the season', () => {
    const daily = [60, 120, 240, 300, 360, 480, 600, 720, 3600].map((p) => fitBucketMinutes('daily', p));
    expect(daily).toEqual([15, 16, 16, 15, 18, 16, 20, 24, 60]);
    for (const [i, p] of [60, 120, 240, 300, 360, 480, 600, 720, 3600].entries()) {
      expect(() => bucketLayout('daily', daily[i], p)).not.toThrow();
    }
    expect(fitBucketMinutes('hourly', 120)).toBe(2);
    expect(fitBucketMinutes('weekly', 600)).toBe(60);
    expect(fitBucketMinutes('none', 420)).toBe(63);
    expect(fitBucketMinutes('daily', 60, 7)).toBe(8);
  });

  it('returns a width the layout then refuses when no multiple of the period divides the season', () => {
    const minutes = fitBucketMinutes('hourly', 420);
    expect(() => bucketLayout('hourly', minutes, 420)).toThrow(RangeError);
  });

  it('keeps a given width (at least one period) and fits only a missing one', () => {
    expect(bucketMinutesFor(30, 'daily', 60)).toBe(30);
    expect(bucketMinutesFor(15, 'daily', 3600)).toBe(60);
    expect(bucketMinutesFor(undefined, 'daily', 120)).toBe(16);
  });
});

describe('bucketOf and phaseInSeason', () => {
  it('start the week on Monday 00:00 UTC', () => {
    const weekly = bucketLayout('weekly', 60, 60);
    expect(phaseInSeason(weekly, MONDAY)).toBe(0);
    expect(bucketOf(weekly, MONDAY)).toBe(0);
    expect(bucketOf(weekly, MONDAY - 1)).toBe(167); // Sunday 23:59:59.999
    expect(bucketOf(weekly, MONDAY + 2 * DAY_MS + 5 * HOUR_MS + 30 * MINUTE_MS)).toBe(2 * 24 + 5); // Wednesday 05:30
  });

  it('start the day at midnight UTC and the hour on the hour', () => {
    const daily = bucketLayout('daily', 15, 60);
    expect(bucketOf(daily, MONDAY + 3 * HOUR_MS + 7 * MINUTE_MS)).toBe(12);
    expect(phaseInSeason(daily, MONDAY + 3 * HOUR_MS + 7 * MINUTE_MS)).toBe(3 * HOUR_MS + 7 * MINUTE_MS);
    const hourly = bucketLayout('hourly', 5, 60);
    expect(bucketOf(hourly, MONDAY + 3 * HOUR_MS + 7 * MINUTE_MS)).toBe(1);
  });

  it('work before 1970 too (negative times)', () => {
    const daily = bucketLayout('daily', 60, 60);
    expect(bucketOf(daily, -HOUR_MS)).toBe(23);
    expect(phaseInSeason(daily, -1)).toBe(DAY_MS - 1);
  });
});
