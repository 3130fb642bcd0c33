import type { BandComparison, StaticComparison } from '../core/alarmTerms.js';
export type { BandComparison, StaticComparison } from '../core/alarmTerms.js';
/** Any comparison of an alarm. */
export type Comparison = BandComparison | StaticComparison;
/** Edges to compare with: per datapoint (a band; NaN where it has no value yet) or constant (static thresholds). */
export interface Edges {
    lower: ArrayLike<number> | number;
    upper: ArrayLike<number> | number;
}
/**
 * Classifies each datapoint for the evaluator: BREACHING, NOT_BREACHING or MISSING. A datapoint is
 * MISSING when there is no datapoint, or when the edge it is compared with has no value yet (a band still
 * learning: CloudWatch reports such an alarm as INSUFFICIENT_DATA under the default `missing`).
 * Static comparisons use `upper` as the threshold for Greater* and `lower` for Less*.
 *
 * @example
 * classify(values, { lower: band.lower, upper: band.upper }, 'LessThanLowerOrGreaterThanUpperThreshold');
 * classify(values, { lower: 0, upper: 0 }, 'LessThanOrEqualToThreshold'); // "zero orders"
 */
export declare function classify(values: Float64Array, edges: Edges, comparison: Comparison): Int8Array;
