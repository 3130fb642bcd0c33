/**
 * Time units and weekdays, shared by every stage. All times in bandsim are UTC milliseconds.
 *
 * @example
 * DAY_MS / MINUTE_MS; // 1440
 */
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 60 * MINUTE_MS;
/** Milliseconds in a day. */
export const DAY_MS = 24 * HOUR_MS;
/** Milliseconds in a week. */
export const WEEK_MS = 7 * DAY_MS;
/**
 * The weekdays, Monday first (a weekly season starts on Monday 00:00 UTC), as summaries and charts name them.
 *
 * @example
 * WEEKDAYS[weekdayIndex(Date.UTC(2026, 0, 5))]; // 'Mon'
 */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/**
 * The UTC weekday of a time as an index into {@link WEEKDAYS}: 0 Monday ... 6 Sunday (1970-01-01 was a Thursday).
 *
 * @example
 * weekdayIndex(Date.UTC(2026, 0, 11)); // 6 (Sunday)
 */
export function weekdayIndex(timeMs) {
    return (((Math.floor(timeMs / DAY_MS) + 3) % 7) + 7) % 7;
}
