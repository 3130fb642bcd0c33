import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';

/**
 * The band arrays for `n` datapoints: `reuse`'s when all four have that length, else new ones.
 *
 * @example
 * const band = allocateBand(n, 'none', 60, undefined);
 */
export function allocateBand(n: number, seasonality: Band['seasonality'], bucketMinutes: number, reuse: BandBuffers | undefined): Band {
  const fits = (xs: Float64Array | undefined) => xs !== undefined && xs.length === n;
  const same = reuse && fits(reuse.expected) && fits(reuse.sigma) && fits(reuse.lower) && fits(reuse.upper);
  return {
    expected: same ? reuse.expected : new Float64Array(n),
    sigma: same ? reuse.sigma : new Float64Array(n),
    lower: same ? reuse.lower : new Float64Array(n),
    upper: same ? reuse.upper : new Float64Array(n),
    seasonality,
    bucketMinutes,
  };
}

/**
 * Which datapoints lie in `options.excludedTimeRanges`: 1 where the datapoint's period [t, t + period)
 * overlaps a range (the same rule as the seasonal band's).
 *
 * @example
 * excludedMask(datapoints, options)[i]; // 1: datapoint i never trains a band
 */
export function excludedMask(datapoints: Datapoints, options: BandOptions): Uint8Array {
  const mask = new Uint8Array(datapoints.values.length);
  for (const [from, to] of excludedIndexRanges(datapoints, options.excludedTimeRanges)) mask.fill(1, from, to);
  return mask;
}

/**
 * The datapoint index ranges [from, to) whose periods [t, t + period) overlap each excluded time range,
 * clipped to the datapoints; empty ones left out. The one rule every band uses for `excludedTimeRanges`.
 *
 * @example
 * excludedIndexRanges(datapoints, [{ startMs, endMs: startMs + 3_600_000 }]); // [[0, 60]] for 1-minute datapoints
 */
export function excludedIndexRanges(datapoints: Datapoints, ranges: BandOptions['excludedTimeRanges']): Array<[number, number]> {
  const { startMs, periodSeconds, values } = datapoints;
  const periodMs = periodSeconds * 1000;
  return ranges
    .map((r): [number, number] => [Math.max(0, Math.floor((r.startMs - startMs) / periodMs)), Math.min(values.length, Math.ceil((r.endMs - startMs) / periodMs))])
    .filter(([from, to]) => to > from);
}

/**
 * The σ floor of `minSigma` at an expected value: max(absolute, relative·|expected|), 0 without one.
 *
 * @example
 * sigmaFloor({ ...DEFAULT_BAND_OPTIONS, minSigma: { absolute: 1, relative: 0.05 } }, 100); // 5
 */
export function sigmaFloor(options: BandOptions, expected: number): number {
  const m = options.minSigma;
  if (m === undefined) return 0;
  return Math.max(m.absolute, m.relative * Math.abs(expected));
}

/**
 * Writes band value i: expected ± k·σ, σ raised to the σ floor max(floorAbsolute, floorRelative·|expected|)
 * (both 0: no floor), the lower edge kept at or above `clampLower` when that is set. Every model's band,
 * the seasonal one's included, is written here. NaN `expected` or σ writes no band ({@link writeNoBand}).
 *
 * @example
 * writeBand(band, i, 100, 5, 2, 0, 0, 0); // band.lower[i] = 90, band.upper[i] = 110
 */
export function writeBand(
  band: BandBuffers,
  i: number,
  expected: number,
  sigma: number,
  k: number,
  clampLower: number | null,
  floorAbsolute: number,
  floorRelative: number,
): void {
  if (!(expected === expected) || !(sigma === sigma)) {
    writeNoBand(band, i);
    return;
  }
  let sd = sigma;
  if (floorAbsolute > 0 || floorRelative > 0) sd = Math.max(sd, floorAbsolute, floorRelative * Math.abs(expected));
  band.expected[i] = expected;
  band.sigma[i] = sd;
  const lo = expected - k * sd;
  band.lower[i] = clampLower !== null && lo < clampLower ? clampLower : lo;
  band.upper[i] = expected + k * sd;
}

/**
 * No band at datapoint i (too little history): NaN in all four arrays.
 *
 * @example
 * writeNoBand(band, 0);
 */
export function writeNoBand(band: BandBuffers, i: number): void {
  band.expected[i] = Number.NaN;
  band.sigma[i] = Number.NaN;
  band.lower[i] = Number.NaN;
  band.upper[i] = Number.NaN;
}

