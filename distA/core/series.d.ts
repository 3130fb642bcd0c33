/**
 * A regularly sampled metric: `values[i]` is the sample of cell `i`, the step that starts at
 * `startMs + i * stepSeconds * 1000` (UTC). `NaN` means no sample was published in that cell (missing data,
 * not zero). Made by generate/, changed by faults/, read by the alarm stage.
 *
 * Replayed data may hold several samples in one cell (rows that share a period, as CloudWatch allows):
 * `values[i]` is the first and `extra.get(i)` the others, so that every statistic of a period stays exact.
 * Generated series have no `extra`.
 *
 * @example
 * const series: Series = { startMs: Date.UTC(2026, 0, 5), stepSeconds: 60, values: new Float64Array([1, NaN, 3]) };
 */
export interface Series {
    startMs: number;
    stepSeconds: number;
    values: Float64Array;
    /** Cell index → the cell's samples after the first (replayed data only); absent or empty: one sample per cell. */
    extra?: ReadonlyMap<number, readonly number[]>;
}
/**
 * What a generator returns: the series, and for pattern-replaying generators (skyline) the noise-only
 * baseline and the index ranges where the pattern ran, so a cadence fault can remove runs.
 */
export interface GeneratedSeries {
    series: Series;
    baseline?: Float64Array;
    runs?: Array<{
        start: number;
        end: number;
    }>;
}
/**
 * The UTC time of sample `index`.
 *
 * @example
 * timeAt({ startMs: 0, stepSeconds: 60, values: new Float64Array(3) }, 2); // 120000
 */
export declare function timeAt(series: Series, index: number): number;
