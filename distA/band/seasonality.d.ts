/**
 * The seasonal patterns a band can learn, shortest first; `none` learns one level (a rolling mean).
 *
 * @example
 * SEASONALITIES.includes('weekly'); // true
 */
export declare const SEASONALITIES: readonly ["none", "hourly", "daily", "weekly"];
/** A seasonal pattern a band can learn (one of {@link SEASONALITIES}). */
export type Seasonality = (typeof SEASONALITIES)[number];
/**
 * What a band's `seasonality` option accepts: a seasonality or `auto` (chosen from the data).
 *
 * @example
 * SEASONALITY_CHOICES; // ['none', 'hourly', 'daily', 'weekly', 'auto']
 */
export declare const SEASONALITY_CHOICES: readonly ["none", "hourly", "daily", "weekly", "auto"];
/** Default bucket width, minutes, per seasonality: fine enough to follow the pattern, wide enough to hold history. */
export declare const DEFAULT_BUCKET_MINUTES: Readonly<Record<Seasonality, number>>;
/** Where a band's buckets sit in time: bucket `b` of a season covers `[b·bucketMs, (b+1)·bucketMs)` of each season. */
export interface BucketLayout {
    seasonality: Seasonality;
    bucketMs: number;
    seasonMs: number;
    buckets: number;
}
/**
 * The bucket layout for a seasonality and bucket width. `none` has a single bucket; its "season" is one
 * bucket long, so `minSeasons` counts bucket widths of history.
 *
 * @throws RangeError when the bucket width does not divide the season or is not a whole number of periods
 * @example
 * bucketLayout('daily', 15, 60); // 96 buckets of 15 minutes
 */
export declare function bucketLayout(seasonality: Seasonality, bucketMinutes: number, periodSeconds: number): BucketLayout;
/** Milliseconds since the start of the season that contains `timeMs`. */
export declare function phaseInSeason(layout: BucketLayout, timeMs: number): number;
/** The bucket that `timeMs` falls in. */
export declare function bucketOf(layout: BucketLayout, timeMs: number): number;
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
export declare function fitBucketMinutes(seasonality: Seasonality, periodSeconds: number, atLeastMinutes?: number): number;
/**
 * The bucket width a band uses: the given width (at least one period), else {@link fitBucketMinutes}.
 *
 * @example
 * bucketMinutesFor(undefined, 'daily', 120); // 16
 * bucketMinutesFor(30, 'daily', 60); // 30
 */
export declare function bucketMinutesFor(given: number | undefined, seasonality: Seasonality, periodSeconds: number): number;
