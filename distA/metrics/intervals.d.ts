import type { Rng } from '../random/rng.js';
/** A two-sided 95% interval, [low, high]. */
export type Interval = [number, number];
/** Resamples of every bootstrap interval: enough for stable 2.5% and 97.5% percentiles. */
export declare const BOOTSTRAP_RESAMPLES = 1000;
/**
 * Wilson's 95% score interval for a proportion of `successes` in `trials`. Unlike the normal
 * approximation it stays inside [0, 1] and is not empty at 0 or at `trials` successes (0 of 40 gives
 * [0, 8.8%]), which is where detection rates often sit. Method: Wilson (1927), as in Brown, Cai and
 * DasGupta (2001), "Interval estimation for a binomial proportion".
 *
 * @example
 * wilsonInterval(38, 40); // [0.835, 0.986]
 */
export declare function wilsonInterval(successes: number, trials: number): Interval;
/**
 * Whether two detection rates differ at the 95% level: Newcombe's hybrid score interval for the
 * difference of two proportions (method 10 of Newcombe 1998, built from the two Wilson intervals)
 * excludes 0. It treats the samples as independent; bandsim's alarms see the same trials, which makes the
 * test conservative (it calls fewer differences) when two alarms tend to miss the same trials.
 *
 * @example
 * ratesDiffer(34, 40, 32, 40); // false: 85% and 80% of 40 trials are not distinguishable
 * ratesDiffer(40, 40, 0, 40); // true
 */
export declare function ratesDiffer(successesA: number, trialsA: number, successesB: number, trialsB: number): boolean;
/**
 * Percentile-bootstrap 95% interval of the `q` quantile of `values` (simple-statistics' `quantile`, the
 * same estimator as the point figure): {@link BOOTSTRAP_RESAMPLES} resamples with replacement drawn
 * from `rng`, so the interval is reproducible for a seeded stream. Null for no values.
 *
 * @example
 * quantileInterval([1, 2, 3, 3, 4, 9], 0.5, createRng(1, 'bootstrap')); // [2, 4]
 */
export declare function quantileInterval(values: readonly number[], q: number, rng: Rng): Interval | null;
/**
 * 95% interval of a rate of events per day pooled over trials, `Σ events / Σ days`: a percentile
 * bootstrap over trials (resampling whole trials keeps the clustering of false alarms within a run).
 * With no event at all the bootstrap would collapse to [0, 0]; the exact Poisson upper bound for zero
 * events, 3.689 / Σ days, is used instead.
 *
 * @example
 * rateInterval([{ events: 3, days: 8 }, { events: 0, days: 8 }], createRng(1, 'bootstrap')); // [0, 0.375]
 */
export declare function rateInterval(trials: ReadonlyArray<{
    events: number;
    days: number;
}>, rng: Rng): Interval;
/**
 * Exact (Garwood) 95% interval of a Poisson mean after observing `k` events: the means at which P(X ≥ k)
 * and P(X ≤ k) are 2.5%, found by bisection on the Poisson distribution function (summed in log space).
 *
 * @example
 * poissonInterval(0); // [0, 3.689]
 * poissonInterval(3); // [0.619, 8.767]
 */
export declare function poissonInterval(k: number): Interval;
