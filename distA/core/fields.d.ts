import { z } from 'zod';
/**
 * The ranges every numeric field must keep (README, "Scenario files"): they keep every run finite in time,
 * memory and floating point (a coconut rate cannot overflow, nor a band's sums of squares of values ≤ 1e12).
 * Shared by every stage's options schema (band/options.ts, ...) and the scenario schema that composes them.
 *
 * @example
 * LIMITS.alarms; // 50
 */
export declare const LIMITS: {
    /** warmupDays, onsetSpreadDays, tailDays: each at most this. */
    readonly days: 3650;
    /** Datapoints per run: (warmupDays + onsetSpreadDays + tailDays) × 86,400 / stepSeconds. */
    readonly datapointsPerRun: 1000000;
    /** Per trial: variants × (faults + 1) × alarms × datapoints per run, the work of one trial. */
    readonly workPerTrial: 500000000;
    readonly alarms: 50;
    readonly faults: 200;
    readonly variants: 20;
    readonly effectsPerFault: 10;
    /** Any value the metric or a fault can take: |x| ≤ this. */
    readonly value: 1000000000000;
    /** Minutes for durations, horizons, ramps, cadence intervals, sleeps, bucket widths: one year. */
    readonly minutes: 525600;
    /** Strings in messages are cut to this many characters. */
    readonly echoedChars: 60;
};
/**
 * The field types the options schemas are built from, each with its range.
 *
 * @example
 * fields.days.default(14).parse(undefined); // 14
 */
export declare const fields: {
    /** A name: 1 to 80 characters. */
    name: z.ZodString;
    /** A finite number > 0. */
    positive: z.ZodNumber;
    /** A finite number ≥ 0. */
    nonNegative: z.ZodNumber;
    /** A value the metric or a fault can take: |x| ≤ 1e12. */
    value: z.ZodNumber;
    /** Days: > 0 and at most 3650. */
    days: z.ZodNumber;
    /** Minutes: > 0 and at most one year. */
    minutes: z.ZodNumber;
    /** A UTC time of day, "HH:MM". */
    minutesOfDay: z.ZodString;
    /** An ISO 8601 UTC time between 1990 and 2100, such as "2026-01-05T00:00:00Z". */
    isoTime: z.ZodEffects<z.ZodString, string, string>;
};
/** Reports a problem with the field it names, by its path within the object checked (`['band', 'k']`). */
export type Report = (path: Array<string | number>, message: string) => void;
/**
 * A schema with rules between its fields: `rules` runs only once every field has passed its own check
 * (zod's superRefine would run it on values out of range too: a training window of 1e300 days), and reports
 * each problem with its field's path, which the scenario's messages show (`alarms[0].datapointsToAlarm: ...`);
 * `ctx` takes whole zod issues (another schema's, with their own codes).
 *
 * @example
 * const range = withRules(z.object({ lower: z.number(), upper: z.number() }), (r, report) => {
 *   if (r.lower > r.upper) report(['lower'], `${r.lower} is above upper (${r.upper})`);
 * });
 */
export declare function withRules<T extends z.ZodTypeAny>(schema: T, rules: (value: z.output<T>, report: Report, ctx: z.RefinementCtx) => void): z.ZodPipeline<T, z.ZodEffects<z.ZodType<z.output<T>, z.ZodTypeDef, z.output<T>>, z.output<T>, z.output<T>>>;
