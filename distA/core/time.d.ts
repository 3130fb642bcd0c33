/**
 * Time units and weekdays, shared by every stage. All times in bandsim are UTC milliseconds.
 *
 * @example
 * DAY_MS / MINUTE_MS; // 1440
 */
/** Milliseconds in a minute. */
export declare const MINUTE_MS = 60000;
/** Milliseconds in an hour. */
export declare const HOUR_MS: number;
/** Milliseconds in a day. */
export declare const DAY_MS: number;
/** Milliseconds in a week. */
export declare const WEEK_MS: number;
/**
 * The weekdays, Monday first (a weekly season starts on Monday 00:00 UTC), as summaries and charts name them.
 *
 * @example
 * WEEKDAYS[weekdayIndex(Date.UTC(2026, 0, 5))]; // 'Mon'
 */
export declare const WEEKDAYS: readonly ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** A weekday's name, Monday first. */
export type Weekday = (typeof WEEKDAYS)[number];
/**
 * The UTC weekday of a time as an index into {@link WEEKDAYS}: 0 Monday ... 6 Sunday (1970-01-01 was a Thursday).
 *
 * @example
 * weekdayIndex(Date.UTC(2026, 0, 11)); // 6 (Sunday)
 */
export declare function weekdayIndex(timeMs: number): number;
