/**
 * The UTC time of sample `index`.
 *
 * @example
 * timeAt({ startMs: 0, stepSeconds: 60, values: new Float64Array(3) }, 2); // 120000
 */
export function timeAt(series, index) {
    return series.startMs + index * series.stepSeconds * 1000;
}
