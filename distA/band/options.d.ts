import { z } from 'zod';
import { type Report } from '../core/fields.js';
/**
 * How a band's σ is computed: per bucket (default) or pooled over the window (see {@link bandOptionsSchema}).
 *
 * @example
 * SIGMA_KINDS; // ['perBucket', 'pooled']
 */
export declare const SIGMA_KINDS: readonly ["perBucket", "pooled"];
/**
 * The band models an alarm can use (`band.model`, default `seasonal`); see the README's band-model table and
 * each file in src/band/models/ for the definition and its source.
 *
 * @example
 * BAND_MODELS[0]; // 'seasonal'
 */
export declare const BAND_MODELS: readonly ["seasonal", "robust", "ewma", "dailyWeekday", "grafanaAdaptive", "grafanaRobust", "datadogBasic", "awsPromql"];
/** A band model (one of {@link BAND_MODELS}). */
export type BandModel = (typeof BAND_MODELS)[number];
/**
 * The models that learn from a short trailing window of recent datapoints rather than from seasonal buckets:
 * `trainingDays`, `seasonality`, `bucketMinutes`, `sigma`, `minSeasons` and `trainOnCurrentSlot` do not apply
 * to them; `windowMinutes` does.
 *
 * @example
 * WINDOW_MODELS.includes('awsPromql'); // true
 */
export declare const WINDOW_MODELS: readonly BandModel[];
/**
 * The band options a model does not read, so that settings differing only in them are the same band: the window
 * models' bucket options, dailyWeekday's seasonality (always daily) and σ kind, and each model-specific option
 * on the other models. Used to drop duplicate settings from a grid.
 *
 * @example
 * optionsIgnoredBy('datadogBasic').includes('seasonality'); // true
 */
export declare function optionsIgnoredBy(model: BandModel): readonly string[];
/**
 * Each window model's default `windowMinutes`: Grafana adaptive's 1-hour mean, Grafana robust's 1-day median,
 * AWS's 60-minute median, and one hour for Datadog basic (Datadog does not publish its window).
 *
 * @example
 * DEFAULT_WINDOW_MINUTES.grafanaRobust; // 1440
 */
export declare const DEFAULT_WINDOW_MINUTES: Readonly<Partial<Record<BandModel, number>>>;
/**
 * `k` when a band does not set it: 3 for `awsPromql` (AWS's recipe: median + 3σ), else 2 (CloudWatch's).
 *
 * @example
 * defaultBandK('awsPromql'); // 3
 * defaultBandK(undefined); // 2 (seasonal)
 */
export declare function defaultBandK(model: BandModel | undefined): number;
/**
 * The ewma model's default half-life, days: a datapoint 3 days old weighs half as much as a current one.
 *
 * @example
 * options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS; // 3 unless set
 */
