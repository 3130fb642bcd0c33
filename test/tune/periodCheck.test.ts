import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/alarm/aggregate.js';
import { generateSeries } from '../../src/generate/generateSeries.js';
import { createRng } from '../../src/random/rng.js';
import { resolveScenarioFile, loadScenario } from '../../src/cli/runCli.js';
import { autocorrelation, periodCheck } from '../../src/tune/periodCheck.js';
import { DAY_MS } from '../../src/core/time.js';

const START = Date.UTC(2026, 0, 5);

/** A square-ish wave of the given period (minutes) with seeded noise, one sample a minute for `days`. */
function wave(periodMinutes: number, days: number) {
  const rng = createRng(7, 'wave');
  const values = new Float64Array(days * 1440);
  for (let i = 0; i < values.length; i++) values[i] = (i % periodMinutes < periodMinutes / 3 ? 50 : 5) + rng();
  return { startMs: START, periodSeconds: 60, values };
}

/** Trial 0's fault-free series of a built-in scenario's variant: its first 14 days on a 60 s Average. */
function firstWindow(name: string, variantName: string) {
  const scenario = loadScenario(resolveScenarioFile(name, process.cwd()));
  const variant = scenario.variants.find((v) => v.name === variantName)!;
  const length = Math.round(((scenario.warmupDays + scenario.onsetSpreadDays + scenario.tailDays) * DAY_MS) / 60_000);
  const { series } = generateSeries(variant.series, createRng(scenario.seed, '0', variant.name, 'generate'), scenario.startMs, 60, length, variant.data);
  return aggregate({ ...series, values: series.values.slice(0, 14 * 1440) }, 60, scenario.alarms[0].statistic);
}

describe('autocorrelation', () => {
  it('is 1 at lag 0 and −1 at half the period of an alternating series', () => {
    const acf = autocorrelation(Float64Array.from([1, 2, 1, 2, 1, 2, 1, 2]), 2);
    expect(acf[0]).toBeCloseTo(1, 10);
    expect(acf[1]).toBeCloseTo(-1, 10);
    expect(acf[2]).toBeCloseTo(1, 10);
  });

  it('skips missing values pairwise', () => {
    const acf = autocorrelation(Float64Array.from([1, 2, Number.NaN, Number.NaN, 1, 2, 1, 2]), 2);
    expect(acf[2]).toBeCloseTo(1, 10);
  });
});

describe('periodCheck', () => {
  it('passes periods that divide an hour or a day', () => {
    for (const period of [60, 30, 120, 1440]) {
      const check = periodCheck(wave(period, 4));
      expect(check.periodMinutes).toBe(period);
      expect(check.flagged).toBe(false);
    }
  });

  it('flags a 46-minute and a 50-minute period with the period found', () => {
    for (const period of [46, 50]) {
      const check = periodCheck(wave(period, 4));
      expect(check.periodMinutes).toBe(period);
      expect(check.flagged).toBe(true);
      expect(check.message).toContain(`${period} minutes`);
      expect(check.message).toContain('cron');
    }
  });

  it('finds no period in noise', () => {
    const rng = createRng(3, 'noise');
    const values = Float64Array.from({ length: 3 * 1440 }, () => rng());
    const check = periodCheck({ startMs: START, periodSeconds: 60, values });
    expect(check.periodMinutes).toBeNull();
    expect(check.flagged).toBe(false);
  });

  it('flags the skyline loop (46 minutes) and passes the hourly cron', () => {
    const loop = periodCheck(firstWindow('skyline', 'loop'));
    expect(loop.flagged).toBe(true);
    expect(loop.periodMinutes).toBe(46);
    const cron = periodCheck(firstWindow('skyline', 'hourly cron'));
    expect(cron.flagged).toBe(false);
    expect(cron.periodMinutes).toBe(60);
    expect(cron.fitsSeasons).toContain('hourly');
  });

  it('finds coconut’s daily cycle', () => {
    const check = periodCheck(firstWindow('coconut', 'default'));
    expect(check.flagged).toBe(false);
    expect(Math.abs(check.periodMinutes! - 1440)).toBeLessThanOrEqual(15);
    expect(check.fitsSeasons).toContain('daily');
    if (check.periodMinutes !== 1440) expect(check.message).toContain('about a day');
  });
});
