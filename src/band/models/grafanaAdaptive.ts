import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
import { pointsIn, sigmaFloor, SortedWindow } from './common.js';
import { meanAndPopulationSigma, sweepWindow, Trailing, windowPointsOf } from './windowSweep.js';

/**
 * Grafana adaptive keeps σ_1h only where σ_1h > this × avg_1h (its `threshold_by_covar`).
 *
 * @example
 * sigma > GRAFANA_COVAR_THRESHOLD * avg; // σ kept
 */
export const GRAFANA_COVAR_THRESHOLD = 0.5;

/**
 * Grafana's margin band: the level ± this × the level (its `margin_multiplier`, both strategies).
 *
 * @example
 * avg + GRAFANA_MARGIN * avg; // the margin band's upper edge
 */
export const GRAFANA_MARGIN = 0.5;

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
export function grafanaAdaptiveBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band {
  const p = datapoints.periodSeconds;
  const size = windowPointsOf(options, p);
  const smoothing = pointsIn(26 * 60, p, 1);
  const dayOffset = pointsIn(23.5 * 60, p, 1);
  const weekOffset = pointsIn(167.5 * 60, p, 1);
  const n = datapoints.values.length;
  const k = options.k;
  return sweepWindow(
    datapoints,
    options,
    (train) => {
      const short = new SortedWindow(size);
      const day = new SortedWindow(size);
      const week = new SortedWindow(size);
      const pasts = [day, week];
      const shortWindow = new Trailing(train, size, 0, (x) => short.insert(x), (x) => short.remove(x));
      // The window ending `offset` datapoints before i holds j ∈ (i − offset − size, i − offset].
      const dayWindow = new Trailing(train, size, dayOffset - 1, (x) => day.insert(x), (x) => day.remove(x));
      const weekWindow = new Trailing(train, size, weekOffset - 1, (x) => week.insert(x), (x) => week.remove(x));
      const kept = new Float64Array(n).fill(Number.NaN);
      let keptSum = 0;
      let keptCount = 0;
      let sinceExact = 0;
      return (i, out) => {
        shortWindow.advance(i);
        dayWindow.advance(i);
        weekWindow.advance(i);
        let avg = Number.NaN;
        if (short.size >= 2) {
          const s = meanAndPopulationSigma(short.values, short.size);
          avg = s.mean;
          if (s.sigma > GRAFANA_COVAR_THRESHOLD * avg) kept[i] = s.sigma;
        }
        // σ_st: mean of kept σ_1h over j ∈ (i − smoothing, i].
        if (kept[i] === kept[i]) {
          keptSum += kept[i];
          keptCount++;
        }
        const old = i - smoothing;
        if (old >= 0 && kept[old] === kept[old]) {
          keptSum -= kept[old];
          keptCount--;
        }
        if (++sinceExact >= smoothing) {
          keptSum = 0;
          for (let j = Math.max(0, old + 1); j <= i; j++) if (kept[j] === kept[j]) keptSum += kept[j];
          sinceExact = 0;
        }
        if (!(avg === avg)) {
          out.expected = Number.NaN;
          return;
        }
        let lower = avg - GRAFANA_MARGIN * avg;
        let upper = avg + GRAFANA_MARGIN * avg;
        const floor = sigmaFloor(options, avg);
        if (keptCount > 0 || floor > 0) {
          const sigma = Math.max(keptCount > 0 ? keptSum / keptCount : 0, floor);
          lower = Math.min(lower, avg - k * sigma);
          upper = Math.max(upper, avg + k * sigma);
        }
        for (const past of pasts) {
          if (past.size < 2) continue;
          const s = meanAndPopulationSigma(past.values, past.size);
          const sigma = Math.max(s.sigma, sigmaFloor(options, s.mean));
          lower = Math.min(lower, s.mean - k * sigma);
          upper = Math.max(upper, s.mean + k * sigma);
        }
        out.expected = avg;
        out.lower = lower;
        out.upper = upper;
        out.sigma = Math.max(upper - avg, avg - lower) / k;
      };
    },
    reuse,
  );
}
