import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
import { meanAndPopulationSigma, trailingMedianBand } from './windowSweep.js';

/**
 * `awsPromql`: AWS's PromQL anomaly-band recipe (Amazon CloudWatch user guide, "Anomaly detection using
 * PromQL"): upper = quantile_over_time(0.5, m[60m] offset 1m) + 3·stddev_over_time(m[60m] offset 1m), lower
 * = clamp_min(median − 3·σ, 0). Here: expected = median of the training datapoints in the trailing
 * `windowMinutes` (default 60) before datapoint i (i itself excluded, as the recipe's `offset 1m` excludes the
 * current minute), σ = their population standard deviation (PromQL's), band = median ± k·σ with k = 3 by
 * default, lower edge clamped at `clampLower`, or 0 when that is null. Needs 2 training datapoints in the
 * window. No seasonality: `seasonality`, `trainingDays`, buckets and `trainOnCurrentSlot` do not apply.
 *
 * Method: a sorted window (O(w) insertion and removal), σ by two passes over it: O(w) per datapoint.
 *
 * @example
 * const band = awsPromqlBand(datapoints, bandOptionsSchema.parse({ model: 'awsPromql' }));
 */
export function awsPromqlBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band {
  return trailingMedianBand(datapoints, options, (sorted) => meanAndPopulationSigma(sorted.values, sorted.size).sigma, reuse);
}
