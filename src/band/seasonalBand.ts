import type { Datapoints } from '../alarm/aggregate.js';
import { DAY_MS } from '../generate/series.js';
import { chooseSeasonality } from './chooseSeasonality.js';
import { bucketLayout, bucketOf, DEFAULT_BUCKET_MINUTES, phaseInSeason, type Seasonality } from './seasonality.js';

/** Options of {@link seasonalBand}. Every field has a default; see {@link DEFAULT_BAND_OPTIONS}. */
export interface BandOptions {
  /** Which season the band learns, or `auto` (see {@link chooseSeasonality}). Default `daily`. */
  seasonality: Seasonality | 'auto';
  /** Band half-width in standard deviations; fractional allowed. Default 2 (CloudWatch's). */
  k: number;
  /** Length of the trailing training window, days. Default 14 (CloudWatch trains on up to two weeks). */
  trainingDays: number;
  /** Bucket width, minutes; default per seasonality: none 60, hourly 1, daily 15, weekly 60 (at least one period). */
  bucketMinutes?: number;
  /**
   * `perBucket` (default): σ of the bucket's own history, so the band is narrow where the metric is steady
   * (at night) and wide where it varies. `pooled`: one residual spread over the whole trailing window
   * (deviations of every datapoint from its bucket's mean), so the band keeps about the same width day and
   * night, as CloudWatch's band looks in the field report.
   */
  sigma: 'perBucket' | 'pooled';
  /**
   * A bucket gives a band once it holds `minSeasons` seasons' worth of datapoints (capped at the complete
   * occurrences a full window always holds: 1 for a weekly band over 14 days). Default 2.
   */
  minSeasons: number;
  /** Lower edge kept at or above this value (e.g. 0 for counts); default null: CloudWatch does not clamp custom metrics. */
  clampLower: number | null;
  /** Time ranges (UTC ms, end exclusive) kept out of training, like `ExcludedTimeRanges`. Default none. */
  excludedTimeRanges: Array<{ startMs: number; endMs: number }>;
  /**
   * Whether datapoints outside the band (at their own time) feed training. Default true: CloudWatch trains
   * on all data except excluded ranges, so a long fault is slowly learned as normal.
   */
  trainOnBreaching: boolean;
  /**
   * Whether earlier datapoints of the current bucket occurrence (today's 03:00–03:15 before 03:07) are in
   * the window. Default false: only completed occurrences train the band. If true, the first minutes of a
   * sustained fault widen the band for the rest of it.
   */
  trainOnCurrentSlot: boolean;
}

/** The defaults of every band option. */
export const DEFAULT_BAND_OPTIONS: Readonly<BandOptions> = {
  seasonality: 'daily',
  k: 2,
  trainingDays: 14,
  sigma: 'perBucket',
  minSeasons: 2,
  clampLower: null,
  excludedTimeRanges: [],
  trainOnBreaching: true,
  trainOnCurrentSlot: false,
};

/** A band per datapoint; NaN where the band has no value yet (not enough history). */
export interface Band {
  expected: Float64Array;
  sigma: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** The seasonality used (resolved when `auto`). */
  seasonality: Seasonality;
  bucketMinutes: number;
}

