import { z } from 'zod';
/**
 * The step a generated series is drawn on when none is given: one sample a minute (a scenario's
 * `stepSeconds`, and the generators').
 *
 * @example
 * generateDice(rng, { startMs, length: 1440 }).series.stepSeconds; // DEFAULT_STEP_SECONDS, 60
 */
export declare const DEFAULT_STEP_SECONDS = 60;
declare const diceSeries: z.ZodObject<{
    generator: z.ZodLiteral<"dice">;
    /** Number of faces: values 1..faces. Default 6. */
    faces: z.ZodDefault<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    generator: "dice";
    faces: number;
}, {
    generator: "dice";
    faces?: number | undefined;
}>;
declare const skylineSeries: z.ZodObject<{
    generator: z.ZodLiteral<"skyline">;
    cadence: z.ZodEffects<z.ZodArray<z.ZodDiscriminatedUnion<"mode", [z.ZodObject<{
        fromDay: z.ZodDefault<z.ZodNumber>;
        mode: z.ZodLiteral<"loop">;
        sleepMinutes: z.ZodDefault<z.ZodNumber>;
    }, "strict", z.ZodTypeAny, {
        mode: "loop";
        fromDay: number;
        sleepMinutes: number;
    }, {
        mode: "loop";
        fromDay?: number | undefined;
        sleepMinutes?: number | undefined;
    }>, z.ZodObject<{
        fromDay: z.ZodDefault<z.ZodNumber>;
        mode: z.ZodLiteral<"cron">;
        intervalMinutes: z.ZodNumber;
    }, "strict", z.ZodTypeAny, {
        intervalMinutes: number;
        mode: "cron";
        fromDay: number;
    }, {
        intervalMinutes: number;
        mode: "cron";
        fromDay?: number | undefined;
    }>]>, "many">, ({
        mode: "loop";
        fromDay: number;
        sleepMinutes: number;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay: number;
    })[], ({
        mode: "loop";
        fromDay?: number | undefined;
        sleepMinutes?: number | undefined;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay?: number | undefined;
    })[]>;
    /** CPU % per minute of a run; default NYC_SKYLINE (see skyline.ts). */
    heights: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
    /** Idle CPU %. Default 4. */
    baselinePercent: z.ZodDefault<z.ZodNumber>;
    /** Standard deviation of the idle noise, CPU %. Default 1. */
    noisePercent: z.ZodDefault<z.ZodNumber>;
    /** Relative standard deviation of a whole run's height (runs are not identical). Default 0.05. */
    runJitter: z.ZodDefault<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    cadence: ({
        mode: "loop";
        fromDay: number;
        sleepMinutes: number;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay: number;
    })[];
    generator: "skyline";
    baselinePercent: number;
    noisePercent: number;
    runJitter: number;
    heights?: number[] | undefined;
}, {
    cadence: ({
        mode: "loop";
        fromDay?: number | undefined;
        sleepMinutes?: number | undefined;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay?: number | undefined;
    })[];
    generator: "skyline";
    heights?: number[] | undefined;
    baselinePercent?: number | undefined;
    noisePercent?: number | undefined;
    runJitter?: number | undefined;
}>;
declare const coconutSeries: z.ZodObject<{
    generator: z.ZodLiteral<"coconut">;
    /** Orders per minute at the daily peak of an average weekday. Default 3000. */
    peakPerMinute: z.ZodDefault<z.ZodNumber>;
    /** Share of the peak at each UTC hour 0..23; default COCONUT_DAILY_SHAPE (see coconut.ts). */
    dailyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
    /** Factor per weekday, Monday first; default COCONUT_WEEKLY_SHAPE. */
    weeklyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
    /** Log-scale sd of a whole day's level (busier and quieter days). Default 0.08. */
    daySd: z.ZodDefault<z.ZodNumber>;
    /** Correlation of one day's level with the previous day's. Default 0.5. */
    dayCorrelation: z.ZodDefault<z.ZodNumber>;
    /** Log-scale sd of slow within-day wandering. Default 0.04. */
    intradaySd: z.ZodDefault<z.ZodNumber>;
    /** Correlation time of the within-day wandering, minutes. Default 60. */
    intradayMinutes: z.ZodDefault<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    generator: "coconut";
    peakPerMinute: number;
    daySd: number;
    dayCorrelation: number;
    intradaySd: number;
    intradayMinutes: number;
    dailyShape?: number[] | undefined;
    weeklyShape?: number[] | undefined;
}, {
    generator: "coconut";
    peakPerMinute?: number | undefined;
    dailyShape?: number[] | undefined;
    weeklyShape?: number[] | undefined;
    daySd?: number | undefined;
    dayCorrelation?: number | undefined;
    intradaySd?: number | undefined;
    intradayMinutes?: number | undefined;
}>;
/**
 * A scenario's `series`: which generator makes the metric, with its options (every default filled in), or
 * which file is replayed. One schema for the runtime check, the defaults and the type ({@link SeriesConfig});
 * the scenario schema composes it.
 *
 * @example
 * seriesSchema.parse({ generator: 'dice' }); // { generator: 'dice', faces: 6 }
 */
