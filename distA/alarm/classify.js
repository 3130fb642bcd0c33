import { BREACHING, MISSING, NOT_BREACHING } from './evaluate.js';
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
export function classify(values, edges, comparison) {
    const n = values.length;
    const out = new Int8Array(n);
    if (typeof edges.lower === 'number' && typeof edges.upper === 'number')
        return classifyConstant(values, edges.lower, edges.upper, comparison, out);
    // One loop per comparison, edges read straight from their arrays (no per-datapoint closure or string test).
    const lower = typeof edges.lower === 'number' ? constantEdge(edges.lower, n) : edges.lower;
    const upper = typeof edges.upper === 'number' ? constantEdge(edges.upper, n) : edges.upper;
    switch (comparison) {
        case 'LessThanLowerOrGreaterThanUpperThreshold':
            for (let i = 0; i < n; i++) {
                const x = values[i];
                const lo = lower[i];
                const hi = upper[i];
                out[i] = x !== x || lo !== lo || hi !== hi ? MISSING : x < lo || x > hi ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'LessThanLowerThreshold':
        case 'LessThanThreshold':
            for (let i = 0; i < n; i++) {
                const x = values[i];
                const lo = lower[i];
                out[i] = x !== x || lo !== lo ? MISSING : x < lo ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'LessThanOrEqualToThreshold':
            for (let i = 0; i < n; i++) {
                const x = values[i];
                const lo = lower[i];
                out[i] = x !== x || lo !== lo ? MISSING : x <= lo ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'GreaterThanUpperThreshold':
        case 'GreaterThanThreshold':
            for (let i = 0; i < n; i++) {
                const x = values[i];
                const hi = upper[i];
                out[i] = x !== x || hi !== hi ? MISSING : x > hi ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'GreaterThanOrEqualToThreshold':
            for (let i = 0; i < n; i++) {
                const x = values[i];
                const hi = upper[i];
                out[i] = x !== x || hi !== hi ? MISSING : x >= hi ? BREACHING : NOT_BREACHING;
            }
            break;
    }
    return out;
}
/** {@link classify} against constant edges (static thresholds): the same rules, with no edge arrays. */
function classifyConstant(values, lo, hi, comparison, out) {
    const n = values.length;
    switch (comparison) {
        case 'LessThanLowerOrGreaterThanUpperThreshold':
            if (lo !== lo || hi !== hi)
                return out.fill(MISSING);
            for (let i = 0; i < n; i++) {
                const x = values[i];
                out[i] = x !== x ? MISSING : x < lo || x > hi ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'LessThanLowerThreshold':
        case 'LessThanThreshold':
            if (lo !== lo)
                return out.fill(MISSING);
            for (let i = 0; i < n; i++) {
                const x = values[i];
                out[i] = x !== x ? MISSING : x < lo ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'LessThanOrEqualToThreshold':
            if (lo !== lo)
                return out.fill(MISSING);
            for (let i = 0; i < n; i++) {
                const x = values[i];
                out[i] = x !== x ? MISSING : x <= lo ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'GreaterThanUpperThreshold':
        case 'GreaterThanThreshold':
            if (hi !== hi)
                return out.fill(MISSING);
            for (let i = 0; i < n; i++) {
                const x = values[i];
                out[i] = x !== x ? MISSING : x > hi ? BREACHING : NOT_BREACHING;
            }
            break;
        case 'GreaterThanOrEqualToThreshold':
            if (hi !== hi)
                return out.fill(MISSING);
            for (let i = 0; i < n; i++) {
                const x = values[i];
                out[i] = x !== x ? MISSING : x >= hi ? BREACHING : NOT_BREACHING;
            }
            break;
    }
    return out;
}
/** A constant edge as an array, so every comparison reads its edges the same way. */
function constantEdge(value, n) {
    return new Float64Array(n).fill(value);
}
