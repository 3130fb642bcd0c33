import { type Problems } from './dataError.js';
/**
 * Reads a data file's timestamps, deciding once per file whether numeric ones are epoch seconds or
 * milliseconds (told apart by size: 1990–2100 in seconds is 6.3e8–4.1e9, in milliseconds 6.3e11–4.1e12).
 * Text timestamps are read by {@link parseTime}. Times outside 1990–2100 are refused.
 *
 * @example
 * const times = new EpochUnit();
 * times.parse('1767571200', 'line 2, timestamp', problems); // Date.UTC(2026, 0, 5): seconds, and so is every later number
 */
export declare class EpochUnit {
    private unit;
    private firstWhere;
    /** The time in UTC ms, or null after adding a problem naming `where`. */
    parse(raw: unknown, where: string, problems: Problems): number | null;
}
/**
 * ISO 8601 with a zone or none (UTC), `YYYY-MM-DD HH:MM[:SS]`, or plain epoch digits (returned as the number,
 * its unit decided by the caller); null otherwise, and for impossible dates (2026-02-30).
 *
 * @example
 * parseTime('2014-04-10 07:15:00'); // Date.UTC(2014, 3, 10, 7, 15)
 */
export declare function parseTime(text: string): number | null;
