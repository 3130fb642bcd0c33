import { z } from 'zod';
import { type SeriesConfig } from '../generate/options.js';
/**
 * The scenario file format, one schema for both the runtime check and the TypeScript type. Every object
 * is strict: an unknown field is an error (a typo must not be silently ignored). Defaults are written here.
 */
export { LIMITS } from '../core/fields.js';
export { alarmSchema } from '../alarm/options.js';
export { seriesSchema, type SeriesConfig } from '../generate/options.js';
export declare const faultSchema: z.ZodObject<{
    name: z.ZodString;
    effects: z.ZodArray<z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
        type: z.ZodLiteral<"set">;
        value: z.ZodNumber;
    }, "strict", z.ZodTypeAny, {
        value: number;
        type: "set";
    }, {
        value: number;
        type: "set";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"outage">;
        as: z.ZodEnum<["zero", "noData"]>;
    }, "strict", z.ZodTypeAny, {
        type: "outage";
        as: "zero" | "noData";
    }, {
        type: "outage";
        as: "zero" | "noData";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"scale">;
        factor: z.ZodNumber;
        rampMinutes: z.ZodDefault<z.ZodNumber>;
    }, "strict", z.ZodTypeAny, {
        type: "scale";
        factor: number;
        rampMinutes: number;
    }, {
        type: "scale";
        factor: number;
        rampMinutes?: number | undefined;
    }>, z.ZodObject<{
        type: z.ZodLiteral<"cadence">;
        intervalMinutes: z.ZodNumber;
    }, "strict", z.ZodTypeAny, {
        type: "cadence";
        intervalMinutes: number;
    }, {
        type: "cadence";
        intervalMinutes: number;
    }>, z.ZodObject<{
        type: z.ZodLiteral<"stopRuns">;
    }, "strict", z.ZodTypeAny, {
        type: "stopRuns";
    }, {
        type: "stopRuns";
    }>]>, "many">;
    /** null: the fault lasts until the end of the run. */
    durationMinutes: z.ZodNullable<z.ZodNumber>;
    /** Onset: a uniformly random time in the onset spread, or a random day of it at a fixed UTC time. */
    onset: z.ZodDefault<z.ZodObject<{
        timeOfDay: z.ZodOptional<z.ZodString>;
    }, "strict", z.ZodTypeAny, {
        timeOfDay?: string | undefined;
    }, {
        timeOfDay?: string | undefined;
    }>>;
    /** Detection counts only this long after onset; default the fault's duration plus N periods of the alarm. */
    horizonMinutes: z.ZodOptional<z.ZodNumber>;
    /** Variants this fault applies to; default all. */
    variants: z.ZodOptional<z.ZodArray<z.ZodString, "many">>;
}, "strict", z.ZodTypeAny, {
    name: string;
    effects: ({
        value: number;
        type: "set";
    } | {
        type: "outage";
        as: "zero" | "noData";
    } | {
        type: "scale";
        factor: number;
        rampMinutes: number;
    } | {
        type: "cadence";
        intervalMinutes: number;
    } | {
        type: "stopRuns";
    })[];
    durationMinutes: number | null;
    onset: {
        timeOfDay?: string | undefined;
    };
    horizonMinutes?: number | undefined;
    variants?: string[] | undefined;
}, {
    name: string;
    effects: ({
        value: number;
        type: "set";
    } | {
        type: "outage";
        as: "zero" | "noData";
    } | {
        type: "scale";
        factor: number;
        rampMinutes?: number | undefined;
    } | {
        type: "cadence";
        intervalMinutes: number;
    } | {
        type: "stopRuns";
    })[];
    durationMinutes: number | null;
    onset?: {
        timeOfDay?: string | undefined;
    } | undefined;
    horizonMinutes?: number | undefined;
    variants?: string[] | undefined;
}>;
declare const scenarioFields: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodDefault<z.ZodString>;
    seed: z.ZodDefault<z.ZodUnion<[z.ZodNumber, z.ZodString]>>;
    trials: z.ZodDefault<z.ZodNumber>;
    start: z.ZodDefault<z.ZodEffects<z.ZodString, string, string>>;
    stepSeconds: z.ZodDefault<z.ZodNumber>;
    warmupDays: z.ZodDefault<z.ZodNumber>;
    onsetSpreadDays: z.ZodDefault<z.ZodNumber>;
    tailDays: z.ZodDefault<z.ZodNumber>;
    /** The lowest value the metric can take (0 for counts, 1 for a die); reported against the band's lower edge. */
    possibleMinimum: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    /** The metric's unit, shown on chart axes; default from the generator (see {@link defaultUnit}). */
    unit: z.ZodOptional<z.ZodString>;
    series: z.ZodDiscriminatedUnion<"generator", [z.ZodObject<{
        generator: z.ZodLiteral<"dice">;
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
        heights: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
        baselinePercent: z.ZodDefault<z.ZodNumber>;
        noisePercent: z.ZodDefault<z.ZodNumber>;
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
        peakPerMinute: z.ZodDefault<z.ZodNumber>;
        dailyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
        weeklyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
        daySd: z.ZodDefault<z.ZodNumber>;
        dayCorrelation: z.ZodDefault<z.ZodNumber>;
        intradaySd: z.ZodDefault<z.ZodNumber>;
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
        file: z.ZodString;
        statistic: z.ZodOptional<z.ZodString>;
        column: z.ZodOptional<z.ZodString>;
        metric: z.ZodOptional<z.ZodString>;
        labels: z.ZodOptional<z.ZodString>;
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
    variants: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        description: z.ZodDefault<z.ZodString>;
        series: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    }, "strict", z.ZodTypeAny, {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }, {
        name: string;
        series: Record<string, unknown>;
        description?: string | undefined;
    }>, "many">>;
    alarms: z.ZodArray<z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
        type: z.ZodLiteral<"band">;
        comparison: z.ZodDefault<z.ZodEnum<["LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"]>>;
        band: z.ZodDefault<z.ZodEffects<z.ZodObject<{
            model: z.ZodOptional<z.ZodEnum<["seasonal", "robust", "ewma", "dailyWeekday", "grafanaAdaptive", "grafanaRobust", "datadogBasic", "awsPromql"]>>;
            seasonality: z.ZodDefault<z.ZodEnum<["none", "hourly", "daily", "weekly", "auto"]>>;
            k: z.ZodDefault<z.ZodNumber>;
            trainingDays: z.ZodDefault<z.ZodNumber>;
            bucketMinutes: z.ZodOptional<z.ZodNumber>;
            sigma: z.ZodDefault<z.ZodEnum<["perBucket", "pooled"]>>;
            minSeasons: z.ZodDefault<z.ZodNumber>;
            clampLower: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
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
            trainOnBreaching: z.ZodDefault<z.ZodBoolean>;
            trainOnCurrentSlot: z.ZodDefault<z.ZodBoolean>;
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
            halfLifeDays: z.ZodOptional<z.ZodNumber>;
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
        }, unknown>>;
        name: z.ZodString;
        periodSeconds: z.ZodDefault<z.ZodNumber>;
        statistic: z.ZodDefault<z.ZodType<import("../index.js").Statistic, z.ZodTypeDef, import("../index.js").Statistic>>;
        evaluationPeriods: z.ZodDefault<z.ZodNumber>;
        datapointsToAlarm: z.ZodOptional<z.ZodNumber>;
        treatMissingData: z.ZodDefault<z.ZodEnum<["missing", "notBreaching", "breaching", "ignore"]>>;
    }, "strict", z.ZodTypeAny, {
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    }, {
        type: "band";
        name: string;
        periodSeconds?: number | undefined;
        band?: unknown;
        comparison?: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold" | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
    }>, z.ZodObject<{
        type: z.ZodLiteral<"static">;
        comparison: z.ZodEnum<["GreaterThanThreshold", "GreaterThanOrEqualToThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold"]>;
        threshold: z.ZodOptional<z.ZodUnion<[z.ZodNumber, z.ZodObject<{
            percentOfRecentMax: z.ZodNumber;
            days: z.ZodDefault<z.ZodNumber>;
        }, "strict", z.ZodTypeAny, {
            days: number;
            percentOfRecentMax: number;
        }, {
            percentOfRecentMax: number;
            days?: number | undefined;
        }>]>>;
        lower: z.ZodOptional<z.ZodNumber>;
        upper: z.ZodOptional<z.ZodNumber>;
        name: z.ZodString;
        periodSeconds: z.ZodDefault<z.ZodNumber>;
        statistic: z.ZodDefault<z.ZodType<import("../index.js").Statistic, z.ZodTypeDef, import("../index.js").Statistic>>;
        evaluationPeriods: z.ZodDefault<z.ZodNumber>;
        datapointsToAlarm: z.ZodOptional<z.ZodNumber>;
        treatMissingData: z.ZodDefault<z.ZodEnum<["missing", "notBreaching", "breaching", "ignore"]>>;
    }, "strict", z.ZodTypeAny, {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    }, {
        type: "static";
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        lower?: number | undefined;
        upper?: number | undefined;
        periodSeconds?: number | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
        threshold?: number | {
            percentOfRecentMax: number;
            days?: number | undefined;
        } | undefined;
    }>]>, "many">;
    faults: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        effects: z.ZodArray<z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
            type: z.ZodLiteral<"set">;
            value: z.ZodNumber;
        }, "strict", z.ZodTypeAny, {
            value: number;
            type: "set";
        }, {
            value: number;
            type: "set";
        }>, z.ZodObject<{
            type: z.ZodLiteral<"outage">;
            as: z.ZodEnum<["zero", "noData"]>;
        }, "strict", z.ZodTypeAny, {
            type: "outage";
            as: "zero" | "noData";
        }, {
            type: "outage";
            as: "zero" | "noData";
        }>, z.ZodObject<{
            type: z.ZodLiteral<"scale">;
            factor: z.ZodNumber;
            rampMinutes: z.ZodDefault<z.ZodNumber>;
        }, "strict", z.ZodTypeAny, {
            type: "scale";
            factor: number;
            rampMinutes: number;
        }, {
            type: "scale";
            factor: number;
            rampMinutes?: number | undefined;
        }>, z.ZodObject<{
            type: z.ZodLiteral<"cadence">;
            intervalMinutes: z.ZodNumber;
        }, "strict", z.ZodTypeAny, {
            type: "cadence";
            intervalMinutes: number;
        }, {
            type: "cadence";
            intervalMinutes: number;
        }>, z.ZodObject<{
            type: z.ZodLiteral<"stopRuns">;
        }, "strict", z.ZodTypeAny, {
            type: "stopRuns";
        }, {
            type: "stopRuns";
        }>]>, "many">;
        /** null: the fault lasts until the end of the run. */
        durationMinutes: z.ZodNullable<z.ZodNumber>;
        /** Onset: a uniformly random time in the onset spread, or a random day of it at a fixed UTC time. */
        onset: z.ZodDefault<z.ZodObject<{
            timeOfDay: z.ZodOptional<z.ZodString>;
        }, "strict", z.ZodTypeAny, {
            timeOfDay?: string | undefined;
        }, {
            timeOfDay?: string | undefined;
        }>>;
        /** Detection counts only this long after onset; default the fault's duration plus N periods of the alarm. */
        horizonMinutes: z.ZodOptional<z.ZodNumber>;
        /** Variants this fault applies to; default all. */
        variants: z.ZodOptional<z.ZodArray<z.ZodString, "many">>;
    }, "strict", z.ZodTypeAny, {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }, {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes?: number | undefined;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset?: {
            timeOfDay?: string | undefined;
        } | undefined;
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }>, "many">>;
}, "strict", z.ZodTypeAny, {
    start: string;
    name: string;
    description: string;
    seed: string | number;
    trials: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    series: {
        generator: "dice";
        faces: number;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute: number;
        daySd: number;
        dayCorrelation: number;
        intradaySd: number;
        intradayMinutes: number;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    } | {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    })[];
    faults: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[];
    variants?: {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }[] | undefined;
    unit?: string | undefined;
}, {
    name: string;
    series: {
        generator: "dice";
        faces?: number | undefined;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute?: number | undefined;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
        daySd?: number | undefined;
        dayCorrelation?: number | undefined;
        intradaySd?: number | undefined;
        intradayMinutes?: number | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        name: string;
        periodSeconds?: number | undefined;
        band?: unknown;
        comparison?: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold" | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
    } | {
        type: "static";
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        lower?: number | undefined;
        upper?: number | undefined;
        periodSeconds?: number | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
        threshold?: number | {
            percentOfRecentMax: number;
            days?: number | undefined;
        } | undefined;
    })[];
    start?: string | undefined;
    variants?: {
        name: string;
        series: Record<string, unknown>;
        description?: string | undefined;
    }[] | undefined;
    description?: string | undefined;
    seed?: string | number | undefined;
    trials?: number | undefined;
    stepSeconds?: number | undefined;
    warmupDays?: number | undefined;
    onsetSpreadDays?: number | undefined;
    tailDays?: number | undefined;
    possibleMinimum?: number | null | undefined;
    unit?: string | undefined;
    faults?: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes?: number | undefined;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset?: {
            timeOfDay?: string | undefined;
        } | undefined;
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[] | undefined;
}>;
/** A scenario's fields as the schema reads them, before the rules between them. */
type ScenarioFields = z.output<typeof scenarioFields>;
/**
 * Cuts text echoed in a message (a value, a key, a name) to `max` characters, ending in "…", with control
 * characters as spaces.
 *
 * @param max default 60
 * @example
 * shortText('x'.repeat(100)); // 'xxx…x…' (60 characters)
 */
