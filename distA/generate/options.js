import { z } from 'zod';
import { fields, LIMITS } from '../core/fields.js';
import { isReplayStep } from '../replay/inferStep.js';
/*
 * The generators' options as a scenario file gives them (`series`), with their defaults and ranges. Every
 * object is strict: an unknown field is an error. generateSeries turns a SeriesConfig into a generator's call.
 */
const { positive, nonNegative, minutes } = fields;
const cadencePhase = z.discriminatedUnion('mode', [
    z.strictObject({ fromDay: nonNegative.max(3 * LIMITS.days).default(0), mode: z.literal('loop'), sleepMinutes: nonNegative.max(LIMITS.minutes).default(30) }),
    z.strictObject({ fromDay: nonNegative.max(3 * LIMITS.days).default(0), mode: z.literal('cron'), intervalMinutes: minutes.int() }),
]);
/**
 * The step a generated series is drawn on when none is given: one sample a minute (a scenario's
 * `stepSeconds`, and the generators').
 *
 * @example
 * generateDice(rng, { startMs, length: 1440 }).series.stepSeconds; // DEFAULT_STEP_SECONDS, 60
 */
export const DEFAULT_STEP_SECONDS = 60;
const diceSeries = z.strictObject({
    generator: z.literal('dice'),
    /** Number of faces: values 1..faces. Default 6. */
    faces: z.number().int().min(2).max(1000).default(6),
});
const skylineSeries = z.strictObject({
    generator: z.literal('skyline'),
    cadence: z
        .array(cadencePhase)
        .min(1)
        .max(100)
        .superRefine((cadence, ctx) => {
        cadence.forEach((phase, p) => {
            if (p === 0 && phase.fromDay !== 0)
                ctx.addIssue({ code: z.ZodIssueCode.custom, path: [0, 'fromDay'], message: 'the first phase must start at day 0' });
            if (p > 0 && phase.fromDay <= cadence[p - 1].fromDay) {
                ctx.addIssue({ code: z.ZodIssueCode.custom, path: [p, 'fromDay'], message: 'phases must be in increasing order of fromDay' });
            }
        });
    }),
    /** CPU % per minute of a run; default NYC_SKYLINE (see skyline.ts). */
    heights: z.array(z.number().finite().min(0).max(100)).min(1).max(1440).optional(),
    /** Idle CPU %. Default 4. */
    baselinePercent: z.number().finite().min(0).max(100).default(4),
    /** Standard deviation of the idle noise, CPU %. Default 1. */
    noisePercent: nonNegative.max(100).default(1),
    /** Relative standard deviation of a whole run's height (runs are not identical). Default 0.05. */
    runJitter: nonNegative.max(1).default(0.05),
});
const coconutSeries = z.strictObject({
    generator: z.literal('coconut'),
    // At the limits day + wander has an sd of at most √2, so the rate (≤ 1e8 · 60 · e^(day + wander) per step)
    // stays far from overflow (e^709) and Poisson's lambda finite.
    /** Orders per minute at the daily peak of an average weekday. Default 3000. */
    peakPerMinute: positive.max(1e6).default(3000),
    /** Share of the peak at each UTC hour 0..23; default COCONUT_DAILY_SHAPE (see coconut.ts). */
    dailyShape: z.array(nonNegative.max(10)).length(24).optional(),
    /** Factor per weekday, Monday first; default COCONUT_WEEKLY_SHAPE. */
    weeklyShape: z.array(nonNegative.max(10)).length(7).optional(),
    /** Log-scale sd of a whole day's level (busier and quieter days). Default 0.08. */
    daySd: nonNegative.max(1).default(0.08),
    /** Correlation of one day's level with the previous day's. Default 0.5. */
    dayCorrelation: z.number().min(0).max(0.999).default(0.5),
    /** Log-scale sd of slow within-day wandering. Default 0.04. */
    intradaySd: nonNegative.max(1).default(0.04),
    /** Correlation time of the within-day wandering, minutes. Default 60. */
    intradayMinutes: minutes.default(60),
});
const replaySeries = z.strictObject({
    generator: z.literal('replay'),
    /** CSV or AWS CLI JSON, relative to the scenario file. */
    file: z.string().min(1).max(4096),
    /** get-metric-statistics: which statistic to read. */
    statistic: z.string().min(1).max(100).optional(),
    /** CSV: the value column's header; default the second column. */
    column: z.string().min(1).max(200).optional(),
    /** get-metric-data: the result's Id (required when the file holds several); for other formats as statistic or column. */
    metric: z.string().min(1).max(255).optional(),
    /**
     * Labelled incident windows of the replayed data, relative to the scenario file: NAB's combined_windows.json
     * form (the entry whose key ends the data file's path) or a CSV of start,end windows. Injected faults are
     * drawn so that a fault and its detection horizon overlap no window. Default none.
     */
    labels: z.string().min(1).max(4096).optional(),
    /** The step rows are grouped into, seconds; default the most common gap between timestamps. */
    periodSeconds: z
        .number()
        .int()
        .refine(isReplayStep, { message: 'must be 1, 5, 10, 30 or a multiple of 60 that divides a day (60, 120, ..., 300, ..., 3600, ..., 86400)' })
        .optional(),
});
/**
 * A scenario's `series`: which generator makes the metric, with its options (every default filled in), or
 * which file is replayed. One schema for the runtime check, the defaults and the type ({@link SeriesConfig});
 * the scenario schema composes it.
 *
 * @example
 * seriesSchema.parse({ generator: 'dice' }); // { generator: 'dice', faces: 6 }
 */
export const seriesSchema = z.discriminatedUnion('generator', [diceSeries, skylineSeries, coconutSeries, replaySeries]);
/** A parsed series' settings: the series without its `generator`, frozen. */
function settingsOf(series) {
    const { generator: _, ...settings } = series;
    return Object.freeze(settings);
}
/**
 * The dice generator's defaults, from {@link seriesSchema}: 6 faces.
 *
 * @example
 * DEFAULT_DICE_OPTIONS.faces; // 6
 */
export const DEFAULT_DICE_OPTIONS = settingsOf(diceSeries.parse({ generator: 'dice' }));
/**
 * The skyline generator's defaults, from {@link seriesSchema} (the cadence has none): idle at 4% with a noise
 * of 1%, runs' heights varying by 5%.
 *
 * @example
 * DEFAULT_SKYLINE_OPTIONS.baselinePercent; // 4
 */
export const DEFAULT_SKYLINE_OPTIONS = settingsOf(skylineSeries.omit({ cadence: true }).parse({ generator: 'skyline' }));
/**
 * The coconut generator's defaults, from {@link seriesSchema}: 3000 orders a minute at the peak, a day's level
 * with sd 0.08 and correlation 0.5, within-day wandering with sd 0.04 over 60 minutes.
 *
 * @example
 * DEFAULT_COCONUT_OPTIONS.peakPerMinute; // 3000
 */
export const DEFAULT_COCONUT_OPTIONS = settingsOf(coconutSeries.parse({ generator: 'coconut' }));