/**
 * A causal seasonal band: for datapoint i, the expected value and σ come from the datapoints of the same
 * seasonal bucket in the trailing window `[t_i − trainingDays, cutoff)`, where cutoff is `t_i` or (default)
 * the start of the current bucket occurrence. No datapoint ever sees a later one. Band = expected ± k·σ.
 *
 * Method: one sweep, O(1) amortised per datapoint. Each bucket keeps a FIFO of its window's values and
 * shifted sums S1 = Σ(x−K), S2 = Σ(x−K)² around a shift K near the bucket mean; variance = (S2 − S1²/n)/(n−1).
 * Shifting removes the catastrophic cancellation of raw sums of squares at large values; re-anchoring K
 * (a two-pass recomputation over the FIFO) after every `capacity` updates stops rounding error from
 * accumulating over months of adds and removes; re-anchoring also as soon as the squares summed since the
 * last one exceed 1e4·M2 (a level shift far larger than σ leaving the window) keeps M2's rounding error far
 * below M2 itself. Pooled σ sums the buckets' M2 = S2 − S1²/n and divides by (n − buckets); that total is
 * recomputed exactly every window length, and as soon as it has fallen below 1e-4 of its largest value since
 * the last recomputation. Both early recomputations wait for 1/64 of their cost in updates, so a series that
 * is constant up to rounding cannot trigger one per update: the sweep stays O(1) amortised.
 *
 * With `seasonality: 'auto'` the choice uses the first `trainingDays` of data, so the band starts after them.
 *
 * @example
 * const band = seasonalBand(datapoints, { ...DEFAULT_BAND_OPTIONS, seasonality: 'daily', k: 2 });
 * band.lower[i] <= band.expected[i]; // where defined
 */