export declare function shortText(text: string, max?: number): string;
/**
 * Each variant's series: the scenario's `series` with the variant's fields over it, or the variant's own
 * series alone when it names another generator (so that it inherits no other generator's fields), checked
 * by {@link seriesSchema}. A scenario without `variants` has one, "default", with the scenario's series.
 *
 * @example
 * variantSeries(scenarioSchema.parse(json)).map((v) => v.series.success);
 */
export declare function variantSeries(input: Pick<ScenarioFields, 'series' | 'variants'>): Array<{
    name: string;
    description: string;
    series: z.SafeParseReturnType<unknown, SeriesConfig>;
}>;
/**
 * The scenario file format, composed of every stage's options schema (series, alarms with their band,
 * fault effects and onsets). Once every field has passed its own check, the rules between fields are
 * checked (see scenarioRules, which applies each alarm's alarmRules too), each with its field's path, so
 * that one message lists every broken rule.
 *
 * @example
 * scenarioSchema.parse({ name: 'x', series: { generator: 'dice' }, alarms: [{ name: 'band', type: 'band' }] }).warmupDays; // 14
 */
export declare const scenarioSchema: z.ZodPipeline<z.ZodObject<{
    name: z.ZodString;
    description: z.ZodDefault<z.ZodString>;
    seed: z.ZodDefault<z.ZodUnion<[z.ZodNumber, z.ZodString]>>;
    trials: z.ZodDefault<z.ZodNumber>;
    start: z.ZodDefault<z.ZodEffects<z.ZodString, string, string>>;
    stepSeconds: z.ZodDefault<z.ZodNumber>;
    warmupDays: z.ZodDefault<z.ZodNumber>;
    onsetSpreadDays: z.ZodDefault<z.ZodNumber>;
    tailDays: z.ZodDefault<z.ZodNumber>;
    /** The lowest value the metric can take (0 for counts, 1 for a die); reported against the band's lower edge. */
    possibleMinimum: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    /** The metric's unit, shown on chart axes; default from the generator (see {@link defaultUnit}). */
    unit: z.ZodOptional<z.ZodString>;
    series: z.ZodDiscriminatedUnion<"generator", [z.ZodObject<{
        generator: z.ZodLiteral<"dice">;
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
        heights: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
        baselinePercent: z.ZodDefault<z.ZodNumber>;
        noisePercent: z.ZodDefault<z.ZodNumber>;
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
        peakPerMinute: z.ZodDefault<z.ZodNumber>;
        dailyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
        weeklyShape: z.ZodOptional<z.ZodArray<z.ZodNumber, "many">>;
        daySd: z.ZodDefault<z.ZodNumber>;
        dayCorrelation: z.ZodDefault<z.ZodNumber>;
        intradaySd: z.ZodDefault<z.ZodNumber>;
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
        file: z.ZodString;
        statistic: z.ZodOptional<z.ZodString>;
        column: z.ZodOptional<z.ZodString>;
        metric: z.ZodOptional<z.ZodString>;
        labels: z.ZodOptional<z.ZodString>;
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
    variants: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        description: z.ZodDefault<z.ZodString>;
        series: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    }, "strict", z.ZodTypeAny, {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }, {
        name: string;
        series: Record<string, unknown>;
        description?: string | undefined;
    }>, "many">>;
    alarms: z.ZodArray<z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
        type: z.ZodLiteral<"band">;
        comparison: z.ZodDefault<z.ZodEnum<["LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"]>>;
        band: z.ZodDefault<z.ZodEffects<z.ZodObject<{
            model: z.ZodOptional<z.ZodEnum<["seasonal", "robust", "ewma", "dailyWeekday", "grafanaAdaptive", "grafanaRobust", "datadogBasic", "awsPromql"]>>;
            seasonality: z.ZodDefault<z.ZodEnum<["none", "hourly", "daily", "weekly", "auto"]>>;
            k: z.ZodDefault<z.ZodNumber>;
            trainingDays: z.ZodDefault<z.ZodNumber>;
            bucketMinutes: z.ZodOptional<z.ZodNumber>;
            sigma: z.ZodDefault<z.ZodEnum<["perBucket", "pooled"]>>;
            minSeasons: z.ZodDefault<z.ZodNumber>;
            clampLower: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
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
            trainOnBreaching: z.ZodDefault<z.ZodBoolean>;
            trainOnCurrentSlot: z.ZodDefault<z.ZodBoolean>;
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
            halfLifeDays: z.ZodOptional<z.ZodNumber>;
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
        }, unknown>>;
        name: z.ZodString;
        periodSeconds: z.ZodDefault<z.ZodNumber>;
        statistic: z.ZodDefault<z.ZodType<import("../index.js").Statistic, z.ZodTypeDef, import("../index.js").Statistic>>;
        evaluationPeriods: z.ZodDefault<z.ZodNumber>;
        datapointsToAlarm: z.ZodOptional<z.ZodNumber>;
        treatMissingData: z.ZodDefault<z.ZodEnum<["missing", "notBreaching", "breaching", "ignore"]>>;
    }, "strict", z.ZodTypeAny, {
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    }, {
        type: "band";
        name: string;
        periodSeconds?: number | undefined;
        band?: unknown;
        comparison?: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold" | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
    }>, z.ZodObject<{
        type: z.ZodLiteral<"static">;
        comparison: z.ZodEnum<["GreaterThanThreshold", "GreaterThanOrEqualToThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold"]>;
        threshold: z.ZodOptional<z.ZodUnion<[z.ZodNumber, z.ZodObject<{
            percentOfRecentMax: z.ZodNumber;
            days: z.ZodDefault<z.ZodNumber>;
        }, "strict", z.ZodTypeAny, {
            days: number;
            percentOfRecentMax: number;
        }, {
            percentOfRecentMax: number;
            days?: number | undefined;
        }>]>>;
        lower: z.ZodOptional<z.ZodNumber>;
        upper: z.ZodOptional<z.ZodNumber>;
        name: z.ZodString;
        periodSeconds: z.ZodDefault<z.ZodNumber>;
        statistic: z.ZodDefault<z.ZodType<import("../index.js").Statistic, z.ZodTypeDef, import("../index.js").Statistic>>;
        evaluationPeriods: z.ZodDefault<z.ZodNumber>;
        datapointsToAlarm: z.ZodOptional<z.ZodNumber>;
        treatMissingData: z.ZodDefault<z.ZodEnum<["missing", "notBreaching", "breaching", "ignore"]>>;
    }, "strict", z.ZodTypeAny, {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    }, {
        type: "static";
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        lower?: number | undefined;
        upper?: number | undefined;
        periodSeconds?: number | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
        threshold?: number | {
            percentOfRecentMax: number;
            days?: number | undefined;
        } | undefined;
    }>]>, "many">;
    faults: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        effects: z.ZodArray<z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
            type: z.ZodLiteral<"set">;
            value: z.ZodNumber;
        }, "strict", z.ZodTypeAny, {
            value: number;
            type: "set";
        }, {
            value: number;
            type: "set";
        }>, z.ZodObject<{
            type: z.ZodLiteral<"outage">;
            as: z.ZodEnum<["zero", "noData"]>;
        }, "strict", z.ZodTypeAny, {
            type: "outage";
            as: "zero" | "noData";
        }, {
            type: "outage";
            as: "zero" | "noData";
        }>, z.ZodObject<{
            type: z.ZodLiteral<"scale">;
            factor: z.ZodNumber;
            rampMinutes: z.ZodDefault<z.ZodNumber>;
        }, "strict", z.ZodTypeAny, {
            type: "scale";
            factor: number;
            rampMinutes: number;
        }, {
            type: "scale";
            factor: number;
            rampMinutes?: number | undefined;
        }>, z.ZodObject<{
            type: z.ZodLiteral<"cadence">;
            intervalMinutes: z.ZodNumber;
        }, "strict", z.ZodTypeAny, {
            type: "cadence";
            intervalMinutes: number;
        }, {
            type: "cadence";
            intervalMinutes: number;
        }>, z.ZodObject<{
            type: z.ZodLiteral<"stopRuns">;
        }, "strict", z.ZodTypeAny, {
            type: "stopRuns";
        }, {
            type: "stopRuns";
        }>]>, "many">;
        /** null: the fault lasts until the end of the run. */
        durationMinutes: z.ZodNullable<z.ZodNumber>;
        /** Onset: a uniformly random time in the onset spread, or a random day of it at a fixed UTC time. */
        onset: z.ZodDefault<z.ZodObject<{
            timeOfDay: z.ZodOptional<z.ZodString>;
        }, "strict", z.ZodTypeAny, {
            timeOfDay?: string | undefined;
        }, {
            timeOfDay?: string | undefined;
        }>>;
        /** Detection counts only this long after onset; default the fault's duration plus N periods of the alarm. */
        horizonMinutes: z.ZodOptional<z.ZodNumber>;
        /** Variants this fault applies to; default all. */
        variants: z.ZodOptional<z.ZodArray<z.ZodString, "many">>;
    }, "strict", z.ZodTypeAny, {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }, {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes?: number | undefined;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset?: {
            timeOfDay?: string | undefined;
        } | undefined;
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }>, "many">>;
}, "strict", z.ZodTypeAny, {
    start: string;
    name: string;
    description: string;
    seed: string | number;
    trials: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    series: {
        generator: "dice";
        faces: number;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute: number;
        daySd: number;
        dayCorrelation: number;
        intradaySd: number;
        intradayMinutes: number;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    } | {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    })[];
    faults: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[];
    variants?: {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }[] | undefined;
    unit?: string | undefined;
}, {
    name: string;
    series: {
        generator: "dice";
        faces?: number | undefined;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute?: number | undefined;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
        daySd?: number | undefined;
        dayCorrelation?: number | undefined;
        intradaySd?: number | undefined;
        intradayMinutes?: number | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        name: string;
        periodSeconds?: number | undefined;
        band?: unknown;
        comparison?: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold" | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
    } | {
        type: "static";
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        lower?: number | undefined;
        upper?: number | undefined;
        periodSeconds?: number | undefined;
        statistic?: import("../index.js").Statistic | undefined;
        evaluationPeriods?: number | undefined;
        datapointsToAlarm?: number | undefined;
        treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
        threshold?: number | {
            percentOfRecentMax: number;
            days?: number | undefined;
        } | undefined;
    })[];
    start?: string | undefined;
    variants?: {
        name: string;
        series: Record<string, unknown>;
        description?: string | undefined;
    }[] | undefined;
    description?: string | undefined;
    seed?: string | number | undefined;
    trials?: number | undefined;
    stepSeconds?: number | undefined;
    warmupDays?: number | undefined;
    onsetSpreadDays?: number | undefined;
    tailDays?: number | undefined;
    possibleMinimum?: number | null | undefined;
    unit?: string | undefined;
    faults?: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes?: number | undefined;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset?: {
            timeOfDay?: string | undefined;
        } | undefined;
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[] | undefined;
}>, z.ZodEffects<z.ZodType<{
    start: string;
    name: string;
    description: string;
    seed: string | number;
    trials: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    series: {
        generator: "dice";
        faces: number;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute: number;
        daySd: number;
        dayCorrelation: number;
        intradaySd: number;
        intradayMinutes: number;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    } | {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    })[];
    faults: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[];
    variants?: {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }[] | undefined;
    unit?: string | undefined;
}, z.ZodTypeDef, {
    start: string;
    name: string;
    description: string;
    seed: string | number;
    trials: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    series: {
        generator: "dice";
        faces: number;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute: number;
        daySd: number;
        dayCorrelation: number;
        intradaySd: number;
        intradayMinutes: number;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    } | {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    })[];
    faults: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[];
    variants?: {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }[] | undefined;
    unit?: string | undefined;
}>, {
    start: string;
    name: string;
    description: string;
    seed: string | number;
    trials: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    series: {
        generator: "dice";
        faces: number;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute: number;
        daySd: number;
        dayCorrelation: number;
        intradaySd: number;
        intradayMinutes: number;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    } | {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    })[];
    faults: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[];
    variants?: {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }[] | undefined;
    unit?: string | undefined;
}, {
    start: string;
    name: string;
    description: string;
    seed: string | number;
    trials: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    series: {
        generator: "dice";
        faces: number;
    } | {
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
    } | {
        generator: "coconut";
        peakPerMinute: number;
        daySd: number;
        dayCorrelation: number;
        intradaySd: number;
        intradayMinutes: number;
        dailyShape?: number[] | undefined;
        weeklyShape?: number[] | undefined;
    } | {
        generator: "replay";
        file: string;
        periodSeconds?: number | undefined;
        statistic?: string | undefined;
        column?: string | undefined;
        metric?: string | undefined;
        labels?: string | undefined;
    };
    alarms: ({
        type: "band";
        periodSeconds: number;
        name: string;
        band: {
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
        };
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        datapointsToAlarm?: number | undefined;
    } | {
        type: "static";
        periodSeconds: number;
        name: string;
        comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
        statistic: import("../index.js").Statistic;
        evaluationPeriods: number;
        treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
        lower?: number | undefined;
        upper?: number | undefined;
        datapointsToAlarm?: number | undefined;
        threshold?: number | {
            days: number;
            percentOfRecentMax: number;
        } | undefined;
    })[];
    faults: {
        name: string;
        effects: ({
            value: number;
            type: "set";
        } | {
            type: "outage";
            as: "zero" | "noData";
        } | {
            type: "scale";
            factor: number;
            rampMinutes: number;
        } | {
            type: "cadence";
            intervalMinutes: number;
        } | {
            type: "stopRuns";
        })[];
        durationMinutes: number | null;
        onset: {
            timeOfDay?: string | undefined;
        };
        horizonMinutes?: number | undefined;
        variants?: string[] | undefined;
    }[];
    variants?: {
        name: string;
        description: string;
        series: Record<string, unknown>;
    }[] | undefined;
    unit?: string | undefined;
}>>;
/**
 * The unit a generator's values are in, used when a scenario gives no `unit`: dice "value", skyline
 * "CPU %", coconut "orders/min", a replay its CSV value column's name if one was given, else "value".
 *
 * @example
 * defaultUnit({ generator: 'coconut' }); // 'orders/min'
 */
export declare function defaultUnit(series: {
    generator: string;
    column?: string;
}): string;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioFile = z.output<typeof scenarioSchema>;
export type { AlarmConfig } from '../alarm/options.js';
import type { AlarmConfig } from '../alarm/options.js';
export type BandAlarmConfig = Extract<AlarmConfig, {
    type: 'band';
}>;
export type StaticAlarmConfig = Extract<AlarmConfig, {
    type: 'static';
}>;
export type FaultConfig = z.output<typeof faultSchema>;
