import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
import { trailingMedianBand } from './windowSweep.js';

/**
 * IQR / 1.349 is σ for normal data (the interquartile range of N(0, 1) is 1.349).
 *
 * @example
 * (q75 - q25) * IQR_TO_SIGMA; // σ
 */
export const IQR_TO_SIGMA = 1 / 1.349;

/**
 * `datadogBasic`: Datadog's `basic` anomaly algorithm, which its documentation describes only as "a simple
 * lagging rolling quantile computation to determine the range of expected values; it uses very little data
 * and adjusts quickly to changing conditions but has no knowledge of seasonal behavior or longer trends",
 * with `bounds` read as standard deviations. bandsim's reading (the formula is not published): over the
 * trailing `windowMinutes` (default 60) before datapoint i, expected = the median, σ = (Q75 − Q25)/1.349 (the
 * interquartile range as a normal σ), band = median ± k·σ; quantiles interpolated linearly between closest
 * ranks. Needs 2 training datapoints in the window. No clamp unless `clampLower`. No seasonality:
 * `seasonality`, `trainingDays`, buckets and `trainOnCurrentSlot` do not apply.
 *
 * Method: a sorted window, O(w) per datapoint.
 *
 * @example
 * const band = datadogBasicBand(datapoints, { ...DEFAULT_BAND_OPTIONS, model: 'datadogBasic' });
 */
export function datadogBasicBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band {
  return trailingMedianBand(datapoints, options, (sorted) => (sorted.quantile(0.75) - sorted.quantile(0.25)) * IQR_TO_SIGMA, reuse);
}
