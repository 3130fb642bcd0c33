// Moved to src/core/ (shared by every stage); re-exported here for code that still imports it from here.
export { timeAt } from '../core/series.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../core/time.js';
