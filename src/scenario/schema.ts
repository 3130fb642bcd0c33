import { z } from 'zod';
import { alarmSchema } from '../alarm/options.js';
import { fields, LIMITS } from '../core/fields.js';
import { faultEffectSchema, onsetSchema } from '../faults/options.js';
import { seriesSchema } from '../generate/options.js';

/**
 * The scenario file format, one schema for both the runtime check and the TypeScript type. Every object
 * is strict: an unknown field is an error (a typo must not be silently ignored). Defaults are written here.
 */

export { LIMITS } from '../core/fields.js';
export { alarmSchema } from '../alarm/options.js';
export { seriesSchema, type SeriesConfig } from '../generate/options.js';

const { name, positive, value, days, isoTime } = fields;

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
export type { AlarmConfig } from '../alarm/options.js';
import type { AlarmConfig } from '../alarm/options.js';
export type BandAlarmConfig = Extract<AlarmConfig, { type: 'band' }>;
export type StaticAlarmConfig = Extract<AlarmConfig, { type: 'static' }>;
export type FaultConfig = z.output<typeof faultSchema>;
