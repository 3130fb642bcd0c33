import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../core/time.js';
/**
 * The seasonal patterns a band can learn, shortest first; `none` learns one level (a rolling mean).
 *
 * @example
 * SEASONALITIES.includes('weekly'); // true
 */
export const SEASONALITIES = Object.freeze(['none', 'hourly', 'daily', 'weekly']);
/**
 * What a band's `seasonality` option accepts: a seasonality or `auto` (chosen from the data).
 *
 * @example
 * SEASONALITY_CHOICES; // ['none', 'hourly', 'daily', 'weekly', 'auto']
 */
export const SEASONALITY_CHOICES = Object.freeze([...SEASONALITIES, 'auto']);
/** Default bucket width, minutes, per seasonality: fine enough to follow the pattern, wide enough to hold history. */
export const DEFAULT_BUCKET_MINUTES = {
    none: 60,
    hourly: 1,
    daily: 15,
    weekly: 60,
};
/** 1970-01-05 00:00 UTC, a Monday: weekly seasons start on Monday at midnight UTC. */
const WEEK_ANCHOR_MS = 4 * DAY_MS;
/**
 * The bucket layout for a seasonality and bucket width. `none` has a single bucket; its "season" is one
 * bucket long, so `minSeasons` counts bucket widths of history.
 *
 * @throws RangeError when the bucket width does not divide the season or is not a whole number of periods
 * @example
 * bucketLayout('daily', 15, 60); // 96 buckets of 15 minutes
 */
export function bucketLayout(seasonality, bucketMinutes, periodSeconds) {
    const bucketMs = bucketMinutes * MINUTE_MS;
    const seasonMs = seasonality === 'none' ? bucketMs : seasonality === 'hourly' ? HOUR_MS : seasonality === 'daily' ? DAY_MS : WEEK_MS;
    if (!(bucketMs > 0) || !Number.isInteger(seasonMs / bucketMs)) {
        throw new RangeError(`band: bucketMinutes (${bucketMinutes}) must divide the ${seasonality} season evenly`);
    }
    if (!Number.isInteger(bucketMs / (periodSeconds * 1000))) {
        throw new RangeError(`band: bucketMinutes (${bucketMinutes}) must be a whole number of alarm periods (${periodSeconds} s)`);
    }
    return { seasonality, bucketMs, seasonMs, buckets: seasonMs / bucketMs };
}
/** Milliseconds since the start of the season that contains `timeMs`. */
export function phaseInSeason(layout, timeMs) {
    const anchored = layout.seasonality === 'weekly' ? timeMs - WEEK_ANCHOR_MS : timeMs;
    return ((anchored % layout.seasonMs) + layout.seasonMs) % layout.seasonMs;
}
/** The bucket that `timeMs` falls in. */
export function bucketOf(layout, timeMs) {
    return Math.floor(phaseInSeason(layout, timeMs) / layout.bucketMs);
}
/**
 * The bucket width a band uses for alarm periods of `periodSeconds` when none is given: the smallest whole
 * number of periods of at least `atLeastMinutes` (default the seasonality's {@link DEFAULT_BUCKET_MINUTES})
 * that divides the season. A daily band gets 15 minutes on 1- or 5-minute periods, 16 on 2-, 4- or
 * 8-minute periods, 18 on 6-minute, 20 on 10-minute, 24 on 12-minute and 60 on hourly periods. When no
 * multiple of the period divides the season (hourly buckets on 7-minute periods), it returns the smallest
 * multiple of at least `atLeastMinutes`, and {@link bucketLayout} then says why it does not fit.
 *
 * @example
 * fitBucketMinutes('daily', 120); // 16
 * fitBucketMinutes('daily', 600); // 20
 */
export function fitBucketMinutes(seasonality, periodSeconds, atLeastMinutes = DEFAULT_BUCKET_MINUTES[seasonality]) {
    const periodMs = periodSeconds * 1000;
    const first = Math.max(1, Math.ceil((atLeastMinutes * MINUTE_MS) / periodMs - 1e-9)) * periodMs;
    if (seasonality === 'none')
        return first / MINUTE_MS;
    const seasonMs = seasonality === 'hourly' ? HOUR_MS : seasonality === 'daily' ? DAY_MS : WEEK_MS;
    for (let bucketMs = first; bucketMs <= seasonMs; bucketMs += periodMs) {
        if (seasonMs % bucketMs === 0)
            return bucketMs / MINUTE_MS;
    }
    return first / MINUTE_MS;
}
/**
 * The bucket width a band uses: the given width (at least one period), else {@link fitBucketMinutes}.
 *
 * @example
 * bucketMinutesFor(undefined, 'daily', 120); // 16
 * bucketMinutesFor(30, 'daily', 60); // 30
 */
export function bucketMinutesFor(given, seasonality, periodSeconds) {
    return given === undefined ? fitBucketMinutes(seasonality, periodSeconds) : Math.max(given, periodSeconds / 60);
}
