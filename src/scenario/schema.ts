import { z } from 'zod';
import { isStatistic } from '../alarm/aggregate.js';
import { bandOptionsSchema } from '../band/options.js';
import { fields, LIMITS } from '../core/fields.js';
import { faultEffectSchema, onsetSchema } from '../faults/options.js';
import { isReplayStep } from '../generate/inferStep.js';
import type { Statistic } from '../core/alarmTerms.js';
import { TREATMENTS } from '../core/alarmTerms.js';

/**
 * The scenario file format, one schema for both the runtime check and the TypeScript type. Every object
 * is strict: an unknown field is an error (a typo must not be silently ignored). Defaults are written here.
 */

export { LIMITS } from '../core/fields.js';

const { name, positive, nonNegative, value, days, minutes, isoTime } = fields;

const cadencePhase = z.discriminatedUnion('mode', [
  z.strictObject({ fromDay: nonNegative.max(3 * LIMITS.days).default(0), mode: z.literal('loop'), sleepMinutes: nonNegative.max(LIMITS.minutes).default(30) }),
  z.strictObject({ fromDay: nonNegative.max(3 * LIMITS.days).default(0), mode: z.literal('cron'), intervalMinutes: minutes.int() }),
]);

const diceSeries = z.strictObject({
  generator: z.literal('dice'),
  faces: z.number().int().min(2).max(1000).default(6),
});
const skylineSeries = z.strictObject({
  generator: z.literal('skyline'),
  cadence: z.array(cadencePhase).min(1).max(100),
  heights: z.array(z.number().finite().min(0).max(100)).min(1).max(1440).optional(),
  baselinePercent: z.number().finite().min(0).max(100).default(4),
  noisePercent: nonNegative.max(100).default(1),
  runJitter: nonNegative.max(1).default(0.05),
});
const coconutSeries = z.strictObject({
  generator: z.literal('coconut'),
  // At the limits day + wander has an sd of at most √2, so the rate (≤ 1e8 · 60 · e^(day + wander) per step)
  // stays far from overflow (e^709) and Poisson's lambda finite.
  peakPerMinute: positive.max(1e6).default(3000),
  dailyShape: z.array(nonNegative.max(10)).length(24).optional(),
  weeklyShape: z.array(nonNegative.max(10)).length(7).optional(),
  daySd: nonNegative.max(1).default(0.08),
  dayCorrelation: z.number().min(0).max(0.999).default(0.5),
  intradaySd: nonNegative.max(1).default(0.04),
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
  /** The step rows are grouped into, seconds; default the most common gap between timestamps. */
  periodSeconds: z
    .number()
    .int()
    .refine(isReplayStep, { message: 'must be 1, 5, 10, 30 or a multiple of 60 that divides a day (60, 120, ..., 300, ..., 3600, ..., 86400)' })
    .optional(),
});
export const seriesSchema = z.discriminatedUnion('generator', [diceSeries, skylineSeries, coconutSeries, replaySeries]);

const statistic = z.string().refine(isStatistic, {
  message: 'must be Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99',
}) as unknown as z.ZodType<Statistic>;

const alarmCommon = {
  name,
  periodSeconds: z.number().int().min(10).max(86_400).default(60),
  statistic: statistic.default('Average'),
  evaluationPeriods: z.number().int().min(1).max(100).default(1),
  datapointsToAlarm: z.number().int().min(1).max(100).optional(),
  treatMissingData: z.enum(TREATMENTS).default('missing'),
};
const bandAlarm = z.strictObject({
  ...alarmCommon,
  type: z.literal('band'),
  comparison: z
    .enum(['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'])
    .default('LessThanLowerOrGreaterThanUpperThreshold'),
  band: bandOptionsSchema.default({}),
});
const threshold = z.union([
  value,
  z.strictObject({ percentOfRecentMax: positive.max(1e6), days: days.default(30) }),
]);
const staticAlarm = z.strictObject({
  ...alarmCommon,
  type: z.literal('static'),
  comparison: z.enum([
    'GreaterThanThreshold',
    'GreaterThanOrEqualToThreshold',
    'LessThanThreshold',
    'LessThanOrEqualToThreshold',
    'LessThanLowerOrGreaterThanUpperThreshold',
  ]),
  threshold: threshold.optional(),
  lower: value.optional(),
  upper: value.optional(),
});
export const alarmSchema = z.discriminatedUnion('type', [bandAlarm, staticAlarm]);

export const faultSchema = z.strictObject({
  name,
  effects: z.array(faultEffectSchema).min(1).max(LIMITS.effectsPerFault),
  /** null: the fault lasts until the end of the run. */
  durationMinutes: positive.max(LIMITS.days * 1440).nullable(),
  /** Onset: a uniformly random time in the onset spread, or a random day of it at a fixed UTC time. */
  onset: onsetSchema.default({}),
  /** Detection counts only this long after onset; default the fault's duration plus N periods of the alarm. */
  horizonMinutes: positive.max(LIMITS.days * 1440).optional(),
  /** Variants this fault applies to; default all. */
  variants: z.array(name).min(1).max(LIMITS.variants).optional(),
});

export const scenarioSchema = z.strictObject({
  name,
  description: z.string().max(2000).default(''),
  seed: z.union([z.number().int(), z.string().min(1).max(100)]).default(1),
  trials: z.number().int().min(1).max(100_000).default(20),
  start: isoTime.default('2026-01-05T00:00:00Z'),
  stepSeconds: z.number().int().min(1).max(3600).default(60),
  warmupDays: days.default(14),
  onsetSpreadDays: days.default(7),
  tailDays: days.default(1),
  /** The lowest value the metric can take (0 for counts, 1 for a die); reported against the band's lower edge. */
  possibleMinimum: value.nullable().default(null),
  /** The metric's unit, shown on chart axes; default from the generator (see {@link defaultUnit}). */
  unit: z.string().min(1).max(40).optional(),
  series: seriesSchema,
  variants: z
    .array(z.strictObject({ name, description: z.string().max(500).default(''), series: z.record(z.unknown()) }))
    .min(1)
    .max(LIMITS.variants)
    .optional(),
  alarms: z.array(alarmSchema).min(1).max(LIMITS.alarms),
  faults: z.array(faultSchema).max(LIMITS.faults).default([]),
});

/**
 * The unit a generator's values are in, used when a scenario gives no `unit`: dice "value", skyline
 * "CPU %", coconut "orders/min", a replay its CSV value column's name if one was given, else "value".
 *
 * @example
 * defaultUnit({ generator: 'coconut' }); // 'orders/min'
 */
export function defaultUnit(series: { generator: string; column?: string }): string {
  if (series.generator === 'skyline') return 'CPU %';
  if (series.generator === 'coconut') return 'orders/min';
  if (series.generator === 'replay' && series.column) return series.column;
  return 'value';
}

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioFile = z.output<typeof scenarioSchema>;
export type SeriesConfig = z.output<typeof seriesSchema>;
export type AlarmConfig = z.output<typeof alarmSchema>;
export type BandAlarmConfig = Extract<AlarmConfig, { type: 'band' }>;
export type StaticAlarmConfig = Extract<AlarmConfig, { type: 'static' }>;
export type FaultConfig = z.output<typeof faultSchema>;
