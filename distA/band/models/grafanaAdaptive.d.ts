import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
/**
 * Grafana adaptive keeps σ_1h only where σ_1h > this × avg_1h (its `threshold_by_covar`).
 *
 * @example
 * sigma > GRAFANA_COVAR_THRESHOLD * avg; // σ kept
 */
export declare const GRAFANA_COVAR_THRESHOLD = 0.5;
/**
 * Grafana's margin band: the level ± this × the level (its `margin_multiplier`, both strategies).
 *
 * @example
 * avg + GRAFANA_MARGIN * avg; // the margin band's upper edge
 */
export declare const GRAFANA_MARGIN = 0.5;
/**
 * `grafanaAdaptive`: the `adaptive` strategy of Grafana's promql-anomaly-detection framework
 * (github.com/grafana/promql-anomaly-detection, rules/adaptive.yml), on bandsim's datapoints:
 *
 * - avg_1h, σ_1h: mean and population σ of the training datapoints in the trailing `windowMinutes` (default
 *   60) before datapoint i;
 * - σ_1h is kept only where σ_1h > 0.5·avg_1h (Grafana's "high-pass filter" on the coefficient of variation);
 *   σ_st = the mean of the kept σ_1h over the last 26 hours (up to and including i's);
 * - short-term band avg_1h ± k·σ_st (k = Grafana's stddev multiplier, 2); margin band avg_1h ± 0.5·avg_1h;
 *   long-term bands mean ± k·σ of the training datapoints in the window ending 23 h 30 min and 167 h 30 min
 *   before i (Grafana: `[1h] offset 23h30m` and `offset 167h30m`);
 * - lower = the lowest of the bands present, clamped at `clampLower` or 0; upper = the highest; expected =
 *   avg_1h; σ (reported) = the wider half of the combined band ÷ k.
 *
 * Simplifications: windows end just before i (Grafana's include the current sample; bandsim's bands are
 * causal); offsets and windows are rounded to whole periods; a window needs 2 training datapoints (Grafana
 * takes 1); the alert compares the datapoint itself, through the same alarm evaluation as every model
 * (Grafana's `for: 5m` is the alarm's M of N); the sparse-metric filter and the 2-minute/10-minute
 * staleness lookbacks are left out. minSigma floors σ_st (a short-term band then exists even where Grafana's
 * filter removed every σ_1h) and the long-term σ. No buckets: `seasonality`, `trainingDays`,
 * `trainOnCurrentSlot` do not apply.
 *
 * Method: sorted windows for the three trailing windows (O(w) per datapoint), σ_st from a running sum of the
 * kept σ_1h, recomputed exactly once per 26-hour window.
 *
 * @example
 * const band = grafanaAdaptiveBand(datapoints, { ...DEFAULT_BAND_OPTIONS, model: 'grafanaAdaptive' });
 */
export declare function grafanaAdaptiveBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
