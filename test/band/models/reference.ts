/**
 * Brute-force references for the band models: each band value recomputed directly from the definition, one
 * datapoint at a time, with simple-statistics where it has the statistic. Shared by test/band/models/*.test.ts.
 */
import { expect } from 'vitest';
import { median, medianAbsoluteDeviation, sampleStandardDeviation, standardDeviation } from 'simple-statistics';
import type { Datapoints } from '../../../src/alarm/aggregate.js';
import { bandOptionsSchema, type BandOptions, type BandOptionsInput } from '../../../src/band/options.js';
import type { Band } from '../../../src/band/seasonalBand.js';
import { bucketOf, bucketLayout, DEFAULT_BUCKET_MINUTES, phaseInSeason, type Seasonality } from '../../../src/band/seasonality.js';
import { DAY_MS, HOUR_MS } from '../../../src/core/time.js';
import { randomNormal } from '../../../src/random/normal.js';
import { createRng } from '../../../src/random/rng.js';

/** 2026-01-05 00:00 UTC, a Monday. */
export const MONDAY = Date.UTC(2026, 0, 5);

/**
 * Seeded random datapoints: a daily wave, a weekend dip, noise, 4% scattered NaNs, a 2-hour gap on day 3 and
 * a flat stretch (constant value) for an hour on day 2, starting off a bucket boundary.
 */
export function randomData(seed: number, days: number, periodSeconds = 300, startMs = MONDAY + 7 * 60_000 * 5): Datapoints {
  const rng = createRng(seed, 'band model test data');
  const periodMs = periodSeconds * 1000;
  const n = Math.round((days * DAY_MS) / periodMs);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = startMs + i * periodMs;
    const day = ((t % DAY_MS) / DAY_MS) * 2 * Math.PI;
    const weekday = (Math.floor(t / DAY_MS) + 3) % 7;
    const level = 100 + 30 * Math.sin(day) + (weekday >= 5 ? -35 : 0);
    const sinceStart = t - startMs;
    const gap = sinceStart >= 3 * DAY_MS + 5 * HOUR_MS && sinceStart < 3 * DAY_MS + 7 * HOUR_MS;
    const flat = sinceStart >= 2 * DAY_MS + 3 * HOUR_MS && sinceStart < 2 * DAY_MS + 4 * HOUR_MS;
    values[i] = gap || rng() < 0.04 ? Number.NaN : flat ? 80 : level + 6 * randomNormal(rng) + (rng() < 0.01 ? 60 : 0);
  }
  return { startMs, periodSeconds, values };
}

/** Band options from a scenario-style input (schema defaults, ISO excluded ranges). */
export function bandOptions(input: BandOptionsInput): BandOptions {
  return bandOptionsSchema.parse(input);
}

/** One band value, or null for none. */
export interface RefValue {
  expected: number;
  sigma: number;
  lower: number;
  upper: number;
}

/**
 * The reference sweep: `at(i, train)` gives band value i from `train` (x_j for datapoints that train, NaN for
 * the others; only j < i filled). A datapoint trains when present, outside every excluded range (its period
 * overlaps none) and, with trainOnBreaching false, inside its own band (or without one).
 */
export function referenceBand(dp: Datapoints, options: BandOptions, at: (i: number, train: number[]) => RefValue | null): RefValue[] {
  const periodMs = dp.periodSeconds * 1000;
  const train: number[] = [];
  const out: RefValue[] = [];
  for (let i = 0; i < dp.values.length; i++) {
    const v = at(i, train);
    out.push(v ?? { expected: Number.NaN, sigma: Number.NaN, lower: Number.NaN, upper: Number.NaN });
    const x = dp.values[i];
    const t = dp.startMs + i * periodMs;
    const excluded = options.excludedTimeRanges.some((r) => t < r.endMs && t + periodMs > r.startMs);
    const inside = v === null || (x >= v.lower && x <= v.upper);
    train.push(!Number.isNaN(x) && !excluded && (options.trainOnBreaching || inside) ? x : Number.NaN);
  }
  return out;
}

/** σ floor of minSigma. */
export function floorOf(options: BandOptions, expected: number): number {
  return options.minSigma ? Math.max(options.minSigma.absolute, options.minSigma.relative * Math.abs(expected)) : 0;
}

/** expected ± k·max(σ, floor), lower clamped at `clamp` (null: none). */
export function symmetric(options: BandOptions, expected: number, sigma: number, clamp: number | null): RefValue {
  const sd = Math.max(sigma, floorOf(options, expected));
  const lo = expected - options.k * sd;
  return { expected, sigma: sd, lower: clamp !== null ? Math.max(clamp, lo) : lo, upper: expected + options.k * sd };
}

