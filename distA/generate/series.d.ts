export { timeAt, type GeneratedSeries, type Series } from '../core/series.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../core/time.js';
