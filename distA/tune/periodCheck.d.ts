import type { Datapoints } from '../alarm/aggregate.js';
/** The outcome of {@link periodCheck}. */
export interface PeriodCheck {
    /** The dominant period in minutes, or null when the series has no clear period (autocorrelation < `minCorrelation`). */
    periodMinutes: number | null;
    /** The autocorrelation at that period. */
    correlation: number | null;
    /** Seasons (hourly, daily, weekly) that hold a whole number of periods, so their buckets can learn it. */
    fitsSeasons: string[];
    /** True when a period was found that no season can learn: the band will be wide and flat. */
    flagged: boolean;
    /** One or two sentences for the user. */
    message: string;
}
/** Options of {@link periodCheck}. */
export interface PeriodCheckOptions {
    /** The smallest autocorrelation that counts as a period; default 0.3. */
    minCorrelation?: number;
    /** Longest lag examined, as a share of the window; default 0.6 (a weekly period needs two weeks). */
    maxLagShare?: number;
}
/**
 * Tests whether a series has a period that hourly, daily or weekly buckets can learn, before a sweep spends
 * time on it. Method: the sample autocorrelation r(L) of the datapoints (missing ones skipped pairwise) for
 * every lag L up to `maxLagShare` of the window. A lag is a candidate when r(L) ≥ `minCorrelation` and r(L) is
 * the highest within ±L/4 (a peak, not the slope after lag 0). The dominant period is the shortest candidate
 * whose r is at least 80% of the best candidate's: the fundamental, not one of its multiples. A season fits
 * when it holds a whole number of periods, to within one datapoint or 1% of the period
 * (|S − round(S/p)·p| ≤ max(period, 1% of p)). The check flags a period that fits none of them, such as
 * skyline's loop (16 minutes' run and 30 minutes' sleep: 46 minutes).
 *
 * Cost: O(n · maxLag), about a second for two weeks of one-minute datapoints.
 *
 * @example
 * periodCheck(aggregate(firstWindow, 60, 'Average')); // { periodMinutes: 46, flagged: true, ... } for the loop
 */
export declare function periodCheck(datapoints: Datapoints, options?: PeriodCheckOptions): PeriodCheck;
/**
 * The sample autocorrelation r(0..maxLag) of a series with missing values (NaN), each lag's sum over the
 * pairs where both values exist, normalised by the overall variance and the number of pairs.
 *
 * @example
 * autocorrelation(Float64Array.from([1, 2, 1, 2, 1, 2]), 2); // [1, -1, 1] (about)
 */
export declare function autocorrelation(values: Float64Array, maxLag: number): number[];
