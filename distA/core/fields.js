import { z } from 'zod';
/**
 * The ranges every numeric field must keep (README, "Scenario files"): they keep every run finite in time,
 * memory and floating point (a coconut rate cannot overflow, nor a band's sums of squares of values ≤ 1e12).
 * Shared by every stage's options schema (band/options.ts, ...) and the scenario schema that composes them.
 *
 * @example
 * LIMITS.alarms; // 50
 */
export const LIMITS = {
    /** warmupDays, onsetSpreadDays, tailDays: each at most this. */
    days: 3650,
    /** Datapoints per run: (warmupDays + onsetSpreadDays + tailDays) × 86,400 / stepSeconds. */
    datapointsPerRun: 1_000_000,
    /** Per trial: variants × (faults + 1) × alarms × datapoints per run, the work of one trial. */
    workPerTrial: 500_000_000,
    alarms: 50,
    faults: 200,
    variants: 20,
    effectsPerFault: 10,
    /** Any value the metric or a fault can take: |x| ≤ this. */
    value: 1e12,
    /** Minutes for durations, horizons, ramps, cadence intervals, sleeps, bucket widths: one year. */
    minutes: 525_600,
    /** Strings in messages are cut to this many characters. */
    echoedChars: 60,
};
/**
 * The field types the options schemas are built from, each with its range.
 *
 * @example
 * fields.days.default(14).parse(undefined); // 14
 */
export const fields = {
    /** A name: 1 to 80 characters. */
    name: z.string().min(1).max(80),
    /** A finite number > 0. */
    positive: z.number().finite().positive(),
    /** A finite number ≥ 0. */
    nonNegative: z.number().finite().min(0),
    /** A value the metric or a fault can take: |x| ≤ 1e12. */
    value: z.number().finite().min(-LIMITS.value).max(LIMITS.value),
    /** Days: > 0 and at most 3650. */
    days: z.number().finite().positive().max(LIMITS.days),
    /** Minutes: > 0 and at most one year. */
    minutes: z.number().finite().positive().max(LIMITS.minutes),
    /** A UTC time of day, "HH:MM". */
    minutesOfDay: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a UTC time of day "HH:MM"'),
    /** An ISO 8601 UTC time between 1990 and 2100, such as "2026-01-05T00:00:00Z". */
    isoTime: z.string().refine((s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(s) && isRealDate(s), {
        message: 'must be an ISO 8601 UTC time between 1990 and 2100, such as "2026-01-05T00:00:00Z"',
    }),
};
/** Date.parse rolls 2026-02-30 over to March 2: a real date survives the round trip. */
function isRealDate(iso) {
    const ms = Date.parse(iso);
    return !Number.isNaN(ms) && ms >= Date.UTC(1990, 0, 1) && ms < Date.UTC(2100, 0, 1) && new Date(ms).toISOString().slice(0, 16) === iso.slice(0, 16);
}
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
export function withRules(schema, rules) {
    return schema.pipe(z.custom().superRefine((value, ctx) => rules(value, (path, message) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message }), ctx)));
}
