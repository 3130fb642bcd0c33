import type { Datapoints } from '../alarm/aggregate.js';
import { chooseSeasonality } from './chooseSeasonality.js';
import { WINDOW_MODELS, type BandOptions } from './options.js';
import { bucketLayout, bucketMinutesFor, phaseInSeason, type Seasonality } from './seasonality.js';
import { DAY_MS } from '../core/time.js';
import { allocateBand as allocateBandArrays, excludedIndexRanges, writeBand, writeNoBand } from './models/common.js';

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
export function seasonalBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band {
  const plan = planBand(datapoints, options, null);
  const band = allocateBand(plan, reuse);
  sweep(plan, newState(plan), datapoints.values, band, [], []);
  return band;
}

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
export function seasonalBandWithCheckpoints(
  datapoints: Datapoints,
  options: BandOptions,
  at: readonly number[],
): { band: Band; checkpoints: BandCheckpoint[] } {
  const plan = planBand(datapoints, options, null);
  const band = allocateBand(plan, undefined);
  const wanted = [...new Set(at)].filter((i) => Number.isInteger(i) && i >= 0 && i <= plan.n).sort((a, b) => a - b);
  const checkpoints: BandCheckpoint[] = [];
  sweep(plan, newState(plan), datapoints.values, band, wanted, checkpoints);
  return { band, checkpoints };
}

/**
 * Whether two bands' bucket statistics are the same, so that one sweep can give both
 * ({@link seasonalBandsWithCheckpoints}): the seasonal model with the same options but for `k`, `sigma` and
 * `clampLower`, each training on every datapoint (with `trainOnBreaching` false, what trains depends on the
 * band's own edges).
 *
 * @example
 * shareSweep({ ...DEFAULT_BAND_OPTIONS, sigma: 'pooled' }, DEFAULT_BAND_OPTIONS); // true
 */
export function shareSweep(a: BandOptions, b: BandOptions): boolean {
  if ((a.model ?? 'seasonal') !== 'seasonal' || (b.model ?? 'seasonal') !== 'seasonal' || !a.trainOnBreaching || !b.trainOnBreaching) return false;
  const rest = (o: BandOptions) => JSON.stringify({ ...o, k: 0, sigma: '', clampLower: null });
  return rest(a) === rest(b);
}

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
export function seasonalBandsWithCheckpoints(
  datapoints: Datapoints,
  options: readonly BandOptions[],
  at: readonly number[],
): { bands: Band[]; checkpoints: BandCheckpoint[] } {
  if (options.length === 0) return { bands: [], checkpoints: [] };
  if (options.length > 1 && options.some((o) => !shareSweep(o, options[0]))) throw new RangeError('seasonalBandsWithCheckpoints: the bands do not share one sweep');
  // The sweep's own band is a pooled one if any is (pooled σ needs its bookkeeping), the others come along.
  const first = Math.max(0, options.findIndex((o) => o.sigma === 'pooled'));
  const plan = planBand(datapoints, options[first], null);
  const bands = options.map(() => allocateBand(plan, undefined));
  const also: AlsoBand[] = options
    .map((o, j) => ({ out: bands[j], k: o.k, clampLower: o.clampLower, pooled: o.sigma === 'pooled', j }))
    .filter((x) => x.j !== first);
  const wanted = [...new Set(at)].filter((i) => Number.isInteger(i) && i >= 0 && i <= plan.n).sort((a, b) => a - b);
  const checkpoints: BandCheckpoint[] = [];
  sweep(plan, newState(plan), datapoints.values, bands[first], wanted, checkpoints, null, also);
  return { bands, checkpoints };
}

/** A band written by the same sweep as another: its own k, clamp and σ kind. */
interface AlsoBand {
  out: Band;
  k: number;
  clampLower: number | null;
  pooled: boolean;
}

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
export function resumeSeasonalBand(
  datapoints: Datapoints,
  options: BandOptions,
  prior: Band,
  checkpoint: BandCheckpoint,
  { reuse, reuseEqualsPriorBefore = 0, priorValues }: ResumeOptions = {},
): Band {
  const plan = planBand(datapoints, options, options.seasonality === 'auto' ? prior.seasonality : null);
  if (checkpoint.index < plan.notBefore || prior.expected.length !== plan.n) return seasonalBand(datapoints, options, reuse);
  const band = allocateBand(plan, reuse);
  const copyFrom = band.expected === reuse?.expected ? Math.max(0, Math.min(reuseEqualsPriorBefore, checkpoint.index)) : 0;
  for (const key of ['expected', 'sigma', 'lower', 'upper'] as const) {
    band[key].set(prior[key].subarray(copyFrom, checkpoint.index), copyFrom);
  }
  const touched = !plan.pooled && priorValues?.length === plan.n ? touchedBuckets(plan, datapoints.values, priorValues, checkpoint.index) : null;
  sweep(plan, copyState(checkpoint.state as SweepState), datapoints.values, band, [], [], touched ? { touched, prior } : null);
  return band;
}

