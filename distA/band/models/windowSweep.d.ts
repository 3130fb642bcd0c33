import type { Datapoints } from '../../alarm/aggregate.js';
import { type BandOptions } from '../options.js';
import type { Band, BandBuffers } from '../seasonalBand.js';
import { SortedWindow } from './common.js';
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
export declare function windowPointsOf(options: BandOptions, periodSeconds: number): number;
/**
 * The sweep of the window models (grafanaAdaptive, grafanaRobust, datadogBasic, awsPromql): a model reads
 * `train`, the datapoints that train bands (x_j where datapoint j is present, outside every excluded range
 * and, with `trainOnBreaching` false, inside its own band; NaN elsewhere), only at j < i when banding i
 * (filled as the sweep goes: causal by construction). The lower edge is then kept at or above `clampLower`,
 * or `clampDefault` when that is null.
 *
 * @example
 * sweepWindow(datapoints, options, 0, (train) => (i, out) => { ... });
 */
export declare function sweepWindow(datapoints: Datapoints, options: BandOptions, clampDefault: number | null, makeModel: (train: Float64Array) => (i: number, out: WindowBand) => void, reuse?: BandBuffers): Band;
/**
 * A band of the trailing window's median ± k·spread (Datadog basic, AWS's PromQL recipe): the window of
 * {@link windowPointsOf}, kept sorted; `spread` reads its sorted values (the window's first `size`); σ is at
 * least the σ floor. No band while the window holds fewer than 2 training values.
 *
 * @example
 * trailingMedianBand(datapoints, options, 0, (sorted) => sorted.quantile(0.75) - sorted.quantile(0.25));
 */
export declare function trailingMedianBand(datapoints: Datapoints, options: BandOptions, clampDefault: number | null, spread: (sorted: SortedWindow) => number, reuse?: BandBuffers): Band;
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
export declare class Trailing {
    private readonly train;
    private readonly size;
    private readonly lag;
    private readonly enter;
    private readonly leave;
    count: number;
    constructor(train: Float64Array, size: number, lag: number, enter: (x: number) => void, leave: (x: number) => void);
    advance(i: number): void;
}
/**
 * Mean and population σ (÷ m, as PromQL's stddev_over_time) of `xs[0, m)`, two passes.
 *
 * @example
 * meanAndPopulationSigma(Float64Array.of(1, 3), 2); // { mean: 2, sigma: 1 }
 */
export declare function meanAndPopulationSigma(xs: Float64Array, m: number): {
    mean: number;
    sigma: number;
};
