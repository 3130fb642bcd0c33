import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
import { pointsIn, sigmaFloor, SortedWindow } from './common.js';
import { GRAFANA_MARGIN } from './grafanaAdaptive.js';
import { sweepWindow, Trailing, windowPointsOf } from './windowSweep.js';

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
export function grafanaRobustBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band {
  const p = datapoints.periodSeconds;
  const size = windowPointsOf(options, p);
  const hour = pointsIn(60, p, 2); // a median needs 2: at periods over 40 minutes the "hour" is 2 datapoints
  const dayOffset = pointsIn(23.75 * 60, p, 1);
  const weekOffset = pointsIn(167.75 * 60, p, 1);
  const n = datapoints.values.length;
  const k = options.k;
  return sweepWindow(
    datapoints,
    options,
    (train) => {
      const level = new SortedWindow(size);
      const deviation = new SortedWindow(size);
      const day = new SortedWindow(hour);
      const week = new SortedWindow(hour);
      const pasts = [day, week];
      const medians = new Float64Array(n).fill(Number.NaN);
      const deviations = new Float64Array(n).fill(Number.NaN);
      const levelWindow = new Trailing(train, size, 0, (x) => level.insert(x), (x) => level.remove(x));
      const deviationWindow = new Trailing(deviations, size, 0, (x) => deviation.insert(x), (x) => deviation.remove(x));
      const dayWindow = new Trailing(train, hour, dayOffset - 1, (x) => day.insert(x), (x) => day.remove(x));
      const weekWindow = new Trailing(train, hour, weekOffset - 1, (x) => week.insert(x), (x) => week.remove(x));
      return (i, out) => {
        if (i > 0) deviations[i - 1] = Math.abs(train[i - 1] - medians[i - 1]); // NaN unless both exist
        levelWindow.advance(i);
        deviationWindow.advance(i);
        dayWindow.advance(i);
        weekWindow.advance(i);
        if (level.size < 2) {
          out.expected = Number.NaN;
          return;
        }
        const median = level.quantile(0.5);
        medians[i] = median;
        let lower = median - GRAFANA_MARGIN * median;
        let upper = median + GRAFANA_MARGIN * median;
        const floor = sigmaFloor(options, median);
        if (deviation.size > 0 || floor > 0) {
          const mad = Math.max(deviation.size > 0 ? deviation.quantile(0.5) : 0, floor);
          lower = Math.min(lower, median - k * mad);
          upper = Math.max(upper, median + k * mad);
        }
        for (const past of pasts) {
          if (past.size < 2) continue;
          const m = past.quantile(0.5);
          const mad = Math.max(past.mad(m), sigmaFloor(options, m));
          lower = Math.min(lower, m - k * mad);
          upper = Math.max(upper, m + k * mad);
        }
        out.expected = median;
        out.lower = lower;
        out.upper = upper;
        out.sigma = Math.max(upper - median, median - lower) / k;
      };
    },
    reuse,
  );
}
