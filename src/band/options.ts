import { z } from 'zod';
import { fields } from '../core/fields.js';
import { SEASONALITY_CHOICES } from './seasonality.js';

/**
 * How a band's σ is computed: per bucket (default) or pooled over the window (see {@link bandOptionsSchema}).
 *
 * @example
 * SIGMA_KINDS; // ['perBucket', 'pooled']
 */
export const SIGMA_KINDS = Object.freeze(['perBucket', 'pooled'] as const);

/**
 * The band's options: one schema for the runtime check, the defaults and the TypeScript type
 * ({@link BandOptions} is its output). The scenario schema composes it as an alarm's `band`; in a scenario
 * file `excludedTimeRanges` are ISO times (`{ "start": "2026-01-10T00:00:00Z", "end": ... }`), turned into
 * UTC milliseconds here. Every object is strict: an unknown field is an error.
 *
 * @example
 * bandOptionsSchema.parse({ k: 3 }); // { seasonality: 'daily', k: 3, trainingDays: 14, ... }
 */
export const bandOptionsSchema = z
  .strictObject({
    /** Which season the band learns, or `auto` (see chooseSeasonality). Default `daily`. */
    seasonality: z.enum(SEASONALITY_CHOICES).default('daily'),
    /** Band half-width in standard deviations; fractional allowed. Default 2 (CloudWatch's). */
    k: fields.positive.max(100).default(2),
    /**
     * Length of the trailing training window, days. Default 14 (CloudWatch trains on up to two weeks). At least
     * one season; without `trainOnCurrentSlot`, longer than one season by at least one bucket less one period
     * (a window of exactly one season would give a band only at the first datapoint of each bucket occurrence).
     */
    trainingDays: fields.days.default(14),
    /**
     * Bucket width, minutes; default (left undefined here, resolved by the band) per seasonality: none 60,
     * hourly 1, daily 15, weekly 60 (see DEFAULT_BUCKET_MINUTES), and at least one alarm period.
     */
    bucketMinutes: fields.positive.max(10_080).optional(),
    /**
     * `perBucket` (default): σ of the bucket's own history (sample standard deviation, ÷ (n − 1)), so the band
     * is narrow where the metric is steady (at night) and wide where it varies. `pooled`: one residual spread
     * over the whole trailing window, √(Σ_b Σ (x − mean_b)² / (N − non-empty buckets)), so the band keeps about
     * the same width day and night, as CloudWatch's band looks in the field report.
     */
    sigma: z.enum(SIGMA_KINDS).default('perBucket'),
    /**
     * A bucket gives a band once it holds `minSeasons` seasons' worth of datapoints (capped at the complete
     * occurrences a full window always holds: 1 for a weekly band over 14 days), and at least 2 datapoints
     * (σ needs two). Default 2.
     */
    minSeasons: fields.positive.max(1000).default(2),
    /** Lower edge kept at or above this value (e.g. 0 for counts); default null: CloudWatch does not clamp custom metrics. */
    clampLower: fields.value.nullable().default(null),
    /**
     * Time ranges kept out of training, like `ExcludedTimeRanges`: every datapoint whose period [t, t + period)
     * overlaps a range is left out. Given as ISO times, kept as UTC ms (end exclusive). Default none.
     */
    excludedTimeRanges: z
      .array(
        z
          .strictObject({ start: fields.isoTime, end: fields.isoTime })
          .transform((r) => ({ startMs: Date.parse(r.start), endMs: Date.parse(r.end) })),
      )
      .max(10)
      .default([]),
    /**
     * Whether datapoints outside the band (at their own time) feed training. Default true: CloudWatch trains
     * on all data except excluded ranges, so a long fault is slowly learned as normal.
     */
    trainOnBreaching: z.boolean().default(true),
    /**
     * Whether earlier datapoints of the current bucket occurrence (today's 03:00–03:15 before 03:07) are in
     * the window. Default false: only completed occurrences train the band. If true, the first minutes of a
     * sustained fault widen the band for the rest of it.
     */
    trainOnCurrentSlot: z.boolean().default(false),
  })
  .superRefine((band, ctx) => {
    band.excludedTimeRanges.forEach((r, i) => {
      if (!(r.endMs > r.startMs)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['excludedTimeRanges', i], message: 'end must be after start' });
    });
  });

/**
 * Options of the band (seasonalBand), every default filled in: the output of {@link bandOptionsSchema}
 * (`excludedTimeRanges` in UTC ms).
 */
export type BandOptions = z.output<typeof bandOptionsSchema>;

/**
 * The band options as written in a scenario file (every field optional, `excludedTimeRanges` as ISO times).
 */
export type BandOptionsInput = z.input<typeof bandOptionsSchema>;

/**
 * The defaults of every band option, from {@link bandOptionsSchema}: daily seasonality, k = 2, 14 training
 * days, per-bucket σ, 2 seasons, no clamp, no excluded ranges, training on breaching datapoints, not on the
 * current slot.
 *
 * @example
 * seasonalBand(datapoints, { ...DEFAULT_BAND_OPTIONS, k: 3 });
 */
export const DEFAULT_BAND_OPTIONS: Readonly<BandOptions> = Object.freeze(bandOptionsSchema.parse({}));