export declare const seriesSchema: z.ZodDiscriminatedUnion<"generator", [z.ZodObject<{
    generator: z.ZodLiteral<"dice">;
    /** Number of faces: values 1..faces. Default 6. */
    faces: z.ZodDefault<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    generator: "dice";
    faces: number;
}, {
    generator: "dice";
    faces?: number | undefined;
}>, z.ZodObject<{
    generator: z.ZodLiteral<"skyline">;
    cadence: z.ZodEffects<z.ZodArray<z.ZodDiscriminatedUnion<"mode", [z.ZodObject<{
        fromDay: z.ZodDefault<z.ZodNumber>;
        mode: z.ZodLiteral<"loop">;
        sleepMinutes: z.ZodDefault<z.ZodNumber>;
    }, "strict", z.ZodTypeAny, {
        mode: "loop";
        fromDay: number;
        sleepMinutes: number;
    }, {
        mode: "loop";
        fromDay?: number | undefined;
        sleepMinutes?: number | undefined;
    }>, z.ZodObject<{
        fromDay: z.ZodDefault<z.ZodNumber>;
        mode: z.ZodLiteral<"cron">;
        intervalMinutes: z.ZodNumber;
    }, "strict", z.ZodTypeAny, {
        intervalMinutes: number;
        mode: "cron";
        fromDay: number;
    }, {
        intervalMinutes: number;
        mode: "cron";
        fromDay?: number | undefined;
    }>]>, "many">, ({
        mode: "loop";
        fromDay: number;
        sleepMinutes: number;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay: number;
    })[], ({
        mode: "loop";
        fromDay?: number | undefined;
        sleepMinutes?: number | undefined;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay?: number | undefined;
    })[]>;
    /** CPU % per minute of a run; default NYC_SKYLINE (see skyline.ts). */
    heights: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
    /** Idle CPU %. Default 4. */
    baselinePercent: z.ZodDefault<z.ZodNumber>;
    /** Standard deviation of the idle noise, CPU %. Default 1. */
    noisePercent: z.ZodDefault<z.ZodNumber>;
    /** Relative standard deviation of a whole run's height (runs are not identical). Default 0.05. */
    runJitter: z.ZodDefault<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    cadence: ({
        mode: "loop";
        fromDay: number;
        sleepMinutes: number;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay: number;
    })[];
    generator: "skyline";
    baselinePercent: number;
    noisePercent: number;
    runJitter: number;
    heights?: number[] | undefined;
}, {
    cadence: ({
        mode: "loop";
        fromDay?: number | undefined;
        sleepMinutes?: number | undefined;
    } | {
        intervalMinutes: number;
        mode: "cron";
        fromDay?: number | undefined;
    })[];
    generator: "skyline";
    heights?: number[] | undefined;
    baselinePercent?: number | undefined;
    noisePercent?: number | undefined;
    runJitter?: number | undefined;
}>, z.ZodObject<{
    generator: z.ZodLiteral<"coconut">;
    /** Orders per minute at the daily peak of an average weekday. Default 3000. */
    peakPerMinute: z.ZodDefault<z.ZodNumber>;
    /** Share of the peak at each UTC hour 0..23; default COCONUT_DAILY_SHAPE (see coconut.ts). */
    dailyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
    /** Factor per weekday, Monday first; default COCONUT_WEEKLY_SHAPE. */
    weeklyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
    /** Log-scale sd of a whole day's level (busier and quieter days). Default 0.08. */
    daySd: z.ZodDefault<z.ZodNumber>;
    /** Correlation of one day's level with the previous day's. Default 0.5. */
    dayCorrelation: z.ZodDefault<z.ZodNumber>;
    /** Log-scale sd of slow within-day wandering. Default 0.04. */
    intradaySd: z.ZodDefault<z.ZodNumber>;
    /** Correlation time of the within-day wandering, minutes. Default 60. */
    intradayMinutes: z.ZodDefault<z.ZodNumber>;
}, "strict", z.ZodTypeAny, {
    generator: "coconut";
    peakPerMinute: number;
    daySd: number;
    dayCorrelation: number;
    intradaySd: number;
    intradayMinutes: number;
    dailyShape?: number[] | undefined;
    weeklyShape?: number[] | undefined;
}, {
    generator: "coconut";
    peakPerMinute?: number | undefined;
    dailyShape?: number[] | undefined;
    weeklyShape?: number[] | undefined;
    daySd?: number | undefined;
    dayCorrelation?: number | undefined;
    intradaySd?: number | undefined;
    intradayMinutes?: number | undefined;
}>, z.ZodObject<{
    generator: z.ZodLiteral<"replay">;
    /** CSV or AWS CLI JSON, relative to the scenario file. */
    file: z.ZodString;
    /** get-metric-statistics: which statistic to read. */
    statistic: z.ZodOptional<z.ZodString>;
    /** CSV: the value column's header; default the second column. */
    column: z.ZodOptional<z.ZodString>;
    /** get-metric-data: the result's Id (required when the file holds several); for other formats as statistic or column. */
    metric: z.ZodOptional<z.ZodString>;
    /**
     * Labelled incident windows of the replayed data, relative to the scenario file: NAB's combined_windows.json
     * form (the entry whose key ends the data file's path) or a CSV of start,end windows. Injected faults are
     * drawn so that a fault and its detection horizon overlap no window. Default none.
     */
    labels: z.ZodOptional<z.ZodString>;
    /** The step rows are grouped into, seconds; default the most common gap between timestamps. */
    periodSeconds: z.ZodOptional<z.ZodEffects<z.ZodNumber, number, number>>;
}, "strict", z.ZodTypeAny, {
    generator: "replay";
    file: string;
    periodSeconds?: number | undefined;
    statistic?: string | undefined;
    column?: string | undefined;
    metric?: string | undefined;
    labels?: string | undefined;
}, {
    generator: "replay";
    file: string;
    periodSeconds?: number | undefined;
    statistic?: string | undefined;
    column?: string | undefined;
    metric?: string | undefined;
    labels?: string | undefined;
}>]>;
/** A scenario's series with every default filled in (the output of {@link seriesSchema}). */
export type SeriesConfig = z.output<typeof seriesSchema>;
/** The dice generator's settings, every default filled in (a `dice` series without `generator`). */
export type DiceSettings = Omit<z.output<typeof diceSeries>, 'generator'>;
/** The skyline generator's settings, every default filled in (a `skyline` series without `generator` and `cadence`). */
export type SkylineSettings = Omit<z.output<typeof skylineSeries>, 'generator' | 'cadence'>;
/** The coconut generator's settings, every default filled in (a `coconut` series without `generator`). */
export type CoconutSettings = Omit<z.output<typeof coconutSeries>, 'generator'>;
/**
 * The dice generator's defaults, from {@link seriesSchema}: 6 faces.
 *
 * @example
 * DEFAULT_DICE_OPTIONS.faces; // 6
 */
export declare const DEFAULT_DICE_OPTIONS: Readonly<DiceSettings>;
/**
 * The skyline generator's defaults, from {@link seriesSchema} (the cadence has none): idle at 4% with a noise
 * of 1%, runs' heights varying by 5%.
 *
 * @example
 * DEFAULT_SKYLINE_OPTIONS.baselinePercent; // 4
 */
export declare const DEFAULT_SKYLINE_OPTIONS: Readonly<SkylineSettings>;
/**
 * The coconut generator's defaults, from {@link seriesSchema}: 3000 orders a minute at the peak, a day's level
 * with sd 0.08 and correlation 0.5, within-day wandering with sd 0.04 over 60 minutes.
 *
 * @example
 * DEFAULT_COCONUT_OPTIONS.peakPerMinute; // 3000
 */
export declare const DEFAULT_COCONUT_OPTIONS: Readonly<CoconutSettings>;
export {};
