import { z } from 'zod';
import { bandOptionsSchema } from '../band/options.js';
import { BAND_COMPARISONS, STATIC_COMPARISONS, TREATMENTS, type Statistic } from '../core/alarmTerms.js';
import { fields } from '../core/fields.js';
import { isStatistic } from './aggregate.js';

const { name, positive, value, days } = fields;

const statistic = z.string().refine(isStatistic, {
  message: 'must be Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99',
}) as unknown as z.ZodType<Statistic>;

const alarmCommon = {
  name,
  periodSeconds: z.number().int().min(10).max(86_400).default(60),
  statistic: statistic.default('Average'),
  evaluationPeriods: z.number().int().min(1).max(100).default(1),
  /** Default evaluationPeriods (filled by parseScenario). */
  datapointsToAlarm: z.number().int().min(1).max(100).optional(),
  treatMissingData: z.enum(TREATMENTS).default('missing'),
};
const bandAlarm = z.strictObject({
  ...alarmCommon,
  type: z.literal('band'),
  comparison: z.enum(BAND_COMPARISONS).default('LessThanLowerOrGreaterThanUpperThreshold'),
  band: bandOptionsSchema.default({}),
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
 * An alarm of a scenario: a band alarm (with its band options, see bandOptionsSchema) or a static one. One
 * schema for the check, the defaults and the type ({@link AlarmConfig}). The rules between fields
 * (datapointsToAlarm within evaluationPeriods, a band's buckets and window against the period, a static
 * alarm's threshold or range) are checked by parseScenario together with those that need the rest of the
 * scenario, so that one message lists them all.
 *
 * @example
 * alarmSchema.parse({ name: 'band', type: 'band' }).band.k; // 2
 */
export const alarmSchema = z.discriminatedUnion('type', [bandAlarm, staticAlarm]);

/** An alarm as a scenario gives it, every default filled in except datapointsToAlarm (the output of {@link alarmSchema}). */
export type AlarmConfig = z.output<typeof alarmSchema>;
