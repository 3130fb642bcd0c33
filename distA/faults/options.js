import { z } from 'zod';
import { fields, LIMITS } from '../core/fields.js';
/** A `scale` effect's default ramp, minutes: 0, a sudden change. */
export const DEFAULT_RAMP_MINUTES = 0;
/**
 * One change a fault makes to the metric inside its window: one schema for the runtime check, the
 * defaults and the type ({@link FaultEffect}). Effects compose in order.
 *
 * - `set`: every sample becomes `value` (a die showing 0 or 7).
 * - `outage` `zero`: the metric reads 0 (the shop publishes "0 orders").
 * - `outage` `noData`: no sample is published at all (the shop is down and so is its metric).
 * - `scale`: samples are multiplied by `factor` (0.5 "falls by half", 0.7 "loses 30%", 2 a Black Friday
 *   surge), reaching it linearly over `rampMinutes` from the onset (default 0: sudden).
 * - `cadence`: a pattern-replaying series (skyline) switches to an interval of `intervalMinutes`: runs that
 *   do not start on a multiple of it (UTC clock) disappear, leaving the idle baseline. Runs are only removed,
 *   so the new interval should be a multiple of the old one.
 * - `stopRuns`: the script stops running: every run that starts in the window disappears (skyline).
 *
 * @example
 * faultEffectSchema.parse({ type: 'scale', factor: 0.5 }); // { type: 'scale', factor: 0.5, rampMinutes: 0 }
 */
export const faultEffectSchema = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('set'), value: fields.value }),
    z.strictObject({ type: z.literal('outage'), as: z.enum(['zero', 'noData']) }),
    z.strictObject({
        type: z.literal('scale'),
        factor: fields.nonNegative.max(1000),
        rampMinutes: fields.nonNegative.max(LIMITS.minutes).default(DEFAULT_RAMP_MINUTES),
    }),
    z.strictObject({ type: z.literal('cadence'), intervalMinutes: fields.minutes.int() }),
    z.strictObject({ type: z.literal('stopRuns') }),
]);
/**
 * A fault's onset: a uniformly random time in the onset spread, or (with `timeOfDay`, "HH:MM" UTC) that time
 * on a random day of it (see drawOnset). Default `{}`: uniformly random.
 *
 * @example
 * onsetSchema.parse({ timeOfDay: '03:00' });
 */
export const onsetSchema = z.strictObject({ timeOfDay: fields.minutesOfDay.optional() });
