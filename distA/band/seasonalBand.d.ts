import type { Datapoints } from '../alarm/aggregate.js';
import { type BandOptions } from './options.js';
import { type Seasonality } from './seasonality.js';
export { DEFAULT_BAND_OPTIONS, type BandOptions } from './options.js';
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
 * Output arrays to write a band into instead of allocating new ones (each as long as the datapoints; others
 * are ignored). Fresh memory costs page faults, about as much as the sweep itself, so a caller that computes
 * many bands of the same length and no longer needs the previous one can pass its arrays back in.
 */
export type BandBuffers = Pick<Band, 'expected' | 'sigma' | 'lower' | 'upper'>;
/**
 * The sweep's bookkeeping just before datapoint `index`, kept by {@link seasonalBandWithCheckpoints} so that
 * {@link resumeSeasonalBand} can continue from there on other data that equals this data before `index`.
 * Plain data; opaque to callers.
 */
export interface BandCheckpoint {
    /** The datapoint whose band the sweep computes next. */
    readonly index: number;
    /** @internal */
    readonly state: Readonly<SweepState>;
}
/**
 * A causal seasonal band: for datapoint i, the expected value and σ come from the datapoints of the same
 * seasonal bucket in the trailing window `[t_i − trainingDays, cutoff)`, where cutoff is `t_i` or (default)
 * the start of the current bucket occurrence. No datapoint ever sees a later one. Band = expected ± k·σ.
 *
 * Conventions: σ is the sample standard deviation (÷ (n − 1)); pooled σ is √(Σ_b M2_b / (N − B)), summed over
 * the B non-empty buckets holding N datapoints, M2_b = Σ (x − mean_b)². A bucket needs at least 2 training
 * datapoints (and `minSeasons` seasons' worth) for a band. An excluded range keeps out every datapoint whose
 * period overlaps it. With `minSigma`, σ is raised to max(absolute, relative·|mean|) before the band is drawn
 * (and before `trainOnBreaching: false` asks whether a datapoint was inside it). `model` is not read: this is
 * the `seasonal` model (computeBand dispatches the others).
 *
 * Method: one streaming sweep, O(1) amortised per datapoint, with no full-length scratch arrays (only the
 * four outputs). Buckets are counted forward from the first datapoint's (integers, no `%` per datapoint).
 * Each bucket keeps a FIFO of its window's values and shifted sums S1 = Σ(x−K), S2 = Σ(x−K)² around a
 * shift K near the bucket mean; variance = (S2 − S1²/n)/(n−1). Shifting removes the catastrophic
 * cancellation of raw sums of squares at large values. K is re-anchored (a two-pass recomputation over the
 * FIFO) after every `capacity` updates, so rounding error cannot accumulate over months of adds and removes,
 * and early, as soon as the squares summed since the last re-anchoring exceed 1e4·M2 (a spike or a level
 * shift far larger than σ leaving the window), so M2's rounding error stays below about 1e4·2⁻⁵³·M2. Early
 * re-anchorings are paid from a budget that grows by 1/64 of a re-anchoring's cost per update (capped at 64
 * re-anchorings of a full FIFO), so a series that is constant up to rounding cannot trigger one per update
 * (the sweep stays O(1) amortised), while a spike leaving just after a scheduled re-anchoring is corrected at
 * once. Pooled σ (bookkept only when asked for) sums the buckets' M2 and divides by (N − B); that total is
 * recomputed exactly every window length, and, from the same kind of budget, as soon as it has fallen below
 * 1e-4 of its largest value since the last recomputation.
 *
 * With `seasonality: 'auto'` the choice uses the first `trainingDays` of data, so the band starts after them.
 *
 * @param reuse arrays to write the band into (see {@link BandBuffers}); default: new ones
 * @throws RangeError when the training window is shorter than one season, or (with `trainOnCurrentSlot`
 *   false) so short that it can hold fewer training datapoints of a bucket than a band needs
 * @example
 * const band = seasonalBand(datapoints, { ...DEFAULT_BAND_OPTIONS, seasonality: 'daily', k: 2 });
 * band.lower[i] <= band.expected[i]; // where defined
 */