export function seasonalBand(datapoints: Datapoints, options: BandOptions): Band {
  const { values, startMs, periodSeconds } = datapoints;
  const n = values.length;
  const periodMs = periodSeconds * 1000;
  const window = Math.round((options.trainingDays * DAY_MS) / periodMs);
  let seasonality: Seasonality;
  let notBefore = 0;
  if (options.seasonality === 'auto') {
    seasonality = chooseSeasonality(datapoints, window, periodSeconds);
    notBefore = Math.min(n, window);
  } else {
    seasonality = options.seasonality;
  }
  const bucketMinutes = Math.max(
    options.bucketMinutes ?? DEFAULT_BUCKET_MINUTES[seasonality],
    periodSeconds / 60,
  );
  const layout = bucketLayout(seasonality, bucketMinutes, periodSeconds);
  const bucketPoints = layout.bucketMs / periodMs;
  const seasonPoints = layout.seasonMs / periodMs;
  if (window < seasonPoints) {
    throw new RangeError(`band: trainingDays (${options.trainingDays}) is shorter than one ${seasonality} season`);
  }
  // A full window always holds (whole seasons in it − 1) complete occurrences of a bucket (the oldest one is
  // partly expired), so that is the most history `minSeasons` can ask for: a 14-day weekly band needs 1 week.
  const alwaysHeld = Math.max(1, Math.floor(window / seasonPoints) - 1);
  const minPoints = Math.max(2, Math.round(Math.min(options.minSeasons, alwaysHeld) * bucketPoints));
  const capacity = (Math.ceil(window / seasonPoints) + 1) * bucketPoints;

  const B = layout.buckets;
  const fifo = new Float64Array(B * capacity);
  const head = new Int32Array(B);
  const count = new Int32Array(B);
  const shift = new Float64Array(B);
  const s1 = new Float64Array(B);
  const s2 = new Float64Array(B);
  const updates = new Int32Array(B);
  // Σ (x − K)² over the adds and removes since the bucket's last re-anchoring: S2's rounding error scales with it.
  const squared = new Float64Array(B);
  let pooledM2 = 0;
  let pooledPeak = 0;
  let pooledN = 0;
  let nonEmpty = 0;
  let pooledUpdates = 0;

  const bucket = new Int32Array(n);
  const slotStart = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = startMs + i * periodMs;
    bucket[i] = seasonality === 'none' ? 0 : bucketOf(layout, t);
    // Datapoints of the current occurrence before i (floor: a datapoint off the period grid, e.g. 40 s past
    // the minute, still belongs after the occurrence start, not before it).
    const intoSlot = Math.floor((phaseInSeason(layout, t) % layout.bucketMs) / periodMs);
    slotStart[i] = Math.max(0, i - intoSlot);
  }
  const excluded = new Uint8Array(n);
  for (const range of options.excludedTimeRanges) {
    const from = Math.max(0, Math.ceil((range.startMs - startMs) / periodMs));
    const to = Math.min(n, Math.ceil((range.endMs - startMs) / periodMs));
    for (let i = from; i < to; i++) excluded[i] = 1;
  }

  const expected = new Float64Array(n).fill(Number.NaN);
  const sigma = new Float64Array(n).fill(Number.NaN);
  const lower = new Float64Array(n).fill(Number.NaN);
  const upper = new Float64Array(n).fill(Number.NaN);
  const inTraining = new Uint8Array(n);

  const m2 = (b: number) => (count[b] > 0 ? s2[b] - (s1[b] * s1[b]) / count[b] : 0);
  const reanchor = (b: number) => {
    const c = count[b];
    // Mean as oldest + mean offset from it: exact for a constant bucket, so its deviations are exactly 0.
    const first = c > 0 ? fifo[b * capacity + head[b]] : 0;
    let sum = 0;
    for (let q = 0; q < c; q++) sum += fifo[b * capacity + ((head[b] + q) % capacity)] - first;
    const k = c > 0 ? first + sum / c : 0;
    let d1 = 0;
    let d2 = 0;
    for (let q = 0; q < c; q++) {
      const d = fifo[b * capacity + ((head[b] + q) % capacity)] - k;
      d1 += d;
      d2 += d * d;
    }
    shift[b] = k;
    s1[b] = d1;
    s2[b] = d2;
    updates[b] = 0;
    squared[b] = d2;
  };
  const update = (b: number, x: number, sign: 1 | -1) => {
    const before = m2(b);
    if (sign === 1) {
      if (count[b] === 0) {
        shift[b] = x;
        nonEmpty++;
      }
      fifo[b * capacity + ((head[b] + count[b]) % capacity)] = x;
      count[b]++;
    } else {
      head[b] = (head[b] + 1) % capacity;
      count[b]--;
      if (count[b] === 0) nonEmpty--;
    }
    const d = x - shift[b];
    s1[b] += sign * d;
    s2[b] += sign * d * d;
    squared[b] += d * d;
    pooledN += sign;
    ++updates[b];
    if (updates[b] >= capacity || (squared[b] > 1e4 * m2(b) && updates[b] * 64 >= count[b])) reanchor(b);
    if (count[b] === 0) {
      s1[b] = 0;
      s2[b] = 0;
    }
    pooledM2 += m2(b) - before;
    if (pooledM2 > pooledPeak) pooledPeak = pooledM2;
    ++pooledUpdates;
    if (pooledUpdates >= window || (pooledPeak > 1e4 * Math.max(0, pooledM2) && pooledUpdates * 64 >= B)) {
      pooledM2 = 0;
      for (let q = 0; q < B; q++) pooledM2 += m2(q);
      pooledUpdates = 0;
      pooledPeak = pooledM2;
    }
  };

  let added = 0;
  let removed = 0;
  for (let i = 0; i < n; i++) {
    const cutoff = options.trainOnCurrentSlot ? i : slotStart[i];
    for (; added < cutoff; added++) {
      const x = values[added];
      if (Number.isNaN(x) || excluded[added]) continue;
      if (!options.trainOnBreaching && (x < lower[added] || x > upper[added])) continue;
      inTraining[added] = 1;
      update(bucket[added], x, 1);
    }
    for (; removed < i - window; removed++) {
      if (inTraining[removed]) update(bucket[removed], values[removed], -1);
    }
    if (i < notBefore) continue;
    const b = bucket[i];
    const c = count[b];
    if (c < minPoints) continue;
    const mean = shift[b] + s1[b] / c;
    const variance =
      options.sigma === 'pooled'
        ? pooledN - nonEmpty > 0
          ? pooledM2 / (pooledN - nonEmpty)
          : 0
        : m2(b) / (c - 1);
    const sd = Math.sqrt(Math.max(0, variance));
    expected[i] = mean;
    sigma[i] = sd;
    const lo = mean - options.k * sd;
    lower[i] = options.clampLower !== null && lo < options.clampLower ? options.clampLower : lo;
    upper[i] = mean + options.k * sd;
  }
  return { expected, sigma, lower, upper, seasonality, bucketMinutes };
}