/** 1 for each bucket holding a datapoint at or after `from` whose value differs from `prior`'s (NaN equals NaN). */
function touchedBuckets(plan: Plan, values: Float64Array, prior: Float64Array, from: number): Uint8Array {
  const touched = new Uint8Array(plan.buckets);
  for (let i = from; i < plan.n; i++) {
    if (!Object.is(values[i], prior[i])) touched[Math.floor(((plan.position0 + i) % plan.seasonPoints) / plan.bucketPoints)] = 1;
  }
  return touched;
}

// -------------------------------------------------------------------------------------------------------------
// The plan (everything fixed by the options and the grid) and the sweep's state.
// -------------------------------------------------------------------------------------------------------------

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
export function bucketPlan(datapoints: Datapoints, options: BandOptions): BucketPlan {
  return planBand(datapoints, options, null);
}

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

const P_M2 = 0,
  P_PEAK = 1,
  P_N = 2,
  P_NON_EMPTY = 3,
  P_UPDATES = 4,
  P_CREDIT = 5;

function planBand(datapoints: Datapoints, options: BandOptions, resolved: Seasonality | null): Plan {
  const { values, startMs, periodSeconds } = datapoints;
  const n = values.length;
  const periodMs = periodSeconds * 1000;
  const window = Math.round((options.trainingDays * DAY_MS) / periodMs);
  let seasonality: Seasonality;
  let notBefore = 0;
  if (options.seasonality === 'auto') {
    seasonality = resolved ?? chooseSeasonality(datapoints, window, periodSeconds);
    notBefore = Math.min(n, window);
  } else {
    seasonality = options.seasonality;
  }
  const bucketMinutes = bucketMinutesFor(options.bucketMinutes, seasonality, periodSeconds);
  const layout = bucketLayout(seasonality, bucketMinutes, periodSeconds);
  const bucketPoints = layout.bucketMs / periodMs;
  const seasonPoints = layout.seasonMs / periodMs;
  const minPoints = bandMinPoints(options, window, seasonPoints, bucketPoints);
  const problem = windowProblem(options, window, seasonPoints, bucketPoints, minPoints, seasonality);
  if (problem) throw new RangeError(`band: trainingDays: ${problem}`);
  const excluded: number[] = [];
  const ranges = excludedIndexRanges(datapoints, options.excludedTimeRanges).sort((a, b) => a[0] - b[0]);
  for (const [from, to] of ranges) {
    if (excluded.length > 0 && from <= excluded[excluded.length - 1]) {
      excluded[excluded.length - 1] = Math.max(excluded[excluded.length - 1], to);
    } else {
      excluded.push(from, to);
    }
  }
  return {
    n,
    seasonality,
    bucketMinutes,
    window,
    notBefore,
    buckets: layout.buckets,
    bucketPoints,
    seasonPoints,
    position0: Math.floor(phaseInSeason(layout, startMs) / periodMs),
    capacity: (Math.ceil(window / seasonPoints) + 1) * bucketPoints,
    minPoints,
    k: options.k,
    clampLower: options.clampLower,
    pooled: options.sigma === 'pooled',
    trainOnBreaching: options.trainOnBreaching,
    trainOnCurrentSlot: options.trainOnCurrentSlot,
    excluded: Float64Array.from(excluded),
    floorAbsolute: options.minSigma?.absolute ?? 0,
    floorRelative: options.minSigma?.relative ?? 0,
  };
}

/**
 * Training datapoints a bucket needs for a band: `minSeasons` seasons' worth, capped at the complete
 * occurrences a full window always holds (the oldest is partly expired, so whole seasons in it − 1, at least
 * 1: a 14-day weekly band needs 1 week), and never fewer than 2 (σ needs two values).
 */
