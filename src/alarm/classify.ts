import { BREACHING, MISSING, NOT_BREACHING } from './evaluate.js';

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
export function classify(values: Float64Array, edges: Edges, comparison: Comparison): Int8Array {
  const n = values.length;
  const out = new Int8Array(n);
  const lowerAt = typeof edges.lower === 'number' ? constant(edges.lower) : (i: number) => (edges.lower as ArrayLike<number>)[i];
  const upperAt = typeof edges.upper === 'number' ? constant(edges.upper) : (i: number) => (edges.upper as ArrayLike<number>)[i];
  for (let i = 0; i < n; i++) {
    const x = values[i];
    const lo = lowerAt(i);
    const hi = upperAt(i);
    let breach: boolean;
    switch (comparison) {
      case 'LessThanLowerOrGreaterThanUpperThreshold':
        breach = x < lo || x > hi;
        break;
      case 'LessThanLowerThreshold':
      case 'LessThanThreshold':
        breach = x < lo;
        break;
      case 'LessThanOrEqualToThreshold':
        breach = x <= lo;
        break;
      case 'GreaterThanUpperThreshold':
      case 'GreaterThanThreshold':
        breach = x > hi;
        break;
      case 'GreaterThanOrEqualToThreshold':
        breach = x >= hi;
        break;
    }
    const edgeMissing =
      comparison === 'LessThanLowerOrGreaterThanUpperThreshold'
        ? Number.isNaN(lo) || Number.isNaN(hi)
        : comparison.startsWith('Less')
          ? Number.isNaN(lo)
          : Number.isNaN(hi);
    out[i] = Number.isNaN(x) || edgeMissing ? MISSING : breach ? BREACHING : NOT_BREACHING;
  }
  return out;
}

function constant(value: number): (i: number) => number {
  return () => value;
}
