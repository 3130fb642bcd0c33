import { type Statistic } from '../core/alarmTerms.js';
import type { Series } from '../core/series.js';
export type { Statistic } from '../core/alarmTerms.js';
/** Datapoints of one alarm: `values[k]` aggregates the samples in `[startMs + k·period, startMs + (k+1)·period)`; NaN = no datapoint. */
export interface Datapoints {
    startMs: number;
    periodSeconds: number;
    values: Float64Array;
}
/** True when `text` names a statistic bandsim supports. */
export declare function isStatistic(text: string): text is Statistic;
/**
 * Aggregates raw samples into one datapoint per period with a CloudWatch statistic, the way an alarm's
 * `Period` and `Statistic` do. Every sample in the period counts, including a replayed series' `extra`
 * samples (rows that shared a cell). Missing samples (NaN) are skipped; a period without samples has no
 * datapoint (NaN), even for `SampleCount` and `Sum`: CloudWatch has nothing to aggregate. Percentiles use
 * simple-statistics' `quantileSorted` on the period's samples.
 *
 * @param periodSeconds a whole multiple of the series' step
 * @throws RangeError when the period is not a positive multiple of the step
 * @example
 * aggregate(series, 300, 'Sum'); // five-minute sums of a one-minute series
 */
export declare function aggregate(series: Series, periodSeconds: number, statistic: Statistic): Datapoints;
