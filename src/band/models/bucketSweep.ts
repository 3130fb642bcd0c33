import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers, BucketPlan } from '../seasonalBand.js';
import { allocateBand, excludedMask, trainsAt, writeBand, writeNoBand } from './common.js';

/**
 * The training datapoints of each bucket, oldest first, as datapoint indices in per-bucket rings: bucket b's
 * are `ring[b·capacity + (head[b] + q) mod capacity]` for q = 0 … count[b] − 1.
 *
 * @example
 * const newest = rings.ring[b * rings.capacity + ((rings.head[b] + rings.count[b] - 1) % rings.capacity)];
 */
export interface BucketRings {
  readonly capacity: number;
  readonly ring: Int32Array;
  readonly head: Int32Array;
  readonly count: Int32Array;
}

/**
 * What a bucket model adds to the shared sweep: its own bookkeeping as training datapoints enter and leave
 * the window, and the expected value and σ of a datapoint from its bucket's training datapoints.
 *
 * @example
 * const plainMean: BucketEstimator = { add() {}, remove() {}, estimate(i, b, out) { out.expected = ...; out.sigma = ...; } };
 */
export interface BucketEstimator {
  /** Datapoint j (of bucket b) entered the training window; it is already the newest in `rings`. */
  add(j: number, b: number): void;
  /** Datapoint j (of bucket b) left the training window; it is already gone from `rings`. */
  remove(j: number, b: number): void;
  /** Expected value and σ at datapoint i from bucket b's training datapoints (at least the plan's minimum). */
  estimate(i: number, b: number, out: { expected: number; sigma: number }): void;
}

/**
 * The sweep the bucket models (robust, ewma, dailyWeekday) share with the seasonal band's rules: datapoint i
 * of bucket b is banded from b's training datapoints in [t_i − trainingDays, cutoff), cutoff = the start of
 * i's bucket occurrence (or t_i with `trainOnCurrentSlot`), once b holds the plan's `minPoints`. Training
 * datapoints are present, outside every excluded range and (with `trainOnBreaching` false) inside their own
 * band. Band = expected ± k·σ, σ raised to the minSigma floor, lower edge clamped at `clampLower`. Causal:
 * the band at i reads only datapoints before i.
 *
 * @example
 * const band = sweepBuckets(datapoints, options, bucketPlan(datapoints, options), (rings) => myEstimator(rings));
 */
export function sweepBuckets(
  datapoints: Datapoints,
  options: BandOptions,
  plan: BucketPlan,
  makeEstimator: (rings: BucketRings) => BucketEstimator,
  reuse?: BandBuffers,
): Band {
  const { n, window, minPoints, notBefore, bucketPoints, seasonPoints, position0, buckets, capacity } = plan;
  const values = datapoints.values;
  const excluded = excludedMask(datapoints, options);
  const trains = new Uint8Array(n);
  const band = allocateBand(n, plan.seasonality, plan.bucketMinutes, reuse);
  const rings: BucketRings = { capacity, ring: new Int32Array(buckets * capacity), head: new Int32Array(buckets), count: new Int32Array(buckets) };
  const estimator = makeEstimator(rings);
  const bucketOf = (j: number) => Math.floor(((position0 + j) % seasonPoints) / bucketPoints);
  const out = { expected: Number.NaN, sigma: Number.NaN };
  let added = 0;
  let removed = 0;
  for (let i = 0; i < n; i++) {
    const pos = (position0 + i) % seasonPoints;
    const bucket = Math.floor(pos / bucketPoints);
    const cutoff = options.trainOnCurrentSlot ? i : i - (pos - bucket * bucketPoints);
    for (; added < cutoff; added++) {
      if (trains[added] === 0) continue;
      const b = bucketOf(added);
      let slot = rings.head[b] + rings.count[b];
      if (slot >= capacity) slot -= capacity;
      rings.ring[b * capacity + slot] = added;
      rings.count[b]++;
      estimator.add(added, b);
    }
    for (const limit = i - window; removed < limit; removed++) {
      if (trains[removed] === 0) continue;
      const b = bucketOf(removed);
      rings.head[b] = rings.head[b] + 1 === capacity ? 0 : rings.head[b] + 1;
      rings.count[b]--;
      estimator.remove(removed, b);
    }
    if (i < notBefore || rings.count[bucket] < minPoints) {
      writeNoBand(band, i);
    } else {
      estimator.estimate(i, bucket, out);
      writeBand(band, i, out.expected, out.sigma, options.k, options.clampLower, options.minSigma?.absolute ?? 0, options.minSigma?.relative ?? 0);
    }
    trains[i] = trainsAt(band, values, excluded, i, options.trainOnBreaching) ? 1 : 0;
  }
  return band;
}
