import { z } from 'zod';
import { bandFieldsSchema, bandRules } from '../band/options.js';
import { bandWindowProblem } from '../band/seasonalBand.js';
import { bucketLayout, bucketMinutesFor, SEASONALITIES } from '../band/seasonality.js';
import { BAND_COMPARISONS, STATIC_COMPARISONS, TREATMENTS } from '../core/alarmTerms.js';
import { fields, withRules } from '../core/fields.js';
import { isStatistic } from './aggregate.js';
const { name, positive, value, days } = fields;
const statistic = z.string().refine(isStatistic, {
    message: 'must be Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99',
});
const alarmCommon = {
    name,
    periodSeconds: z.number().int().min(10).max(86_400).default(60),
    statistic: statistic.default('Average'),
    evaluationPeriods: z.number().int().min(1).max(100).default(1),
    /** Default evaluationPeriods (see {@link datapointsToAlarmOf}). */
    datapointsToAlarm: z.number().int().min(1).max(100).optional(),
    treatMissingData: z.enum(TREATMENTS).default('missing'),
};
const bandAlarm = z.strictObject({
    ...alarmCommon,
    type: z.literal('band'),
    comparison: z.enum(BAND_COMPARISONS).default('LessThanLowerOrGreaterThanUpperThreshold'),
    band: bandFieldsSchema.default({}),
});
const threshold = z.union([value, z.strictObject({ percentOfRecentMax: positive.max(1e6), days: days.default(30) })]);
const staticAlarm = z.strictObject({
    ...alarmCommon,
    type: z.literal('static'),
    comparison: z.enum([...STATIC_COMPARISONS, 'LessThanLowerOrGreaterThanUpperThreshold']),
    threshold: threshold.optional(),
    lower: value.optional(),
    upper: value.optional(),
});
/**
 * An alarm's fields, each with its own check and default, before the rules between them ({@link alarmRules}):
 * the scenario schema composes this and applies the rules with its own, so that one message lists them all.
 *
 * @example
 * alarmFieldsSchema.parse({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 }).datapointsToAlarm; // 4: the rule is alarmRules'
 */
export const alarmFieldsSchema = z.discriminatedUnion('type', [bandAlarm, staticAlarm]);
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
export function alarmRules(alarm, report) {
    const datapointsToAlarm = datapointsToAlarmOf(alarm);
    if (datapointsToAlarm > alarm.evaluationPeriods) {
        report(['datapointsToAlarm'], `${datapointsToAlarm} is more than evaluationPeriods (${alarm.evaluationPeriods})`);
    }
    if (alarm.evaluationPeriods * alarm.periodSeconds > 86_400) {
        report(['evaluationPeriods'], "evaluationPeriods × periodSeconds must be at most one day (CloudWatch's limit)");
    }
    if (alarm.type === 'band') {
        const band = alarm.band;
        bandRules(band, (path, message) => report(['band', ...path], message));
        // The bucket layout the band will use (every candidate for auto).
        const seasonalities = band.seasonality === 'auto' ? [...SEASONALITIES] : [band.seasonality];
        for (const seasonality of seasonalities) {
            const bucketMinutes = bucketMinutesFor(band.bucketMinutes, seasonality, alarm.periodSeconds);
            try {
                bucketLayout(seasonality, bucketMinutes, alarm.periodSeconds);
                const windowProblem = bandWindowProblem(band, alarm.periodSeconds);
                if (windowProblem)
                    report(['band', 'trainingDays'], windowProblem);
            }
            catch (error) {
                report(['band', 'bucketMinutes'], error.message.replace(/^band: /, ''));
                break;
            }
        }
        return;
    }
    const needsRange = alarm.comparison === 'LessThanLowerOrGreaterThanUpperThreshold';
    if (needsRange && (alarm.lower === undefined || alarm.upper === undefined || alarm.threshold !== undefined)) {
        report([], 'a static range alarm needs "lower" and "upper" (and no "threshold")');
    }
    else if (needsRange && alarm.lower > alarm.upper) {
        report(['lower'], `${alarm.lower} is above upper (${alarm.upper})`);
    }
    else if (!needsRange && (alarm.threshold === undefined || alarm.lower !== undefined || alarm.upper !== undefined)) {
        report(['threshold'], `a static alarm with ${alarm.comparison} needs "threshold" (and no "lower"/"upper")`);
    }
}
/**
 * An alarm's datapointsToAlarm: as given, else its evaluationPeriods (CloudWatch's default: N of N).
 *
 * @example
 * datapointsToAlarmOf({ evaluationPeriods: 3 }); // 3
 */
export function datapointsToAlarmOf(alarm) {
    return alarm.datapointsToAlarm ?? alarm.evaluationPeriods;
}
/**
 * An alarm of a scenario: a band alarm (with its band options, see bandOptionsSchema) or a static one. One
 * schema for the check, the defaults and the type ({@link AlarmConfig}): its fields ({@link alarmFieldsSchema}),
 * then the rules between them ({@link alarmRules}), each problem with its field's path.
 *
 * @example
 * alarmSchema.parse({ name: 'band', type: 'band' }).band.k; // 2
 * alarmSchema.safeParse({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 }).error?.issues[0].path; // ['datapointsToAlarm']
 */
export const alarmSchema = withRules(alarmFieldsSchema, alarmRules);
