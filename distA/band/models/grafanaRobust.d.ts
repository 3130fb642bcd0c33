import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
/**
 * `grafanaRobust`: the `robust` strategy of Grafana's promql-anomaly-detection framework
 * (github.com/grafana/promql-anomaly-detection, rules/robust.yml), on bandsim's datapoints:
 *
 * - median_lt = the median of the training datapoints in the trailing `windowMinutes` (default 1440, one
 *   day) before datapoint i; abs_dev_j = |x_j − median_lt(j)|; MAD_lt = the median of abs_dev over the same
 *   trailing window (Grafana's "approximate MAD": each deviation from the median of its own time);
 * - short-term band median_lt ± k·MAD_lt (k = Grafana's MAD multiplier, 2; MAD not scaled to σ); margin band
 *   median_lt ± 0.5·median_lt; seasonal bands median ± k·MAD of the training datapoints in the hour ending
 *   23 h 45 min and 167 h 45 min before i;
 * - lower = the lowest of the bands present, clamped at `clampLower` or 0; upper = the highest; expected =
 *   median_lt; σ (reported) = the wider half of the combined band ÷ k.
 *
 * Simplifications: windows end just before i (causal); offsets and windows rounded to whole periods, a window at
 * least 2 datapoints (so at hourly periods the seasonal "hour" is the 2 datapoints ending 24 and 168 periods
 * back); the seasonal bands' MAD is the plain MAD of that hour (Grafana takes a further 1-hour median of a recorded deviation series);
 * a median needs 2 training datapoints; the level compared is the datapoint itself, not Grafana's 1-hour
 * median of the metric (every model goes through the same alarm evaluation). minSigma floors MAD_lt and the
 * seasonal MADs. No buckets: `seasonality`, `trainingDays`, `trainOnCurrentSlot` do not apply.
 *
 * Method: sorted windows for the median, the deviations and the two seasonal hours; O(w) per datapoint.
 *
 * @example
 * const band = grafanaRobustBand(datapoints, { ...DEFAULT_BAND_OPTIONS, model: 'grafanaRobust' });
 */
export declare function grafanaRobustBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
