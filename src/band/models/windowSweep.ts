import type { Datapoints } from '../../alarm/aggregate.js';
import { clampLowerOf, windowMinutesOf, type BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
import { allocateBand, excludedMask, pointsIn, sigmaFloor, SortedWindow, trainsAt, writeNoBand } from './common.js';

/**
 * A window model's band at one datapoint, before the lower edge is clamped. NaN expected: no band.
 *
 * @example
 * const out: WindowBand = { expected: 10, sigma: 1, lower: 8, upper: 12 };
 */
export interface WindowBand {
  expected: number;
  sigma: number;
  lower: number;
  upper: number;
}

/**
 * The window models' trailing window in datapoints: `windowMinutes` (default per model) at the period,
 * rounded, and at least 2.
 *
 * @example
 * windowPointsOf({ ...DEFAULT_BAND_OPTIONS, model: 'awsPromql' }, 300); // 12
 */
export function windowPointsOf(options: BandOptions, periodSeconds: number): number {
  return pointsIn(windowMinutesOf(options), periodSeconds, 2);
}

/**
 * The sweep of the window models (grafanaAdaptive, grafanaRobust, datadogBasic, awsPromql): a model reads
 * `train`, the datapoints that train bands (x_j where datapoint j is present, outside every excluded range
 * and, with `trainOnBreaching` false, inside its own band; NaN elsewhere), only at j < i when banding i
 * (filled as the sweep goes: causal by construction). The lower edge is then kept at or above `clampLower`,
 * or the model's default clamp when that is null (see clampLowerOf).
 *
 * @example
 * sweepWindow(datapoints, options, (train) => (i, out) => { ... });
 */
export function sweepWindow(
  datapoints: Datapoints,
  options: BandOptions,
  makeModel: (train: Float64Array) => (i: number, out: WindowBand) => void,
  reuse?: BandBuffers,
): Band {
  const { values } = datapoints;
  const n = values.length;
  const excluded = excludedMask(datapoints, options);
  const train = new Float64Array(n).fill(Number.NaN);
  const window = windowPointsOf(options, datapoints.periodSeconds);
  const band = allocateBand(n, 'none', (window * datapoints.periodSeconds) / 60, reuse);
  const bandAt = makeModel(train);
  const clamp = clampLowerOf(options);
  const out: WindowBand = { expected: Number.NaN, sigma: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  for (let i = 0; i < n; i++) {
    bandAt(i, out);
    // The model has applied σ's floor and k already: write its edges, clamped.
    if (out.expected === out.expected) {
      band.expected[i] = out.expected;
      band.sigma[i] = out.sigma;
      band.lower[i] = clamp !== null && out.lower < clamp ? clamp : out.lower;
      band.upper[i] = out.upper;
    } else {
      writeNoBand(band, i);
    }
    if (trainsAt(band, values, excluded, i, options.trainOnBreaching)) train[i] = values[i];
  }
  return band;
}

/**
 * A band of the trailing window's median ± k·spread (Datadog basic, AWS's PromQL recipe): the window of
 * {@link windowPointsOf}, kept sorted; `spread` reads its sorted values (the window's first `size`); σ is at
 * least the σ floor. No band while the window holds fewer than 2 training values.
 *
 * @example
 * trailingMedianBand(datapoints, options, (sorted) => sorted.quantile(0.75) - sorted.quantile(0.25));
 */
export function trailingMedianBand(
  datapoints: Datapoints,
  options: BandOptions,
  spread: (sorted: SortedWindow) => number,
  reuse?: BandBuffers,
): Band {
  const size = windowPointsOf(options, datapoints.periodSeconds);
  return sweepWindow(
    datapoints,
    options,
    (train) => {
      const sorted = new SortedWindow(size);
      const window = new Trailing(train, size, 0, (x) => sorted.insert(x), (x) => sorted.remove(x));
      return (i, out) => {
        window.advance(i);
        if (sorted.size < 2) {
          out.expected = Number.NaN;
          return;
        }
        const median = sorted.quantile(0.5);
        const sigma = Math.max(spread(sorted), sigmaFloor(options, median));
        out.expected = median;
        out.sigma = sigma;
        out.lower = median - options.k * sigma;
        out.upper = median + options.k * sigma;
      };
    },
    reuse,
  );
}

/**
 * A trailing window of training values kept as the sweep moves: before banding i, `advance(i)` admits
 * train[i − 1 − lag] and drops train[i − 1 − lag − size], so the window holds train over
 * [i − lag − size, i − lag). Calls `enter` and `leave` for present values only (a value leaves before the
 * next enters).
 *
 * @example
 * const last = new Trailing(train, 12, 0, (x) => sorted.insert(x), (x) => sorted.remove(x));
 * last.advance(i); // now holds train[i − 12 … i − 1]
 */
export class Trailing {
  count = 0;
  constructor(
    private readonly train: Float64Array,
    private readonly size: number,
    private readonly lag: number,
    private readonly enter: (x: number) => void,
    private readonly leave: (x: number) => void,
  ) {}

  advance(i: number): void {
    const inJ = i - 1 - this.lag;
    const outJ = inJ - this.size;
    // Leave before entering: a window never holds more than `size` values.
    if (outJ >= 0) {
      const x = this.train[outJ];
      if (x === x) {
        this.leave(x);
        this.count--;
      }
    }
    if (inJ >= 0) {
      const x = this.train[inJ];
      if (x === x) {
        this.enter(x);
        this.count++;
      }
    }
  }
}

/**
 * Mean and population σ (÷ m, as PromQL's stddev_over_time) of `xs[0, m)`, two passes.
 *
 * @example
 * meanAndPopulationSigma(Float64Array.of(1, 3), 2); // { mean: 2, sigma: 1 }
 */
export function meanAndPopulationSigma(xs: Float64Array, m: number): { mean: number; sigma: number } {
  let sum = 0;
  for (let q = 0; q < m; q++) sum += xs[q];
  const mean = sum / m;
  let ss = 0;
  for (let q = 0; q < m; q++) {
    const d = xs[q] - mean;
    ss += d * d;
  }
  return { mean, sigma: Math.sqrt(ss / m) };
}