/**
 * Whether datapoint i trains later bands: present, not excluded, and (with `trainOnBreaching` false) inside
 * its own band (a datapoint without a band counts as inside, as in the seasonal band).
 *
 * @example
 * if (trainsAt(band, values, excluded, i, options.trainOnBreaching)) train[i] = values[i];
 */
export function trainsAt(band: Band, values: Float64Array, excluded: Uint8Array, i: number, trainOnBreaching: boolean): boolean {
  const x = values[i];
  if (!(x === x) || excluded[i] === 1) return false;
  return trainOnBreaching || !(x < band.lower[i] || x > band.upper[i]);
}

/**
 * The datapoints in `minutes` of datapoints of `periodSeconds`, rounded, at least `least`.
 *
 * @example
 * pointsIn(60, 300, 2); // 12
 */
export function pointsIn(minutes: number, periodSeconds: number, least: number): number {
  return Math.max(least, Math.round((minutes * 60) / periodSeconds));
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of `sorted[from, to)` (ascending) with linear interpolation between closest
 * ranks (rank q·(m − 1), as PromQL's quantile_over_time and numpy's default); NaN when empty.
 *
 * @example
 * quantileSorted(Float64Array.of(10, 20, 30, 40), 0, 4, 0.5); // 25
 */
export function quantileSorted(sorted: Float64Array, from: number, to: number, q: number): number {
  const m = to - from;
  if (m <= 0) return Number.NaN;
  const rank = q * (m - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(m - 1, lo + 1);
  const frac = rank - lo;
  const a = sorted[from + lo];
  return frac === 0 ? a : a + (sorted[from + hi] - a) * frac;
}

/**
 * The median absolute deviation of `sorted[from, to)` (ascending) around `center`: the median of |x − center|,
 * in O(log m): the values below and above `center` are each sorted by distance, so the median distance is a
 * selection from two sorted sequences.
 *
 * @example
 * madSorted(Float64Array.of(1, 2, 3, 4, 100), 0, 5, 3); // 1
 */
export function madSorted(sorted: Float64Array, from: number, to: number, center: number): number {
  const m = to - from;
  if (m <= 0) return Number.NaN;
  // Split: left side [from, split) below center (distances grow leftwards), right [split, to).
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < center) lo = mid + 1;
    else hi = mid;
  }
  const split = lo;
  const leftCount = split - from;
  const rightCount = to - split;
  // Distances in ascending order: left side a = 0, 1, … is center − sorted[split − 1 − a], right side b is
  // sorted[split + b] − center. The r-th smallest of the two (r from 0) by bisection on how many come from
  // the left: O(log m).
  const left = (a: number) => center - sorted[split - 1 - a];
  const right = (b: number) => sorted[split + b] - center;
  const kth = (r: number): number => {
    let lo2 = Math.max(0, r + 1 - rightCount);
    let hi2 = Math.min(r + 1, leftCount);
    while (lo2 < hi2) {
      const a = (lo2 + hi2) >>> 1;
      const b = r + 1 - a;
      if (b > 0 && left(a) < right(b - 1)) lo2 = a + 1;
      else hi2 = a;
    }
    const b = r + 1 - lo2;
    return Math.max(lo2 > 0 ? left(lo2 - 1) : -Infinity, b > 0 ? right(b - 1) : -Infinity);
  };
  const want = (m - 1) >> 1;
  return m % 2 === 1 ? kth(want) : (kth(want) + kth(want + 1)) / 2;
}

/**
 * A window of values kept sorted (insertion and removal by binary search and a block move, O(m)); for
 * rolling medians and quantiles. Holds at most `capacity` values.
 *
 * @example
 * const w = new SortedWindow(3);
 * w.insert(5); w.insert(1); w.insert(3);
 * w.quantile(0.5); // 3
 * w.mad(3); // 2
 */
export class SortedWindow {
  readonly values: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(1, capacity));
  }

  /** Position of the first element ≥ x. */
  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(x: number): void {
    const at = this.lowerBound(x);
    this.values.copyWithin(at + 1, at, this.size);
    this.values[at] = x;
    this.size++;
  }

  /** Removes one element equal to x (which must be present). */
  remove(x: number): void {
    const at = this.lowerBound(x);
    this.values.copyWithin(at, at + 1, this.size);
    this.size--;
  }

  quantile(q: number): number {
    return quantileSorted(this.values, 0, this.size, q);
  }

  mad(center: number): number {
    return madSorted(this.values, 0, this.size, center);
  }
}
