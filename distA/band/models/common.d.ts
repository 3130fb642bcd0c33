import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
/**
 * The band arrays for `n` datapoints: `reuse`'s when all four have that length, else new ones.
 *
 * @example
 * const band = allocateBand(n, 'none', 60, undefined);
 */
export declare function allocateBand(n: number, seasonality: Band['seasonality'], bucketMinutes: number, reuse: BandBuffers | undefined): Band;
/**
 * Which datapoints lie in `options.excludedTimeRanges`: 1 where the datapoint's period [t, t + period)
 * overlaps a range (the same rule as the seasonal band's).
 *
 * @example
 * excludedMask(datapoints, options)[i]; // 1: datapoint i never trains a band
 */
export declare function excludedMask(datapoints: Datapoints, options: BandOptions): Uint8Array;
/**
 * The σ floor of `minSigma` at an expected value: max(absolute, relative·|expected|), 0 without one.
 *
 * @example
 * sigmaFloor({ ...DEFAULT_BAND_OPTIONS, minSigma: { absolute: 1, relative: 0.05 } }, 100); // 5
 */
export declare function sigmaFloor(options: BandOptions, expected: number): number;
/**
 * Writes band value i: expected ± k·σ (σ raised to the minSigma floor), the lower edge kept at or above
 * `clampLower` when that is set. NaN `expected` or σ writes NaN everywhere.
 *
 * @example
 * writeBand(band, i, 100, 5, options, 0); // band.upper[i] = 100 + k·5
 */
export declare function writeBand(band: Band, i: number, expected: number, sigma: number, options: BandOptions, clampLower: number | null): void;
/**
 * Whether datapoint i trains later bands: present, not excluded, and (with `trainOnBreaching` false) inside
 * its own band (a datapoint without a band counts as inside, as in the seasonal band).
 *
 * @example
 * if (trainsAt(band, values, excluded, i, options.trainOnBreaching)) train[i] = values[i];
 */
export declare function trainsAt(band: Band, values: Float64Array, excluded: Uint8Array, i: number, trainOnBreaching: boolean): boolean;
/**
 * The datapoints in `minutes` of datapoints of `periodSeconds`, rounded, at least `least`.
 *
 * @example
 * pointsIn(60, 300, 2); // 12
 */
export declare function pointsIn(minutes: number, periodSeconds: number, least: number): number;
/**
 * The q-quantile (0 ≤ q ≤ 1) of `sorted[from, to)` (ascending) with linear interpolation between closest
 * ranks (rank q·(m − 1), as PromQL's quantile_over_time and numpy's default); NaN when empty.
 *
 * @example
 * quantileSorted(Float64Array.of(10, 20, 30, 40), 0, 4, 0.5); // 25
 */
export declare function quantileSorted(sorted: Float64Array, from: number, to: number, q: number): number;
/**
 * The median absolute deviation of `sorted[from, to)` (ascending) around `center`: the median of |x − center|,
 * in O(log m): the values below and above `center` are each sorted by distance, so the median distance is a
 * selection from two sorted sequences.
 *
 * @example
 * madSorted(Float64Array.of(1, 2, 3, 4, 100), 0, 5, 3); // 1
 */
export declare function madSorted(sorted: Float64Array, from: number, to: number, center: number): number;
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
export declare class SortedWindow {
    readonly values: Float64Array;
    size: number;
    constructor(capacity: number);
    /** Position of the first element ≥ x. */
    private lowerBound;
    insert(x: number): void;
    /** Removes one element equal to x (which must be present). */
    remove(x: number): void;
    quantile(q: number): number;
    mad(center: number): number;
}