/**
 * The training datapoints of datapoint i's bucket (the seasonal band's rule): same bucket, time in
 * [t_i − trainingDays, cutoff), cutoff = t_i or the start of i's bucket occurrence; null when fewer than the
 * band needs. Returns their indices.
 */
export function bucketTraining(dp: Datapoints, options: BandOptions, seasonality: Seasonality, i: number, train: number[]): number[] | null {
  const periodMs = dp.periodSeconds * 1000;
  const bucketMinutes = Math.max(options.bucketMinutes ?? DEFAULT_BUCKET_MINUTES[seasonality], dp.periodSeconds / 60);
  const layout = bucketLayout(seasonality, bucketMinutes, dp.periodSeconds);
  const ti = dp.startMs + i * periodMs;
  const cutoff = options.trainOnCurrentSlot ? ti : ti - (phaseInSeason(layout, ti) % layout.bucketMs);
  const from = ti - Math.round((options.trainingDays * DAY_MS) / periodMs) * periodMs;
  const b = bucketOf(layout, ti);
  const js: number[] = [];
  for (let j = Math.max(0, i - Math.round((options.trainingDays * DAY_MS) / periodMs) - 1); j < i; j++) {
    const tj = dp.startMs + j * periodMs;
    if (tj >= from && tj < cutoff && bucketOf(layout, tj) === b && !Number.isNaN(train[j])) js.push(j);
  }
  const window = Math.round((options.trainingDays * DAY_MS) / periodMs);
  const seasonPoints = layout.seasonMs / periodMs;
  const bucketPoints = layout.bucketMs / periodMs;
  const needed = Math.max(2, Math.round(Math.min(options.minSeasons, Math.max(1, Math.floor(window / seasonPoints) - 1)) * bucketPoints));
  return js.length >= needed ? js : null;
}

/**
 * The datapoints in `minutes` at `periodSeconds` as the window models document it: rounded to whole periods, at
 * least `least` (a trailing window holds at least 2 datapoints; an offset is at least 1).
 */
export function periodsIn(minutes: number, periodSeconds: number, least: number): number {
  return Math.max(least, Math.round((minutes * 60) / periodSeconds));
}

/** The present training values among j ∈ [from, to). */
export function windowValues(train: number[], from: number, to: number): number[] {
  const xs: number[] = [];
  for (let j = Math.max(0, from); j < to; j++) if (!Number.isNaN(train[j])) xs.push(train[j]);
  return xs;
}

/** Quantile with linear interpolation between closest ranks (rank q·(m − 1)). */
export function quantile7(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const rank = q * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}

export { median, medianAbsoluteDeviation, sampleStandardDeviation, standardDeviation };

/** Every band value equal to the reference within 1e-9 relative (NaN where the reference has none). */
export function expectMatches(band: Band, ref: RefValue[]): void {
  let banded = 0;
  for (let i = 0; i < ref.length; i++) {
    for (const key of ['expected', 'sigma', 'lower', 'upper'] as const) {
      const a = band[key][i];
      const b = ref[i][key];
      if (Number.isNaN(b) || Number.isNaN(a)) {
        if (Number.isNaN(a) !== Number.isNaN(b)) expect.fail(`${key}[${i}]: ${a} vs reference ${b}`);
        continue;
      }
      if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) expect.fail(`${key}[${i}]: ${a} vs reference ${b}`);
    }
    if (!Number.isNaN(ref[i].expected)) banded++;
  }
  // The comparison must cover a real band, not NaN against NaN.
  expect(banded).toBeGreaterThan(ref.length / 3);
}

/**
 * Causality: changing datapoint c (the first present one from each of `changes`; to a spike, then to NaN)
 * leaves the band before c unchanged, bit for bit, and does move it later (with options that train on it).
 */
export function expectCausal(compute: (dp: Datapoints) => Band, dp: Datapoints, changes: number[]): void {
  const base = compute(dp);
  for (let c of changes) {
    while (Number.isNaN(dp.values[c])) c++;
    let moved = false;
    for (const replacement of [dp.values[c] * 5 + 1000, Number.NaN]) {
      const values = dp.values.slice();
      values[c] = replacement;
      const changed = compute({ ...dp, values });
      for (const key of ['expected', 'sigma', 'lower', 'upper'] as const) {
        for (let i = 0; i < c; i++) {
          if (!Object.is(base[key][i], changed[key][i])) expect.fail(`${key}[${i}] moved when datapoint ${c} changed`);
        }
        for (let i = c + 1; i < dp.values.length && !moved; i++) moved = !Object.is(base[key][i], changed[key][i]);
      }
    }
    // The change is seen later (so the test can fail).
    expect(moved).toBe(true);
  }
}
