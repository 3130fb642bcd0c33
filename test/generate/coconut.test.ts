import { describe, expect, it } from 'vitest';
import {
  COCONUT_DAILY_SHAPE,
  COCONUT_WEEKLY_SHAPE,
  dailyShapeAt,
  generateCoconut,
  type CoconutOptions,
} from '../../src/generate/coconut.js';
import { createRng } from '../../src/random/rng.js';
import { mean, Z } from '../random/stats.js';

/** 2026-01-05 00:00 UTC, a Monday. */
const MONDAY = Date.UTC(2026, 0, 5);

function coconut(seed: number, options: Partial<CoconutOptions> & { length: number }): Float64Array {
  return generateCoconut(createRng(seed, 'generate'), { startMs: MONDAY, ...options }).series.values;
}

/** Sums of each whole day (1440 one-minute samples). */
function dailyTotals(values: Float64Array): number[] {
  const totals: number[] = [];
  for (let d = 0; d + 1 <= values.length / 1440; d++) {
    let s = 0;
    for (let m = 0; m < 1440; m++) s += values[d * 1440 + m];
    totals.push(s);
  }
  return totals;
}

/** Mean of each day's own daily shape, i.e. orders per minute per unit peak over a day. */
const MEAN_SHAPE = (() => {
  let s = 0;
  for (let m = 0; m < 1440; m++) s += dailyShapeAt(COCONUT_DAILY_SHAPE, m / 60);
  return s / 1440;
})();

describe('dailyShapeAt', () => {
  it('hits the hourly anchors exactly at whole hours', () => {
    for (let h = 0; h < 24; h++) expect(dailyShapeAt(COCONUT_DAILY_SHAPE, h)).toBe(COCONUT_DAILY_SHAPE[h]);
  });

  it('is the midpoint of two anchors at half past, and wraps from 23:00 to midnight', () => {
    expect(dailyShapeAt(COCONUT_DAILY_SHAPE, 12.5)).toBeCloseTo((1.0 + 0.97) / 2, 12);
    expect(dailyShapeAt(COCONUT_DAILY_SHAPE, 23.5)).toBeCloseTo((0.33 + 0.22) / 2, 12);
  });

  it('moves along a cosine between anchors: flat at the hours, steepest at half past', () => {
    const shape = [0, 1, ...new Array<number>(22).fill(0)];
    for (const f of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      expect(dailyShapeAt(shape, f)).toBeCloseTo((1 - Math.cos(Math.PI * f)) / 2, 12);
      expect(dailyShapeAt(shape, 1 + f)).toBeCloseTo((1 + Math.cos(Math.PI * f)) / 2, 12);
    }
  });
});

