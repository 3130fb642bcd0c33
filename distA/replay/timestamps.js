import { echo } from './dataError.js';
const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);
/**
 * Reads a data file's timestamps, deciding once per file whether numeric ones are epoch seconds or
 * milliseconds (told apart by size: 1990–2100 in seconds is 6.3e8–4.1e9, in milliseconds 6.3e11–4.1e12).
 * Text timestamps are read by {@link parseTime}. Times outside 1990–2100 are refused.
 *
 * @example
 * const times = new EpochUnit();
 * times.parse('1767571200', 'line 2, timestamp', problems); // Date.UTC(2026, 0, 5): seconds, and so is every later number
 */
export class EpochUnit {
    unit = null;
    firstWhere = '';
    /** The time in UTC ms, or null after adding a problem naming `where`. */
    parse(raw, where, problems) {
        const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
        if (text === null || text === '') {
            problems.add(`${where}: ${text === '' ? 'is empty' : `${echo(raw)} is not a timestamp`}`);
            return null;
        }
        if (/^\d+(\.\d+)?([eE]\+?\d+)?$/.test(text)) {
            const n = Number(text);
            if (this.unit === null) {
                this.unit = n >= MIN_TIME / 1000 && n < MAX_TIME / 1000 ? 1000 : n >= MIN_TIME && n < MAX_TIME ? 1 : null;
                this.firstWhere = where;
                if (this.unit === null) {
                    problems.add(`${where}: ${echo(text)} is neither epoch seconds nor epoch milliseconds between 1990 and 2100`);
                    return null;
                }
            }
            const ms = Math.round(n * this.unit);
            if (ms < MIN_TIME || ms >= MAX_TIME) {
                problems.add(`${where}: ${echo(text)} read as epoch ${this.unit === 1000 ? 'seconds' : 'milliseconds'} (like ${this.firstWhere.split(',')[0]}) is outside 1990–2100`);
                return null;
            }
            return ms;
        }
        const ms = parseTime(text);
        if (ms === null) {
            problems.add(`${where}: ${echo(text)} is not a timestamp (ISO 8601, or epoch seconds or milliseconds)`);
            return null;
        }
        if (ms < MIN_TIME || ms >= MAX_TIME) {
            problems.add(`${where}: ${echo(text)} is outside 1990–2100`);
            return null;
        }
        return ms;
    }
}
/**
 * ISO 8601 with a zone or none (UTC), `YYYY-MM-DD HH:MM[:SS]`, or plain epoch digits (returned as the number,
 * its unit decided by the caller); null otherwise, and for impossible dates (2026-02-30).
 *
 * @example
 * parseTime('2014-04-10 07:15:00'); // Date.UTC(2014, 3, 10, 7, 15)
 */
export function parseTime(text) {
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text);
    const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(text);
    if (!m)
        return null;
    const [, y, mo, d, h, mi, s = '0', frac = '', zone = 'Z'] = m;
    const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, frac ? Math.round(Number(frac) * 1000) : 0);
    const check = new Date(utc);
    if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59)
        return null;
    if (zone === 'Z')
        return utc;
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
