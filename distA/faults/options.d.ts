import { z } from 'zod';
/** A `scale` effect's default ramp, minutes: 0, a sudden change. */
export declare const DEFAULT_RAMP_MINUTES = 0;
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
export declare const faultEffectSchema: z.ZodDiscriminatedUnion<"type", [z.ZodObject<{
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
}>]>;
/** A fault effect with its defaults filled in (the output of {@link faultEffectSchema}). */
export type FaultEffect = z.output<typeof faultEffectSchema>;
/**
 * A fault effect as a caller may write it (`rampMinutes` optional, default {@link DEFAULT_RAMP_MINUTES});
 * what applyFault accepts.
 */
export type FaultEffectInput = z.input<typeof faultEffectSchema>;
/**
 * A fault's onset: a uniformly random time in the onset spread, or (with `timeOfDay`, "HH:MM" UTC) that time
 * on a random day of it (see drawOnset). Default `{}`: uniformly random.
 *
 * @example
 * onsetSchema.parse({ timeOfDay: '03:00' });
 */
export declare const onsetSchema: z.ZodObject<{
    timeOfDay: z.ZodOptional<z.ZodString>;
}, "strict", z.ZodTypeAny, {
    timeOfDay?: string | undefined;
}, {
    timeOfDay?: string | undefined;
}>;
