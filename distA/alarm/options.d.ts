import { z } from 'zod';
import { type Statistic } from '../core/alarmTerms.js';
import { type Report } from '../core/fields.js';
/**
 * An alarm's fields, each with its own check and default, before the rules between them ({@link alarmRules}):
 * the scenario schema composes this and applies the rules with its own, so that one message lists them all.
 *
 * @example
 * alarmFieldsSchema.parse({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 }).datapointsToAlarm; // 4: the rule is alarmRules'
 */
export declare const alarmFieldsSchema: z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
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
    statistic: z.ZodDefault<z.ZodType<Statistic, z.ZodTypeDef, Statistic>>;
    evaluationPeriods: z.ZodDefault<z.ZodNumber>;
    /** Default evaluationPeriods (see {@link datapointsToAlarmOf}). */
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
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    datapointsToAlarm?: number | undefined;
}, {
    type: "band";
    name: string;
    periodSeconds?: number | undefined;
    band?: unknown;
    comparison?: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold" | undefined;
    statistic?: Statistic | undefined;
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
    statistic: z.ZodDefault<z.ZodType<Statistic, z.ZodTypeDef, Statistic>>;
    evaluationPeriods: z.ZodDefault<z.ZodNumber>;
    /** Default evaluationPeriods (see {@link datapointsToAlarmOf}). */
    datapointsToAlarm: z.ZodOptional<z.ZodNumber>;
    treatMissingData: z.ZodDefault<z.ZodEnum<["missing", "notBreaching", "breaching", "ignore"]>>;
}, "strict", z.ZodTypeAny, {
    type: "static";
    periodSeconds: number;
    name: string;
    comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
    statistic: Statistic;
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
    statistic?: Statistic | undefined;
    evaluationPeriods?: number | undefined;
    datapointsToAlarm?: number | undefined;
    treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
    threshold?: number | {
        percentOfRecentMax: number;
        days?: number | undefined;
    } | undefined;
}>]>;
/**
 * The rules between an alarm's own fields, each reported with its field's path: datapointsToAlarm within
 * evaluationPeriods, at most a day of datapoints evaluated, a band's buckets and training window against the
 * period, a static alarm's threshold or range. Rules that need the rest of the scenario (the period against
 * its step and start, a threshold's days against the warm-up, names) are the scenario schema's.
 *
 * @example
 * alarmRules(alarmFieldsSchema.parse({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 }), report);
 * // report(['datapointsToAlarm'], '4 is more than evaluationPeriods (3)')
 */
export declare function alarmRules(alarm: AlarmConfig, report: Report): void;
/**
 * An alarm's datapointsToAlarm: as given, else its evaluationPeriods (CloudWatch's default: N of N).
 *
 * @example
 * datapointsToAlarmOf({ evaluationPeriods: 3 }); // 3
 */
export declare function datapointsToAlarmOf(alarm: Pick<AlarmConfig, 'datapointsToAlarm' | 'evaluationPeriods'>): number;
/**
 * An alarm of a scenario: a band alarm (with its band options, see bandOptionsSchema) or a static one. One
 * schema for the check, the defaults and the type ({@link AlarmConfig}): its fields ({@link alarmFieldsSchema}),
 * then the rules between them ({@link alarmRules}), each problem with its field's path.
 *
 * @example
 * alarmSchema.parse({ name: 'band', type: 'band' }).band.k; // 2
 * alarmSchema.safeParse({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 }).error?.issues[0].path; // ['datapointsToAlarm']
 */
export declare const alarmSchema: z.ZodPipeline<z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
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
    statistic: z.ZodDefault<z.ZodType<Statistic, z.ZodTypeDef, Statistic>>;
    evaluationPeriods: z.ZodDefault<z.ZodNumber>;
    /** Default evaluationPeriods (see {@link datapointsToAlarmOf}). */
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
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    datapointsToAlarm?: number | undefined;
}, {
    type: "band";
    name: string;
    periodSeconds?: number | undefined;
    band?: unknown;
    comparison?: "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold" | undefined;
    statistic?: Statistic | undefined;
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
    statistic: z.ZodDefault<z.ZodType<Statistic, z.ZodTypeDef, Statistic>>;
    evaluationPeriods: z.ZodDefault<z.ZodNumber>;
    /** Default evaluationPeriods (see {@link datapointsToAlarmOf}). */
    datapointsToAlarm: z.ZodOptional<z.ZodNumber>;
    treatMissingData: z.ZodDefault<z.ZodEnum<["missing", "notBreaching", "breaching", "ignore"]>>;
}, "strict", z.ZodTypeAny, {
    type: "static";
    periodSeconds: number;
    name: string;
    comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
    statistic: Statistic;
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
    statistic?: Statistic | undefined;
    evaluationPeriods?: number | undefined;
    datapointsToAlarm?: number | undefined;
    treatMissingData?: "missing" | "notBreaching" | "breaching" | "ignore" | undefined;
    threshold?: number | {
        percentOfRecentMax: number;
        days?: number | undefined;
    } | undefined;
}>]>, z.ZodEffects<z.ZodType<{
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
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    datapointsToAlarm?: number | undefined;
} | {
    type: "static";
    periodSeconds: number;
    name: string;
    comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    lower?: number | undefined;
    upper?: number | undefined;
    datapointsToAlarm?: number | undefined;
    threshold?: number | {
        days: number;
        percentOfRecentMax: number;
    } | undefined;
}, z.ZodTypeDef, {
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
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    datapointsToAlarm?: number | undefined;
} | {
    type: "static";
    periodSeconds: number;
    name: string;
    comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    lower?: number | undefined;
    upper?: number | undefined;
    datapointsToAlarm?: number | undefined;
    threshold?: number | {
        days: number;
        percentOfRecentMax: number;
    } | undefined;
}>, {
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
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    datapointsToAlarm?: number | undefined;
} | {
    type: "static";
    periodSeconds: number;
    name: string;
    comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
    statistic: Statistic;
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
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    datapointsToAlarm?: number | undefined;
} | {
    type: "static";
    periodSeconds: number;
    name: string;
    comparison: "LessThanLowerOrGreaterThanUpperThreshold" | "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
    statistic: Statistic;
    evaluationPeriods: number;
    treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
    lower?: number | undefined;
    upper?: number | undefined;
    datapointsToAlarm?: number | undefined;
    threshold?: number | {
        days: number;
        percentOfRecentMax: number;
    } | undefined;
}>>;
/** An alarm as a scenario gives it, every default filled in except datapointsToAlarm (the output of {@link alarmSchema}). */
export type AlarmConfig = z.output<typeof alarmFieldsSchema>;