export declare const DEFAULT_HALF_LIFE_DAYS = 3;
/** The band options' fields (strict: an unknown field is an error); {@link bandOptionsSchema} adds the rules between them. */
declare const bandOptionsObject: z.ZodObject<{
    /**
     * The band model (see {@link BAND_MODELS}); left out means `seasonal`, this file's per-bucket mean ± k·σ
     * (left out rather than filled in so that summaries of bands that do not set it stay as they were).
     */
    model: z.ZodOptional<z.ZodEnum<["seasonal", "robust", "ewma", "dailyWeekday", "grafanaAdaptive", "grafanaRobust", "datadogBasic", "awsPromql"]>>;
    /** Which season the band learns, or `auto` (see chooseSeasonality). Default `daily`. */
    seasonality: z.ZodDefault<z.ZodEnum<["none", "hourly", "daily", "weekly", "auto"]>>;
    /** Band half-width in standard deviations; fractional allowed. Default 2 (CloudWatch's); 3 for `awsPromql` (see {@link defaultBandK}). */
    k: z.ZodDefault<z.ZodNumber>;
    /**
     * Length of the trailing training window, days. Default 14 (CloudWatch trains on up to two weeks). At least
     * one season; without `trainOnCurrentSlot`, longer than one season by at least one bucket less one period
     * (a window of exactly one season would give a band only at the first datapoint of each bucket occurrence).
     */
    trainingDays: z.ZodDefault<z.ZodNumber>;
    /**
     * Bucket width, minutes; default (left undefined here, resolved by the band) per seasonality: none 60,
     * hourly 1, daily 15, weekly 60 (see DEFAULT_BUCKET_MINUTES), and at least one alarm period.
     */
    bucketMinutes: z.ZodOptional<z.ZodNumber>;
    /**
     * `perBucket` (default): σ of the bucket's own history (sample standard deviation, ÷ (n − 1)), so the band
     * is narrow where the metric is steady (at night) and wide where it varies. `pooled`: one residual spread
     * over the whole trailing window, √(Σ_b Σ (x − mean_b)² / (N − non-empty buckets)), so the band keeps about
     * the same width day and night, as CloudWatch's band looks in the field report.
     */
    sigma: z.ZodDefault<z.ZodEnum<["perBucket", "pooled"]>>;
    /**
     * A bucket gives a band once it holds `minSeasons` seasons' worth of datapoints (capped at the complete
     * occurrences a full window always holds: 1 for a weekly band over 14 days), and at least 2 datapoints
     * (σ needs two). Default 2.
     */
    minSeasons: z.ZodDefault<z.ZodNumber>;
    /** Lower edge kept at or above this value (e.g. 0 for counts); default null: CloudWatch does not clamp custom metrics. */
    clampLower: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    /**
     * Time ranges kept out of training, like `ExcludedTimeRanges`: every datapoint whose period [t, t + period)
     * overlaps a range is left out. Given as ISO times, kept as UTC ms (end exclusive). Default none.
     */
    excludedTimeRanges: z.ZodDefault<z.ZodArray<z.ZodEffects<z.ZodObject<{
        start: z.ZodEffects<z.ZodString, string, string>;
        end: z.ZodEffects<z.ZodString, string, string>;
    }, "strict", z.ZodTypeAny, {
        start: string;
        end: string;
    }, {
        start: string;
        end: string;
    }>, {
        startMs: number;
        endMs: number;
    }, {
        start: string;
        end: string;
    }>, "many">>;
    /**
     * Whether datapoints outside the band (at their own time) feed training. Default true: CloudWatch trains
     * on all data except excluded ranges, so a long fault is slowly learned as normal.
     */
    trainOnBreaching: z.ZodDefault<z.ZodBoolean>;
    /**
     * Whether earlier datapoints of the current bucket occurrence (today's 03:00–03:15 before 03:07) are in
     * the window. Default false: only completed occurrences train the band. If true, the first minutes of a
     * sustained fault widen the band for the rest of it.
     */
    trainOnCurrentSlot: z.ZodDefault<z.ZodBoolean>;
    /**
     * A floor under σ for every model: σ ≥ max(absolute, relative·|expected|). Flat stretches give σ = 0, so
     * without a floor any change breaches. Left out (default): no floor.
     */
    minSigma: z.ZodOptional<z.ZodObject<{
        absolute: z.ZodDefault<z.ZodNumber>;
        relative: z.ZodDefault<z.ZodNumber>;
    }, "strict", z.ZodTypeAny, {
        absolute: number;
        relative: number;
    }, {
        absolute?: number | undefined;
        relative?: number | undefined;
    }>>;
    /** `ewma` only: the age, days, at which a training datapoint weighs half as much as a current one. Default 3. */
    halfLifeDays: z.ZodOptional<z.ZodNumber>;
    /** Window models only (see {@link WINDOW_MODELS}): the trailing window, minutes. Default per model ({@link DEFAULT_WINDOW_MINUTES}). */
    windowMinutes: z.ZodOptional<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, {
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    seasonality?: "none" | "hourly" | "daily" | "weekly" | "auto" | undefined;
    bucketMinutes?: number | undefined;
    trainingDays?: number | undefined;
    minSeasons?: number | undefined;
    sigma?: "perBucket" | "pooled" | undefined;
    trainOnCurrentSlot?: boolean | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    k?: number | undefined;
    clampLower?: number | null | undefined;
    excludedTimeRanges?: {
        start: string;
        end: string;
    }[] | undefined;
    trainOnBreaching?: boolean | undefined;
    minSigma?: {
        absolute?: number | undefined;
        relative?: number | undefined;
    } | undefined;
}>;
export declare const bandFieldsSchema: z.ZodEffects<z.ZodObject<{
    /**
     * The band model (see {@link BAND_MODELS}); left out means `seasonal`, this file's per-bucket mean ± k·σ
     * (left out rather than filled in so that summaries of bands that do not set it stay as they were).
     */
    model: z.ZodOptional<z.ZodEnum<["seasonal", "robust", "ewma", "dailyWeekday", "grafanaAdaptive", "grafanaRobust", "datadogBasic", "awsPromql"]>>;
    /** Which season the band learns, or `auto` (see chooseSeasonality). Default `daily`. */
    seasonality: z.ZodDefault<z.ZodEnum<["none", "hourly", "daily", "weekly", "auto"]>>;
    /** Band half-width in standard deviations; fractional allowed. Default 2 (CloudWatch's); 3 for `awsPromql` (see {@link defaultBandK}). */
    k: z.ZodDefault<z.ZodNumber>;
    /**
     * Length of the trailing training window, days. Default 14 (CloudWatch trains on up to two weeks). At least
     * one season; without `trainOnCurrentSlot`, longer than one season by at least one bucket less one period
     * (a window of exactly one season would give a band only at the first datapoint of each bucket occurrence).
     */
    trainingDays: z.ZodDefault<z.ZodNumber>;
    /**
     * Bucket width, minutes; default (left undefined here, resolved by the band) per seasonality: none 60,
     * hourly 1, daily 15, weekly 60 (see DEFAULT_BUCKET_MINUTES), and at least one alarm period.
     */
    bucketMinutes: z.ZodOptional<z.ZodNumber>;
    /**
     * `perBucket` (default): σ of the bucket's own history (sample standard deviation, ÷ (n − 1)), so the band
     * is narrow where the metric is steady (at night) and wide where it varies. `pooled`: one residual spread
     * over the whole trailing window, √(Σ_b Σ (x − mean_b)² / (N − non-empty buckets)), so the band keeps about
     * the same width day and night, as CloudWatch's band looks in the field report.
     */
    sigma: z.ZodDefault<z.ZodEnum<["perBucket", "pooled"]>>;
    /**
     * A bucket gives a band once it holds `minSeasons` seasons' worth of datapoints (capped at the complete
     * occurrences a full window always holds: 1 for a weekly band over 14 days), and at least 2 datapoints
     * (σ needs two). Default 2.
     */
    minSeasons: z.ZodDefault<z.ZodNumber>;
    /** Lower edge kept at or above this value (e.g. 0 for counts); default null: CloudWatch does not clamp custom metrics. */
    clampLower: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    /**
     * Time ranges kept out of training, like `ExcludedTimeRanges`: every datapoint whose period [t, t + period)
     * overlaps a range is left out. Given as ISO times, kept as UTC ms (end exclusive). Default none.
     */
    excludedTimeRanges: z.ZodDefault<z.ZodArray<z.ZodEffects<z.ZodObject<{
        start: z.ZodEffects<z.ZodString, string, string>;
        end: z.ZodEffects<z.ZodString, string, string>;
    }, "strict", z.ZodTypeAny, {
        start: string;
        end: string;
    }, {
        start: string;
        end: string;
    }>, {
        startMs: number;
        endMs: number;
    }, {
        start: string;
        end: string;
    }>, "many">>;
    /**
     * Whether datapoints outside the band (at their own time) feed training. Default true: CloudWatch trains
     * on all data except excluded ranges, so a long fault is slowly learned as normal.
     */
    trainOnBreaching: z.ZodDefault<z.ZodBoolean>;
    /**
     * Whether earlier datapoints of the current bucket occurrence (today's 03:00–03:15 before 03:07) are in
     * the window. Default false: only completed occurrences train the band. If true, the first minutes of a
     * sustained fault widen the band for the rest of it.
     */
    trainOnCurrentSlot: z.ZodDefault<z.ZodBoolean>;
    /**
     * A floor under σ for every model: σ ≥ max(absolute, relative·|expected|). Flat stretches give σ = 0, so
     * without a floor any change breaches. Left out (default): no floor.
     */
    minSigma: z.ZodOptional<z.ZodObject<{
        absolute: z.ZodDefault<z.ZodNumber>;
        relative: z.ZodDefault<z.ZodNumber>;
    }, "strict", z.ZodTypeAny, {
        absolute: number;
        relative: number;
    }, {
        absolute?: number | undefined;
        relative?: number | undefined;
    }>>;
    /** `ewma` only: the age, days, at which a training datapoint weighs half as much as a current one. Default 3. */
    halfLifeDays: z.ZodOptional<z.ZodNumber>;
    /** Window models only (see {@link WINDOW_MODELS}): the trailing window, minutes. Default per model ({@link DEFAULT_WINDOW_MINUTES}). */
    windowMinutes: z.ZodOptional<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, {
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    seasonality?: "none" | "hourly" | "daily" | "weekly" | "auto" | undefined;
    bucketMinutes?: number | undefined;
    trainingDays?: number | undefined;
    minSeasons?: number | undefined;
    sigma?: "perBucket" | "pooled" | undefined;
    trainOnCurrentSlot?: boolean | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    k?: number | undefined;
    clampLower?: number | null | undefined;
    excludedTimeRanges?: {
        start: string;
        end: string;
    }[] | undefined;
    trainOnBreaching?: boolean | undefined;
    minSigma?: {
        absolute?: number | undefined;
        relative?: number | undefined;
    } | undefined;
}>, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, unknown>;
/**
 * The rules between the band's own fields (each field already passed its own check): excluded ranges end
 * after they start, and each model-specific option is given only to its model. Run by {@link bandOptionsSchema}
 * and, inside a scenario, by the alarm's rules, so that one message lists every broken rule of every alarm.
 *
 * @example
 * bandRules(bandFieldsSchema.parse({ model: 'robust', halfLifeDays: 2 }), report);
 * // report(['halfLifeDays'], 'applies only to model "ewma", not "robust"')
 */
export declare function bandRules(band: z.output<typeof bandFieldsSchema>, report: Report): void;
/**
 * The band's options: one schema for the runtime check, the defaults and the TypeScript type
 * ({@link BandOptions} is its output). The scenario schema composes it as an alarm's `band`; in a scenario
 * file `excludedTimeRanges` are ISO times (`{ "start": "2026-01-10T00:00:00Z", "end": ... }`), turned into
 * UTC milliseconds here. Every object is strict: an unknown field is an error.
 *
 * @example
 * bandOptionsSchema.parse({ k: 3 }); // { seasonality: 'daily', k: 3, trainingDays: 14, ... }
 * bandOptionsSchema.parse({ model: 'awsPromql' }).k; // 3
 */
export declare const bandOptionsSchema: z.ZodPipeline<z.ZodEffects<z.ZodObject<{
    /**
     * The band model (see {@link BAND_MODELS}); left out means `seasonal`, this file's per-bucket mean ± k·σ
     * (left out rather than filled in so that summaries of bands that do not set it stay as they were).
     */
    model: z.ZodOptional<z.ZodEnum<["seasonal", "robust", "ewma", "dailyWeekday", "grafanaAdaptive", "grafanaRobust", "datadogBasic", "awsPromql"]>>;
    /** Which season the band learns, or `auto` (see chooseSeasonality). Default `daily`. */
    seasonality: z.ZodDefault<z.ZodEnum<["none", "hourly", "daily", "weekly", "auto"]>>;
    /** Band half-width in standard deviations; fractional allowed. Default 2 (CloudWatch's); 3 for `awsPromql` (see {@link defaultBandK}). */
    k: z.ZodDefault<z.ZodNumber>;
    /**
     * Length of the trailing training window, days. Default 14 (CloudWatch trains on up to two weeks). At least
     * one season; without `trainOnCurrentSlot`, longer than one season by at least one bucket less one period
     * (a window of exactly one season would give a band only at the first datapoint of each bucket occurrence).
     */
    trainingDays: z.ZodDefault<z.ZodNumber>;
    /**
     * Bucket width, minutes; default (left undefined here, resolved by the band) per seasonality: none 60,
     * hourly 1, daily 15, weekly 60 (see DEFAULT_BUCKET_MINUTES), and at least one alarm period.
     */
    bucketMinutes: z.ZodOptional<z.ZodNumber>;
    /**
     * `perBucket` (default): σ of the bucket's own history (sample standard deviation, ÷ (n − 1)), so the band
     * is narrow where the metric is steady (at night) and wide where it varies. `pooled`: one residual spread
     * over the whole trailing window, √(Σ_b Σ (x − mean_b)² / (N − non-empty buckets)), so the band keeps about
     * the same width day and night, as CloudWatch's band looks in the field report.
     */
    sigma: z.ZodDefault<z.ZodEnum<["perBucket", "pooled"]>>;
    /**
     * A bucket gives a band once it holds `minSeasons` seasons' worth of datapoints (capped at the complete
     * occurrences a full window always holds: 1 for a weekly band over 14 days), and at least 2 datapoints
     * (σ needs two). Default 2.
     */
    minSeasons: z.ZodDefault<z.ZodNumber>;
    /** Lower edge kept at or above this value (e.g. 0 for counts); default null: CloudWatch does not clamp custom metrics. */
    clampLower: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    /**
     * Time ranges kept out of training, like `ExcludedTimeRanges`: every datapoint whose period [t, t + period)
     * overlaps a range is left out. Given as ISO times, kept as UTC ms (end exclusive). Default none.
     */
    excludedTimeRanges: z.ZodDefault<z.ZodArray<z.ZodEffects<z.ZodObject<{
        start: z.ZodEffects<z.ZodString, string, string>;
        end: z.ZodEffects<z.ZodString, string, string>;
    }, "strict", z.ZodTypeAny, {
        start: string;
        end: string;
    }, {
        start: string;
        end: string;
    }>, {
        startMs: number;
        endMs: number;
    }, {
        start: string;
        end: string;
    }>, "many">>;
    /**
     * Whether datapoints outside the band (at their own time) feed training. Default true: CloudWatch trains
     * on all data except excluded ranges, so a long fault is slowly learned as normal.
     */
    trainOnBreaching: z.ZodDefault<z.ZodBoolean>;
    /**
     * Whether earlier datapoints of the current bucket occurrence (today's 03:00–03:15 before 03:07) are in
     * the window. Default false: only completed occurrences train the band. If true, the first minutes of a
     * sustained fault widen the band for the rest of it.
     */
    trainOnCurrentSlot: z.ZodDefault<z.ZodBoolean>;
    /**
     * A floor under σ for every model: σ ≥ max(absolute, relative·|expected|). Flat stretches give σ = 0, so
     * without a floor any change breaches. Left out (default): no floor.
     */
    minSigma: z.ZodOptional<z.ZodObject<{
        absolute: z.ZodDefault<z.ZodNumber>;
        relative: z.ZodDefault<z.ZodNumber>;
    }, "strict", z.ZodTypeAny, {
        absolute: number;
        relative: number;
    }, {
        absolute?: number | undefined;
        relative?: number | undefined;
    }>>;
    /** `ewma` only: the age, days, at which a training datapoint weighs half as much as a current one. Default 3. */
    halfLifeDays: z.ZodOptional<z.ZodNumber>;
    /** Window models only (see {@link WINDOW_MODELS}): the trailing window, minutes. Default per model ({@link DEFAULT_WINDOW_MINUTES}). */
    windowMinutes: z.ZodOptional<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, {
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    seasonality?: "none" | "hourly" | "daily" | "weekly" | "auto" | undefined;
    bucketMinutes?: number | undefined;
    trainingDays?: number | undefined;
    minSeasons?: number | undefined;
    sigma?: "perBucket" | "pooled" | undefined;
    trainOnCurrentSlot?: boolean | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    k?: number | undefined;
    clampLower?: number | null | undefined;
    excludedTimeRanges?: {
        start: string;
        end: string;
    }[] | undefined;
    trainOnBreaching?: boolean | undefined;
    minSigma?: {
        absolute?: number | undefined;
        relative?: number | undefined;
    } | undefined;
}>, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, unknown>, z.ZodEffects<z.ZodType<{
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, z.ZodTypeDef, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}>, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}, {
    seasonality: "none" | "hourly" | "daily" | "weekly" | "auto";
    trainingDays: number;
    minSeasons: number;
    sigma: "perBucket" | "pooled";
    trainOnCurrentSlot: boolean;
    k: number;
    clampLower: number | null;
    excludedTimeRanges: {
        startMs: number;
        endMs: number;
    }[];
    trainOnBreaching: boolean;
    halfLifeDays?: number | undefined;
    windowMinutes?: number | undefined;
    bucketMinutes?: number | undefined;
    model?: "seasonal" | "robust" | "ewma" | "dailyWeekday" | "grafanaAdaptive" | "grafanaRobust" | "datadogBasic" | "awsPromql" | undefined;
    minSigma?: {
        absolute: number;
        relative: number;
    } | undefined;
}>>;
/**
 * Options of the band (seasonalBand), every default filled in: the output of {@link bandOptionsSchema}
 * (`excludedTimeRanges` in UTC ms).
 */
export type BandOptions = z.output<typeof bandOptionsSchema>;
/**
 * The band options as written in a scenario file (every field optional, `excludedTimeRanges` as ISO times).
 */
export type BandOptionsInput = z.input<typeof bandOptionsObject>;
/**
 * The defaults of every band option, from {@link bandOptionsSchema}: daily seasonality, k = 2, 14 training
 * days, per-bucket σ, 2 seasons, no clamp, no excluded ranges, training on breaching datapoints, not on the
 * current slot.
 *
 * @example
 * seasonalBand(datapoints, { ...DEFAULT_BAND_OPTIONS, k: 3 });
 */
export declare const DEFAULT_BAND_OPTIONS: Readonly<BandOptions>;
export {};
