import { describe, expect, it } from 'vitest';
import { dailyWeekdayBand } from '../../../src/band/models/dailyWeekday.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import { seasonalBand } from '../../../src/band/seasonalBand.js';
import { DAY_MS } from '../../../src/core/time.js';
import { bandOptions, bucketTraining, expectCausal, expectMatches, randomData, referenceBand, sampleStandardDeviation, symmetric } from './reference.js';

const CASES: [string, BandOptionsInput][] = [
  ['defaults', { model: 'dailyWeekday' }],
  [
    '21 days, not training on breaching datapoints, an excluded range, a σ floor',
    { model: 'dailyWeekday', trainingDays: 21, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-10T02:00:00Z', end: '2026-01-10T09:00:00Z' }], minSigma: { absolute: 0, relative: 0.05 } },
  ],
  ['training on the current slot, 30-minute buckets', { model: 'dailyWeekday', trainOnCurrentSlot: true, bucketMinutes: 30, seasonality: 'weekly' }],
];

/** Monday = 0 … Sunday = 6, from the calendar. */
const weekday = (t: number) => (new Date(t).getUTCDay() + 6) % 7;

describe('dailyWeekdayBand', () => {
  const dp = randomData(13, 24);
  const periodMs = dp.periodSeconds * 1000;
  const weekdays = Array.from(dp.values, (_, j) => weekday(dp.startMs + j * periodMs));
  for (const [name, input] of CASES) {
    it(`equals the brute-force daily shape × weekday level: ${name}`, () => {
      const options = bandOptions(input);
      const ref = referenceBand(dp, options, (i, train) => {
        const js = bucketTraining(dp, options, 'daily', i, train);
        if (!js) return null;
        // Weekday levels from every training datapoint of the window (all buckets), up to i's cutoff.
        const ti = dp.startMs + i * periodMs;
        const bucketMs = Math.max(options.bucketMinutes ?? 15, 5) * 60_000;
        const cutoff = options.trainOnCurrentSlot ? ti : ti - ((ti % DAY_MS) % bucketMs);
        const from = i - Math.round((options.trainingDays * DAY_MS) / periodMs);
        const byDay: number[][] = [[], [], [], [], [], [], []];
        for (let j = Math.max(0, from); dp.startMs + j * periodMs < cutoff; j++) {
          if (!Number.isNaN(train[j])) byDay[weekdays[j]].push(train[j]);
        }
        const means = byDay.map((xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN));
        const present = means.filter((m) => !Number.isNaN(m));
        const overall = present.reduce((a, b) => a + b, 0) / present.length;
        const positive = present.every((m) => m > 0);
        const level = means.map((m) => (positive && !Number.isNaN(m) ? m / overall : 1));
        const ys = js.map((j) => train[j] / level[weekdays[j]]);
        const l = level[weekday(ti)];
        const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
        return symmetric(options, mean * l, sampleStandardDeviation(ys) * l, options.clampLower);
      });
      expectMatches(dailyWeekdayBand(dp, options), ref);
    });
  }

  it('follows the weekend dip that the daily seasonal band averages away', () => {
    const options = bandOptions({ model: 'dailyWeekday' });
    const weekdayBand = dailyWeekdayBand(dp, options);
    const seasonal = seasonalBand(dp, bandOptions({}));
    let weekdayError = 0;
    let seasonalError = 0;
    for (let i = Math.round((14 * DAY_MS) / periodMs); i < dp.values.length; i++) {
      const x = dp.values[i];
      if (Number.isNaN(x) || weekday(dp.startMs + i * periodMs) < 5) continue;
      weekdayError += Math.abs(x - weekdayBand.expected[i]);
      seasonalError += Math.abs(x - seasonal.expected[i]);
    }
    expect(weekdayError).toBeLessThan(0.6 * seasonalError);
  });

  it('is causal', () => {
    const options = bandOptions({ model: 'dailyWeekday' });
    expectCausal((d) => dailyWeekdayBand(d, options), dp, [4100, 5000]);
  });
});