function bandMinPoints(options: BandOptions, window: number, seasonPoints: number, bucketPoints: number): number {
  const alwaysHeld = Math.max(1, Math.floor(window / seasonPoints) - 1);
  return Math.max(2, Math.round(Math.min(options.minSeasons, alwaysHeld) * bucketPoints));
}

/**
 * Why a window cannot give a band everywhere, or null. It must span a season, and (without
 * `trainOnCurrentSlot`) hold `minPoints` training datapoints of a bucket at every position in the bucket
 * occurrence: a window of exactly one season holds only the part of the last occurrence after the current
 * position, so such a band would exist only at the first datapoint of each occurrence.
 */
function windowProblem(
  options: BandOptions,
  window: number,
  seasonPoints: number,
  bucketPoints: number,
  minPoints: number,
  seasonality: Seasonality,
): string | null {
  const days = `${options.trainingDays} day${options.trainingDays === 1 ? '' : 's'}`;
  if (window < seasonPoints) return `${days} is shorter than one ${seasonality} season`;
  if (options.trainOnCurrentSlot) return null;
  // Datapoint `into` periods into an occurrence keeps, of the occurrence j seasons back, those at or after
  // i − window: min(bucketPoints, window − into − j·season + bucketPoints) of them. Fewest at into = last.
  let held = 0;
  for (let j = 1; j * seasonPoints <= window; j++) held += Math.min(bucketPoints, window - j * seasonPoints + 1);
  if (held >= minPoints) return null;
  return (
    `${days} leave${options.trainingDays === 1 ? 's' : ''} as few as ${held} training datapoint${held === 1 ? '' : 's'} of a bucket ` +
    `in the window, fewer than the ${minPoints} a band needs: make the window longer than one ${seasonality} season ` +
    `by at least one bucket, or set trainOnCurrentSlot`
  );
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
export function bandWindowProblem(options: BandOptions, periodSeconds: number): string | null {
  const model = options.model ?? 'seasonal';
  // Window models learn from a short trailing window (at least 2 datapoints), not from buckets.
  if (WINDOW_MODELS.includes(model)) return null;
  if (model === 'dailyWeekday' && options.seasonality !== 'daily') return bandWindowProblem({ ...options, seasonality: 'daily' }, periodSeconds);
  if (options.seasonality === 'auto') return null;
  const periodMs = periodSeconds * 1000;
  const window = Math.round((options.trainingDays * DAY_MS) / periodMs);
  const bucketMinutes = bucketMinutesFor(options.bucketMinutes, options.seasonality, periodSeconds);
  const layout = bucketLayout(options.seasonality, bucketMinutes, periodSeconds);
  const bucketPoints = layout.bucketMs / periodMs;
  const seasonPoints = layout.seasonMs / periodMs;
  const minPoints = bandMinPoints(options, window, seasonPoints, bucketPoints);
  return windowProblem(options, window, seasonPoints, bucketPoints, minPoints, options.seasonality);
}

function allocateBand(plan: Plan, reuse: BandBuffers | undefined): Band {
  return allocateBandArrays(plan.n, plan.seasonality, plan.bucketMinutes, reuse);
}

function newState(plan: Plan): SweepState {
  const B = plan.buckets;
  return {
    index: 0,
    added: 0,
    removed: 0,
    excludedAdd: 0,
    excludedRemove: 0,
    fifo: new Float64Array(B * plan.capacity),
    head: new Int32Array(B),
    count: new Int32Array(B),
    shift: new Float64Array(B),
    s1: new Float64Array(B),
    s2: new Float64Array(B),
    squared: new Float64Array(B),
    updates: new Int32Array(B),
    credit: new Float64Array(B),
    pooled: new Float64Array(6),
  };
}

function cloneState(state: SweepState): SweepState {
  return {
    ...state,
    fifo: state.fifo.slice(),
    head: state.head.slice(),
    count: state.count.slice(),
    shift: state.shift.slice(),
    s1: state.s1.slice(),
    s2: state.s2.slice(),
    squared: state.squared.slice(),
    updates: state.updates.slice(),
    credit: state.credit.slice(),
    pooled: state.pooled.slice(),
  };
}

/**
 * The sweep state a resume works on: a copy of a checkpoint's, made in the arrays of the previous resume's
 * when they have the same sizes (a fault run after another), so resuming allocates nothing. Safe to share:
 * a sweep runs to its end before the next starts, and nothing keeps a resume's state after it.
 */
let resumeScratch: SweepState | null = null;

function copyState(state: SweepState): SweepState {
  const target = resumeScratch;
  if (!target || target.fifo.length !== state.fifo.length || target.head.length !== state.head.length) {
    resumeScratch = cloneState(state);
    return resumeScratch;
  }
  Object.assign(target, { index: state.index, added: state.added, removed: state.removed, excludedAdd: state.excludedAdd, excludedRemove: state.excludedRemove });
  for (const key of ['fifo', 'head', 'count', 'shift', 's1', 's2', 'squared', 'updates', 'credit', 'pooled'] as const) {
    (target[key] as Float64Array).set(state[key] as Float64Array);
  }
  return target;
}

// -------------------------------------------------------------------------------------------------------------
// The sweep
// -------------------------------------------------------------------------------------------------------------

/** Early re-anchoring when the squares summed since the last one exceed this multiple of M2. */
const DRIFT = 1e4;
/** An update earns this share of a re-anchoring's cost (count datapoint reads) for early ones. */
const EARN = 64;

/**
 * Sweeps datapoints `state.index … n − 1`, writing the band into `out` and updating `state`; saves a copy of
 * the state just before each index of `checkpointsAt` (sorted) into `checkpoints`. With `unchanged`, the
 * buckets not `touched` keep `unchanged.prior`'s band and their state is left stale (a resume's state is
 * thrown away after it). `also`: more bands from the same bucket statistics (see seasonalBandsWithCheckpoints).
 */
function sweep(
  plan: Plan,
  state: SweepState,
  values: Float64Array,
  out: Band,
  checkpointsAt: readonly number[],
  checkpoints: BandCheckpoint[],
  unchanged: { touched: Uint8Array; prior: Band } | null = null,
  also: readonly AlsoBand[] = [],
): void {
  const { n, window, capacity, minPoints, notBefore, k, clampLower, pooled, excluded, floorAbsolute, floorRelative } = plan;
  const B = plan.buckets;
  const bucketPoints = plan.bucketPoints;
  const currentSlot = plan.trainOnCurrentSlot;
  const onlyInBand = !plan.trainOnBreaching;
  const excludedPairs = excluded.length / 2;
  const { fifo, head, count, shift, s1, s2, squared, updates, credit } = state;
  const { expected, sigma, lower, upper } = out;
  // Buckets left as in `unchanged.prior` (per-bucket σ only): neither trained nor swept, their band copied.
  const touched = unchanged?.touched ?? null;
  const creditCap = EARN * capacity;
  const pooledCap = EARN * window;
  let { added, removed, excludedAdd, excludedRemove } = state;
  let pooledM2 = state.pooled[P_M2];
  let pooledPeak = state.pooled[P_PEAK];
  let pooledN = state.pooled[P_N];
  let nonEmpty = state.pooled[P_NON_EMPTY];
  let pooledUpdates = state.pooled[P_UPDATES];
  let pooledCredit = state.pooled[P_CREDIT];
  // Bucket and position in the bucket occurrence of datapoints i, added and removed, counted forward.
  const season = plan.seasonPoints;
  const start = state.index;
  let pos = (plan.position0 + start) % season;
  let bucketI = Math.floor(pos / bucketPoints);
  let intoI = pos - bucketI * bucketPoints;
  pos = (plan.position0 + added) % season;
  let bucketA = Math.floor(pos / bucketPoints);
  let intoA = pos - bucketA * bucketPoints;
  pos = (plan.position0 + removed) % season;
  let bucketR = Math.floor(pos / bucketPoints);
  let intoR = pos - bucketR * bucketPoints;
  let nextCheckpoint = 0;
  while (nextCheckpoint < checkpointsAt.length && checkpointsAt[nextCheckpoint] < start) nextCheckpoint++;

  for (let i = start; i <= n; i++) {
    while (nextCheckpoint < checkpointsAt.length && checkpointsAt[nextCheckpoint] === i) {
      saveScalars(state, i, added, removed, excludedAdd, excludedRemove, pooledM2, pooledPeak, pooledN, nonEmpty, pooledUpdates, pooledCredit);
      checkpoints.push({ index: i, state: cloneState(state) });
      nextCheckpoint++;
    }
    if (i === n) break;

    // 1. Add the datapoints that entered the window: up to i, or to the start of i's bucket occurrence.
    const cutoff = currentSlot ? i : i - intoI;
    for (; added < cutoff; added++) {
      const x = values[added];
      let trains = x === x; // not NaN
      if (trains && excludedPairs > 0) {
        while (excludedAdd < excludedPairs && excluded[2 * excludedAdd + 1] <= added) excludedAdd++;
        trains = !(excludedAdd < excludedPairs && excluded[2 * excludedAdd] <= added);
      }
      if (trains && touched !== null) trains = touched[bucketA] === 1;
      if (trains && onlyInBand) trains = !(x < lower[added] || x > upper[added]);
      if (trains) {
        const b = bucketA;
        let c = count[b];
        const before = pooled && c > 0 ? s2[b] - (s1[b] * s1[b]) / c : 0;
        if (c === 0) {
          shift[b] = x;
          nonEmpty++;
        }
        let slot = head[b] + c;
        if (slot >= capacity) slot -= capacity;
        fifo[b * capacity + slot] = x;
        count[b] = ++c;
        const d = x - shift[b];
        const dd = d * d;
        s1[b] += d;
        s2[b] += dd;
        squared[b] += dd;
        const u = ++updates[b];
        let budget = credit[b] + EARN;
        if (budget > creditCap) budget = creditCap;
        if (u >= capacity) reanchor(state, capacity, b);
        else if (squared[b] * c > DRIFT * (s2[b] * c - s1[b] * s1[b]) && budget >= c) {
          budget -= c;
          reanchor(state, capacity, b);
        }
        credit[b] = budget;
        if (pooled) {
          pooledN++;
          pooledM2 += s2[b] - (s1[b] * s1[b]) / c - before;
          if (pooledM2 > pooledPeak) pooledPeak = pooledM2;
          ++pooledUpdates;
          pooledCredit = Math.min(pooledCap, pooledCredit + EARN);
          if (pooledUpdates >= window || (pooledPeak > DRIFT * Math.max(0, pooledM2) && pooledCredit >= B)) {
            if (pooledUpdates < window) pooledCredit -= B;
            pooledM2 = pooledTotal(state, B);
            pooledUpdates = 0;
            pooledPeak = pooledM2;
          }
        }
      }
      if (++intoA === bucketPoints) {
        intoA = 0;
        if (++bucketA === B) bucketA = 0;
      }
    }

    // 2. Remove the datapoints that left the window (those before i − window).
    for (const limit = i - window; removed < limit; removed++) {
      const x = values[removed];
      let trained = x === x;
      if (trained && excludedPairs > 0) {
        while (excludedRemove < excludedPairs && excluded[2 * excludedRemove + 1] <= removed) excludedRemove++;
        trained = !(excludedRemove < excludedPairs && excluded[2 * excludedRemove] <= removed);
      }
      if (trained && touched !== null) trained = touched[bucketR] === 1;
      if (trained && onlyInBand) trained = !(x < lower[removed] || x > upper[removed]);
      if (trained) {
        const b = bucketR;
        let c = count[b];
        const before = pooled ? s2[b] - (s1[b] * s1[b]) / c : 0;
        let h = head[b] + 1;
        if (h === capacity) h = 0;
        head[b] = h;
        count[b] = --c;
        if (c === 0) nonEmpty--;
        const d = x - shift[b];
        const dd = d * d;
        s1[b] -= d;
        s2[b] -= dd;
        squared[b] += dd;
        const u = ++updates[b];
        let budget = credit[b] + EARN;
        if (budget > creditCap) budget = creditCap;
        if (u >= capacity) reanchor(state, capacity, b);
        else if ((c > 0 ? squared[b] * c > DRIFT * (s2[b] * c - s1[b] * s1[b]) : squared[b] > 0) && budget >= c) {
          budget -= c;
          reanchor(state, capacity, b);
        }
        credit[b] = budget;
        if (c === 0) {
          s1[b] = 0;
          s2[b] = 0;
        }
        if (pooled) {
          pooledN--;
          pooledM2 += (c > 0 ? s2[b] - (s1[b] * s1[b]) / c : 0) - before;
          if (pooledM2 > pooledPeak) pooledPeak = pooledM2;
          ++pooledUpdates;
          pooledCredit = Math.min(pooledCap, pooledCredit + EARN);
          if (pooledUpdates >= window || (pooledPeak > DRIFT * Math.max(0, pooledM2) && pooledCredit >= B)) {
            if (pooledUpdates < window) pooledCredit -= B;
            pooledM2 = pooledTotal(state, B);
            pooledUpdates = 0;
            pooledPeak = pooledM2;
          }
        }
      }
      if (++intoR === bucketPoints) {
        intoR = 0;
        if (++bucketR === B) bucketR = 0;
      }
    }

    // 3. The band at i from its bucket.
    const c = count[bucketI];
    if (touched !== null && touched[bucketI] === 0) {
      const prior = unchanged!.prior;
      expected[i] = prior.expected[i];
      sigma[i] = prior.sigma[i];
      lower[i] = prior.lower[i];
      upper[i] = prior.upper[i];
    } else if (i < notBefore || c < minPoints) {
      writeNoBand(out, i);
      for (let j = 0; j < also.length; j++) writeNoBand(also[j].out, i);
    } else {
      const mean = shift[bucketI] + s1[bucketI] / c;
      const bucketVariance = (s2[bucketI] - (s1[bucketI] * s1[bucketI]) / c) / (c - 1);
      const pooledVariance = pooledN - nonEmpty > 0 ? pooledM2 / (pooledN - nonEmpty) : 0;
      writeBand(out, i, mean, Math.sqrt(Math.max(0, pooled ? pooledVariance : bucketVariance)), k, clampLower, floorAbsolute, floorRelative);
      for (let j = 0; j < also.length; j++) {
        const other = also[j];
        writeBand(other.out, i, mean, Math.sqrt(Math.max(0, other.pooled ? pooledVariance : bucketVariance)), other.k, other.clampLower, floorAbsolute, floorRelative);
      }
    }
    if (++intoI === bucketPoints) {
      intoI = 0;
      if (++bucketI === B) bucketI = 0;
    }
  }
  saveScalars(state, n, added, removed, excludedAdd, excludedRemove, pooledM2, pooledPeak, pooledN, nonEmpty, pooledUpdates, pooledCredit);
}

/** Stores the sweep's scalars (kept in locals during the sweep, not in a closure: that would slow it down). */
function saveScalars(
  state: SweepState,
  index: number,
  added: number,
  removed: number,
  excludedAdd: number,
  excludedRemove: number,
  ...pooled: number[]
): void {
  state.index = index;
  state.added = added;
  state.removed = removed;
  state.excludedAdd = excludedAdd;
  state.excludedRemove = excludedRemove;
  state.pooled.set(pooled);
}

/**
 * Re-anchors bucket b: K = its exact mean, computed as oldest + mean offset from it (exact for a constant
 * bucket, so its deviations are exactly 0), then S1 and S2 by a second pass over the FIFO.
 */
function reanchor(state: SweepState, capacity: number, b: number): void {
  const { fifo, head, count } = state;
  const c = count[b];
  const base = b * capacity;
  const h = head[b];
  // The FIFO's values in order: [h, end) then [0, wrap).
  const end = Math.min(capacity, h + c);
  const wrap = h + c - end;
  const first = c > 0 ? fifo[base + h] : 0;
  let sum = 0;
  for (let q = base + h; q < base + end; q++) sum += fifo[q] - first;
  for (let q = base; q < base + wrap; q++) sum += fifo[q] - first;
  const mean = c > 0 ? first + sum / c : 0;
  let d1 = 0;
  let d2 = 0;
  for (let q = base + h; q < base + end; q++) {
    const d = fifo[q] - mean;
    d1 += d;
    d2 += d * d;
  }
  for (let q = base; q < base + wrap; q++) {
    const d = fifo[q] - mean;
    d1 += d;
    d2 += d * d;
  }
  state.shift[b] = mean;
  state.s1[b] = d1;
  state.s2[b] = d2;
  state.updates[b] = 0;
  state.squared[b] = d2;
}

/** Σ_b M2_b, recomputed from the buckets' sums. */
function pooledTotal(state: SweepState, B: number): number {
  const { count, s1, s2 } = state;
  let total = 0;
  for (let q = 0; q < B; q++) total += count[q] > 0 ? s2[q] - (s1[q] * s1[q]) / count[q] : 0;
  return total;
}