describe('generateCoconut', () => {
  it('draws non-negative integer counts, one per minute by default', () => {
    const generated = generateCoconut(createRng(1, 'generate'), { startMs: MONDAY, length: 1440 });
    expect(generated.series.stepSeconds).toBe(60);
    expect(generated.series.startMs).toBe(MONDAY);
    for (const v of generated.series.values) if (!(Number.isInteger(v) && v >= 0)) expect.fail(`not a count: ${v}`);
  });

  it('gives identical values for the same seed and different values for another seed', () => {
    const a = coconut(2, { length: 3 * 1440 });
    expect(coconut(2, { length: 3 * 1440 })).toEqual(a);
    expect(coconut(3, { length: 3 * 1440 })).not.toEqual(a);
  });

  it('sells about 300 orders a minute at 03:00–04:00 and about 3000 at 12:00–13:00 on weekdays', () => {
    const values = coconut(4, { length: 28 * 1440 });
    let night = 0;
    let noon = 0;
    let minutes = 0;
    for (let d = 0; d < 28; d++) {
      if (d % 7 >= 5) continue; // Saturday, Sunday
      for (let m = 0; m < 60; m++) {
        night += values[d * 1440 + 3 * 60 + m];
        noon += values[d * 1440 + 12 * 60 + m];
      }
      minutes += 60;
    }
    // Shape 0.10 at 03–04 and on average (1.00 + 0.97)/2 at 12–13; weekday factor 1.02 on average; the
    // day level (sd 8%, 20 correlated weekdays) moves both means together by a few percent.
    expect(night / minutes).toBeGreaterThan(250);
    expect(night / minutes).toBeLessThan(360);
    expect(noon / minutes).toBeGreaterThan(2500);
    expect(noon / minutes).toBeLessThan(3600);
    // Their ratio cancels the day level: 0.10 / 0.985 up to the within-day wandering (sd about 1.2% over
    // 20 days, measured over 40 seeds).
    expect(night / noon).toBeGreaterThan((0.1 / 0.985) * 0.93);
    expect(night / noon).toBeLessThan((0.1 / 0.985) * 1.07);
  });

  it('follows the daily shape hour by hour when the extra variation is off', () => {
    const values = coconut(5, { length: 7 * 1440, daySd: 0, intradaySd: 0, weeklyShape: [1, 1, 1, 1, 1, 1, 1] });
    for (let h = 0; h < 24; h++) {
      let s = 0;
      let expected = 0;
      for (let d = 0; d < 7; d++) {
        for (let m = 0; m < 60; m++) {
          s += values[d * 1440 + h * 60 + m];
          expected += 3000 * dailyShapeAt(COCONUT_DAILY_SHAPE, h + m / 60);
        }
      }
      // Pure Poisson: the sum has sd √expected.
      expect(Math.abs(s - expected)).toBeLessThan(Z * Math.sqrt(expected));
    }
  });

  it('scales each weekday by its weekly factor (Monday first) when the extra variation is off', () => {
    const values = coconut(6, { length: 14 * 1440, daySd: 0, intradaySd: 0 });
    const totals = dailyTotals(values);
    const perDay = 3000 * MEAN_SHAPE * 1440;
    totals.forEach((total, d) => {
      const expected = perDay * COCONUT_WEEKLY_SHAPE[d % 7];
      expect(Math.abs(total - expected)).toBeLessThan(Z * Math.sqrt(expected));
    });
  });

  it('sells less at weekends than on weekdays, by roughly the weekly factors (12 weeks, defaults)', () => {
    const totals = dailyTotals(coconut(7, { length: 84 * 1440 }));
    const weekend = mean(totals.filter((_, d) => d % 7 >= 5));
    const weekday = mean(totals.filter((_, d) => d % 7 < 5));
    const expected = (0.85 + 0.75) / 2 / ((1 + 1 + 1 + 1.02 + 1.08) / 5); // 0.784
    // Day levels (sd 8%, correlation 0.5) leave an sd of about 0.017 on this ratio over 12 weeks.
    expect(weekend / weekday).toBeGreaterThan(expected - 0.1);
    expect(weekend / weekday).toBeLessThan(expected + 0.1);
    const sunday = mean(totals.filter((_, d) => d % 7 === 6));
    const friday = mean(totals.filter((_, d) => d % 7 === 4));
    expect(sunday).toBeLessThan(friday);
  });

  it('varies from day to day far more than Poisson counts would (sd of 28 daily totals)', () => {
    const sdOverPoisson = (values: Float64Array) => {
      const normalised = dailyTotals(values).map((t, d) => t / COCONUT_WEEKLY_SHAPE[d % 7]);
      const m = mean(normalised);
      const sd = Math.sqrt(normalised.reduce((s, v) => s + (v - m) ** 2, 0) / (normalised.length - 1));
      return sd / Math.sqrt(m);
    };
    // Defaults: day level sd 8% of about 2.6 million orders a day, against a Poisson sd of about 1600.
    expect(sdOverPoisson(coconut(8, { length: 28 * 1440 }))).toBeGreaterThan(20);
    // Without the day level and the wandering the totals are Poisson (the sd of 28 values is within
    // about ±14% of the true sd; the weekday factors only rescale the mean).
    const pure = sdOverPoisson(coconut(8, { length: 28 * 1440, daySd: 0, intradaySd: 0 }));
    expect(pure).toBeGreaterThan(0.3);
    expect(pure).toBeLessThan(1.9);
  });

  it('has a day level that persists through the day: its hours move together', () => {
    // With only the day level on, a day's night and noon rates are both scaled by the same exp(level).
    const values = coconut(9, { length: 28 * 1440, intradaySd: 0, daySd: 0.2 });
    const night: number[] = [];
    const noon: number[] = [];
    for (let d = 0; d < 28; d++) {
      let a = 0;
      let b = 0;
      for (let m = 0; m < 60; m++) {
        a += values[d * 1440 + 3 * 60 + m];
        b += values[d * 1440 + 12 * 60 + m];
      }
      night.push(a / COCONUT_WEEKLY_SHAPE[d % 7]);
      noon.push(b / COCONUT_WEEKLY_SHAPE[d % 7]);
    }
    const ma = mean(night);
    const mb = mean(noon);
    let cov = 0;
    let va = 0;
    let vb = 0;
    for (let d = 0; d < 28; d++) {
      cov += (night[d] - ma) * (noon[d] - mb);
      va += (night[d] - ma) ** 2;
      vb += (noon[d] - mb) ** 2;
    }
    expect(cov / Math.sqrt(va * vb)).toBeGreaterThan(0.9);
  });

  it('scales counts with stepSeconds (a 5-minute step holds five minutes of orders)', () => {
    const perMinute = coconut(10, { length: 7 * 1440, daySd: 0, intradaySd: 0 });
    const perFive = generateCoconut(createRng(10, 'generate'), {
      startMs: MONDAY,
      length: (7 * 1440) / 5,
      stepSeconds: 300,
      daySd: 0,
      intradaySd: 0,
    }).series;
    expect(perFive.stepSeconds).toBe(300);
    const a = perMinute.reduce((s, v) => s + v, 0);
    const b = perFive.values.reduce((s, v) => s + v, 0);
    expect(Math.abs(b / a - 1)).toBeLessThan(Z * Math.sqrt(2 / a));
  });
});

describe('generateCoconut at the scenario limits', () => {
  it('stays finite with the largest allowed peak, shapes, spreads and an hourly step', () => {
    const generated = generateCoconut(createRng(3, 'generate'), {
      startMs: MONDAY,
      length: 24 * 60,
      stepSeconds: 3600,
      peakPerMinute: 1e6,
      dailyShape: new Array(24).fill(10),
      weeklyShape: new Array(7).fill(10),
      daySd: 1,
      dayCorrelation: 0.999,
      intradaySd: 1,
      intradayMinutes: 1,
    });
    const values = generated.series.values;
    for (const x of values) expect(Number.isFinite(x) && x >= 0).toBe(true);
    expect(Math.max(...values)).toBeGreaterThan(1e9);
  });
});