export declare function seasonalBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
/**
 * {@link seasonalBand}, also keeping the sweep's state just before each index of `at` (indices outside
 * [0, length] are ignored), for {@link resumeSeasonalBand}. A fault run equals the control run before its
 * onset, so it can continue from the control run's checkpoint instead of sweeping from the start.
 *
 * @example
 * const { band, checkpoints } = seasonalBandWithCheckpoints(control, DEFAULT_BAND_OPTIONS, [onsetIndex]);
 * const faultBand = resumeSeasonalBand(faulted, DEFAULT_BAND_OPTIONS, band, checkpoints[0]);
 * // faultBand equals seasonalBand(faulted, DEFAULT_BAND_OPTIONS), bit for bit
 */
export declare function seasonalBandWithCheckpoints(datapoints: Datapoints, options: BandOptions, at: readonly number[]): {
    band: Band;
    checkpoints: BandCheckpoint[];
};
/**
 * Whether two bands' bucket statistics are the same, so that one sweep can give both
 * ({@link seasonalBandsWithCheckpoints}): the seasonal model with the same options but for `k`, `sigma` and
 * `clampLower`, each training on every datapoint (with `trainOnBreaching` false, what trains depends on the
 * band's own edges).
 *
 * @example
 * shareSweep({ ...DEFAULT_BAND_OPTIONS, sigma: 'pooled' }, DEFAULT_BAND_OPTIONS); // true
 */
export declare function shareSweep(a: BandOptions, b: BandOptions): boolean;
/**
 * {@link seasonalBandWithCheckpoints} for several bands whose bucket statistics are the same
 * ({@link shareSweep} holds between every two): one sweep writes all of them, each equal bit for bit to
 * `seasonalBand(datapoints, options[j])`, and keeps one set of checkpoints from which
 * {@link resumeSeasonalBand} continues any of them. A control run with a per-bucket and a pooled band of the
 * same data sweeps once instead of twice.
 *
 * @throws RangeError when two options do not share a sweep, or as {@link seasonalBand}
 * @example
 * const { bands, checkpoints } = seasonalBandsWithCheckpoints(datapoints, [perBucket, pooled], [onset]);
 */
export declare function seasonalBandsWithCheckpoints(datapoints: Datapoints, options: readonly BandOptions[], at: readonly number[]): {
    bands: Band[];
    checkpoints: BandCheckpoint[];
};
/** Optional inputs of {@link resumeSeasonalBand}. */
export interface ResumeOptions {
    /** Arrays to write the band into (not `prior`'s); default: new ones. */
    reuse?: BandBuffers;
    /**
     * `reuse` already holds `prior`'s band before this index (it holds a band resumed earlier from the same
     * `prior` at this index), so less of the prefix is copied; default 0.
     */
    reuseEqualsPriorBefore?: number;
    /**
     * The datapoint values `prior` was computed from. With per-bucket σ, a bucket's band depends only on that
     * bucket's own datapoints, so every bucket whose datapoints from the checkpoint on all equal these keeps
     * `prior`'s band, copied instead of swept: a short fault touches a few buckets of a daily band's 96.
     * Default: none (every bucket is swept).
     */
    priorValues?: Float64Array;
}
/**
 * Continues a band from a checkpoint on new datapoints that are identical to the checkpointed ones before
 * `checkpoint.index` (same start, period and length; later values may differ). The result equals
 * `seasonalBand(datapoints, options)` bit for bit; only the datapoints from the checkpoint on are swept, the
 * band before them is copied from `prior` (the band the checkpoint was taken from). With `auto`, a
 * checkpoint inside the first `trainingDays` (which choose the seasonality) falls back to a full sweep.
 *
 * @example
 * const faultBand = resumeSeasonalBand(faulted, options, controlBand, checkpoints[0], { priorValues: control.values });
 * // the next fault, into the same arrays: only prior's datapoints from checkpoints[0].index on are copied
 * resumeSeasonalBand(faulted2, options, controlBand, checkpoints[1], { reuse: faultBand, reuseEqualsPriorBefore: checkpoints[0].index });
 */
