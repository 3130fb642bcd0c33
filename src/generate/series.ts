/**
 * A regularly sampled metric: `values[i]` is the sample of cell `i`, the step that starts at
 * `startMs + i * stepSeconds * 1000` (UTC). `NaN` means no sample was published in that cell (missing data,
 * not zero).
 *
 * Replayed data may hold several samples in one cell (rows that share a period, as CloudWatch allows):
 * `values[i]` is the first and `extra.get(i)` the others, so that every statistic of a period stays exact.
 * Generated series have no `extra`.
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
  runs?: Array<{ start: number; end: number }>;
}

/** Milliseconds in a minute, hour, day and week. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/** The UTC time of sample `index`. */
export function timeAt(series: Series, index: number): number {
  return series.startMs + index * series.stepSeconds * 1000;
}
