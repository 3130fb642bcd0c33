import { describe, expect, it } from 'vitest';
import type { Datapoints } from '../../src/alarm/aggregate.js';
import { chooseSeasonality } from '../../src/band/chooseSeasonality.js';
import { generateCoconut } from '../../src/generate/coconut.js';
import { generateDice } from '../../src/generate/dice.js';
import { randomNormal } from '../../src/random/normal.js';
import { createRng } from '../../src/random/rng.js';
import { DAY_MS, HOUR_MS } from '../../src/core/time.js';

/** 2026-01-05 00:00 UTC, a Monday. */
const MONDAY = Date.UTC(2026, 0, 5);
const TWO_WEEKS = 14 * 1440;

/** `days` of datapoints: level(t) + N(0, noise²), with a share `nanRate` missing. */
function series(seed: number, days: number, level: (t: number) => number, noise = 3, periodSeconds = 60, nanRate = 0): Datapoints {
  const rng = createRng(seed, 'choose');
  const n = (days * DAY_MS) / (periodSeconds * 1000);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = MONDAY + i * periodSeconds * 1000;
    values[i] = rng() < nanRate ? Number.NaN : level(t) + noise * randomNormal(rng);
  }
  return { startMs: MONDAY, periodSeconds, values };
}

const hourlyWave = (t: number) => 50 + 30 * Math.sin((2 * Math.PI * (t % HOUR_MS)) / HOUR_MS);
const dailyWave = (amplitude: number) => (t: number) => 100 + amplitude * Math.sin((2 * Math.PI * (t % DAY_MS)) / DAY_MS);
const weekdayLevel = (t: number) => dailyWave(50)(t) - ((Math.floor(t / DAY_MS) + 3) % 7 >= 5 ? 60 : 0);

describe('chooseSeasonality', () => {
  it('picks none for dice-like white noise', () => {
    const { series: s } = generateDice(createRng(1, 'generate'), { startMs: MONDAY, length: TWO_WEEKS });
    expect(chooseSeasonality({ startMs: s.startMs, periodSeconds: 60, values: s.values }, TWO_WEEKS, 60)).toBe('none');
  });

  it('picks hourly for a strongly hourly pattern (one-minute and five-minute datapoints)', () => {
    expect(chooseSeasonality(series(2, 14, hourlyWave), TWO_WEEKS, 60)).toBe('hourly');
    expect(chooseSeasonality(series(3, 14, hourlyWave, 3, 300), TWO_WEEKS / 5, 300)).toBe('hourly');
  });

  it('picks daily for a daily sine', () => {
    expect(chooseSeasonality(series(4, 14, dailyWave(50)), TWO_WEEKS, 60)).toBe('daily');
  });

  it('picks weekly for the coconut shop (its weekend is 15–25% quieter), daily for one with a flat week', () => {
    const shop = generateCoconut(createRng(5, 'generate'), { startMs: MONDAY, length: TWO_WEEKS }).series;
    expect(chooseSeasonality({ startMs: MONDAY, periodSeconds: 60, values: shop.values }, TWO_WEEKS, 60)).toBe('weekly');
    const flatWeek = generateCoconut(createRng(5, 'generate'), {
      startMs: MONDAY,
      length: TWO_WEEKS,
      weeklyShape: [1, 1, 1, 1, 1, 1, 1],
      daySd: 0,
    }).series;
    expect(chooseSeasonality({ startMs: MONDAY, periodSeconds: 60, values: flatWeek.values }, TWO_WEEKS, 60)).toBe('daily');
  });

  it('picks weekly when the weekend level differs strongly', () => {
    expect(chooseSeasonality(series(6, 14, weekdayLevel), TWO_WEEKS, 60)).toBe('weekly');
  });

  it('only considers weekly when the window holds two weeks', () => {
    const data = series(7, 14, weekdayLevel);
    expect(chooseSeasonality(data, TWO_WEEKS - 1440, 60)).not.toBe('weekly');
    expect(chooseSeasonality(data, TWO_WEEKS, 60)).toBe('weekly');
  });

  it('keeps none unless a season leaves at least 10% less unexplained variance', () => {
    // Noise variance 100; a daily sine of amplitude A explains A²/2 of it.
    expect(chooseSeasonality(series(8, 14, dailyWave(3), 10), TWO_WEEKS, 60)).toBe('none'); // 4.5 of 104.5
    expect(chooseSeasonality(series(8, 14, dailyWave(8), 10), TWO_WEEKS, 60)).toBe('daily'); // 32 of 132
  });

  it('looks only at the first windowPoints datapoints', () => {
    // White noise for two weeks, then a strong daily wave.
    const data = series(9, 28, (t) => (t < MONDAY + 14 * DAY_MS ? 100 : dailyWave(50)(t)));
    expect(chooseSeasonality(data, TWO_WEEKS, 60)).toBe('none');
    expect(chooseSeasonality(data, 2 * TWO_WEEKS, 60)).toBe('daily');
  });

  it('does not count missing datapoints: a flat series with a gap every night stays none', () => {
    const data = series(12, 14, () => 1000, 1);
    for (let i = 0; i < data.values.length; i++) if (i % 1440 < 6 * 60) data.values[i] = Number.NaN;
    expect(chooseSeasonality(data, TWO_WEEKS, 60)).toBe('none');
  });

  it('skips missing datapoints', () => {
    expect(chooseSeasonality(series(10, 14, dailyWave(50), 3, 60, 0.2), TWO_WEEKS, 60)).toBe('daily');
    expect(chooseSeasonality(series(11, 14, weekdayLevel, 3, 60, 0.2), TWO_WEEKS, 60)).toBe('weekly');
  });

  it.each([0.1, 1 / 3, 1234.567, 3e9 + 0.3, -7.7e-5])('picks none for a constant metric (%s): rounding is not a season (issue 11, case 2)', (level) => {
    const values = new Float64Array(TWO_WEEKS + 1440).fill(level);
    expect(chooseSeasonality({ startMs: MONDAY, periodSeconds: 60, values }, TWO_WEEKS, 60)).toBe('none');
    // With a few datapoints missing too.
    for (let i = 17; i < values.length; i += 997) values[i] = Number.NaN;
    expect(chooseSeasonality({ startMs: MONDAY, periodSeconds: 60, values }, TWO_WEEKS, 60)).toBe('none');
  });

  it('still sees a tiny pattern far above rounding (a daily wave of 1e-6 on a level of 1000)', () => {
    const tiny = (t: number) => 1000 + 1e-6 * Math.sin((2 * Math.PI * (t % DAY_MS)) / DAY_MS);
    expect(chooseSeasonality(series(9, 14, tiny, 0), TWO_WEEKS, 60)).toBe('daily');
  });

  it('considers a season only with two of them in the window: 1.5 days of a daily wave give none, 2 give daily (issue 11, case 3)', () => {
    const data = series(10, 3, dailyWave(50));
    expect(chooseSeasonality(data, 1.5 * 1440, 60)).toBe('none');
    expect(chooseSeasonality(data, 1.99 * 1440, 60)).toBe('none');
    expect(chooseSeasonality(data, 2 * 1440, 60)).toBe('daily');
    // The hourly candidate is there all along; a daily wave does not make it 10% better.
    expect(chooseSeasonality(series(11, 3, (t) => dailyWave(50)(t) + hourlyWave(t) - 50), 1.5 * 1440, 60)).toBe('hourly');
  });
});