export declare function resumeSeasonalBand(datapoints: Datapoints, options: BandOptions, prior: Band, checkpoint: BandCheckpoint, { reuse, reuseEqualsPriorBefore, priorValues }?: ResumeOptions): Band;
interface Plan {
    n: number;
    seasonality: Seasonality;
    bucketMinutes: number;
    /** Window length, datapoints. */
    window: number;
    /** No band before this index (auto: the first window chooses the seasonality). */
    notBefore: number;
    buckets: number;
    bucketPoints: number;
    seasonPoints: number;
    /** Position of datapoint 0 in its season, in periods: bucket = ⌊pos / bucketPoints⌋, into = pos mod bucketPoints. */
    position0: number;
    capacity: number;
    minPoints: number;
    k: number;
    clampLower: number | null;
    pooled: boolean;
    trainOnBreaching: boolean;
    trainOnCurrentSlot: boolean;
    /** Excluded datapoint index ranges, sorted and merged: from₀, to₀, from₁, to₁, … (to exclusive). */
    excluded: Float64Array;
    /** σ floor (minSigma): σ ≥ max(floorAbsolute, floorRelative·|expected|); both 0 without one. */
    floorAbsolute: number;
    floorRelative: number;
}
/**
 * The bucket layout and training window a band over `datapoints` uses (shared by the bucket models in
 * src/band/models/): window and bucket sizes in datapoints, where datapoint 0 sits in its season, how many
 * training datapoints a bucket needs, and the excluded index ranges. Plain data.
 */
export type BucketPlan = Readonly<Plan>;
/**
 * The {@link BucketPlan} of a seasonal band (`auto` chooses the seasonality from the first window).
 *
 * @throws RangeError as {@link seasonalBand} does
 * @example
 * bucketPlan(datapoints, DEFAULT_BAND_OPTIONS).buckets; // 96 (daily, 15-minute buckets)
 */
export declare function bucketPlan(datapoints: Datapoints, options: BandOptions): BucketPlan;
/**
 * The band sweep's bookkeeping (FIFOs, shifted sums, counters), held by a {@link BandCheckpoint}. Exported
 * only for its type; treat it as opaque.
 */
export interface SweepState {
    index: number;
    added: number;
    removed: number;
    /** Cursors into Plan.excluded (pair index) for the add and the remove loops. */
    excludedAdd: number;
    excludedRemove: number;
    fifo: Float64Array;
    head: Int32Array;
    count: Int32Array;
    shift: Float64Array;
    s1: Float64Array;
    s2: Float64Array;
    /** Σ (x − K)² over the adds and removes since the bucket's last re-anchoring: S2's rounding error scales with it. */
    squared: Float64Array;
    updates: Int32Array;
    /** Budget for early re-anchorings, in datapoint reads: +64 per update, −count per early re-anchoring. */
    credit: Float64Array;
    /** Pooled σ only: M2 total, its peak since the last recomputation, N, non-empty buckets, updates, budget. */
    pooled: Float64Array;
}
/**
 * The problem with a band's training window for datapoints of `periodSeconds`, as a message about
 * `trainingDays`, or null when the band is possible (see {@link seasonalBand}'s `@throws`). The bucket
 * models (seasonal, robust, ewma, and dailyWeekday with a daily season) share the rule; the window models
 * have none. Used by scenario
 * validation so the message can name the field; `auto` is checked at run time, after it chose a season.
 *
 * @throws RangeError when the bucket width does not fit the season (see {@link bucketLayout})
 * @example
 * bandWindowProblem({ ...DEFAULT_BAND_OPTIONS, trainingDays: 1 }, 60);
 * // '1 day leaves as few as 1 training datapoint of a bucket in the window, fewer than the 15 a band needs: …'
 */
export declare function bandWindowProblem(options: BandOptions, periodSeconds: number): string | null;
