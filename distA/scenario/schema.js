import { z } from 'zod';
import { alarmFieldsSchema, alarmRules } from '../alarm/options.js';
import { fields, LIMITS, withRules } from '../core/fields.js';
import { onsetCandidates } from '../faults/drawOnset.js';
import { faultEffectSchema, onsetSchema } from '../faults/options.js';
import { DEFAULT_STEP_SECONDS, seriesSchema } from '../generate/options.js';
import { DAY_MS } from '../core/time.js';
/**
 * The scenario file format, one schema for both the runtime check and the TypeScript type. Every object
 * is strict: an unknown field is an error (a typo must not be silently ignored). Defaults are written here.
 */
export { LIMITS } from '../core/fields.js';
export { alarmSchema } from '../alarm/options.js';
export { seriesSchema } from '../generate/options.js';
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
const scenarioFields = z.strictObject({
    name,
    description: z.string().max(2000).default(''),
    seed: z.union([z.number().int(), z.string().min(1).max(100)]).default(1),
    trials: z.number().int().min(1).max(100_000).default(20),
    start: isoTime.default('2026-01-05T00:00:00Z'),
    stepSeconds: z.number().int().min(1).max(3600).default(DEFAULT_STEP_SECONDS),
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
    alarms: z.array(alarmFieldsSchema).min(1).max(LIMITS.alarms),
    faults: z.array(faultSchema).max(LIMITS.faults).default([]),
});
/**
 * Cuts text echoed in a message (a value, a key, a name) to `max` characters, ending in "…", with control
 * characters as spaces.
 *
 * @param max default 60
 * @example
 * shortText('x'.repeat(100)); // 'xxx…x…' (60 characters)
 */
export function shortText(text, max = LIMITS.echoedChars) {
    // Control characters (a newline in a name) would break the one-line message.
    const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
/**
 * Each variant's series: the scenario's `series` with the variant's fields over it, or the variant's own
 * series alone when it names another generator (so that it inherits no other generator's fields), checked
 * by {@link seriesSchema}. A scenario without `variants` has one, "default", with the scenario's series.
 *
 * @example
 * variantSeries(scenarioSchema.parse(json)).map((v) => v.series.success);
 */
export function variantSeries(input) {
    if (!input.variants)
        return [{ name: 'default', description: '', series: { success: true, data: input.series } }];
    const base = input.series;
    return input.variants.map((variant) => {
        const own = variant.series;
        const raw = own.generator !== undefined && own.generator !== base.generator ? own : { ...base, ...own };
        return { name: variant.name, description: variant.description, series: seriesSchema.safeParse(raw) };
    });
}
/**
 * The rules between fields of different stages, or that need the whole scenario, each reported with its
 * field's path: every variant's merged series valid, names used once, the skyline generator's one-minute
 * step, the run's size, each alarm's period against the step and start, its own rules (alarmRules) and a
 * threshold's days against the warm-up, each fault's variants, generator, onset time and duration against
 * the tail.
 */
function scenarioRules(input, problem, ctx) {
    const merged = variantSeries(input);
    const variants = [];
    merged.forEach((variant, v) => {
        if (variant.series.success)
            variants.push({ name: variant.name, series: variant.series.data });
        else
            for (const issue of variant.series.error.issues)
                ctx.addIssue({ ...issue, path: ['variants', v, 'series', ...issue.path] });
    });
    const names = merged.map((v) => v.name);
    if (input.variants) {
        names.forEach((n, i) => {
            if (names.indexOf(n) !== i)
                problem(['variants', i, 'name'], `"${shortText(n)}" is used twice`);
        });
    }
    for (const variant of variants) {
        if (variant.series.generator === 'skyline' && input.stepSeconds !== 60) {
            problem(['stepSeconds'], 'the skyline generator draws one value per minute: use 60');
        }
    }
    const totalDays = input.warmupDays + input.onsetSpreadDays + input.tailDays;
    // Bounded so that memory and run time stay finite (replayed data is bounded by its file instead).
    const datapoints = Math.ceil((totalDays * 86_400) / input.stepSeconds);
    // Replayed data sets the step and the start (attachReplayData checks the periods against them).
    const replay = variants.some((v) => v.series.generator === 'replay');
    if (!replay) {
        if (datapoints > LIMITS.datapointsPerRun) {
            problem(['warmupDays'], `warmupDays + onsetSpreadDays + tailDays = ${totalDays} days of ${input.stepSeconds}-second steps is ` +
                `${datapoints.toLocaleString('en-US')} datapoints per run, more than ${LIMITS.datapointsPerRun.toLocaleString('en-US')}: shorten the run or lengthen stepSeconds`);
        }
        else {
            const work = input.variants === undefined ? 1 : input.variants.length;
            const perTrial = work * (input.faults.length + 1) * input.alarms.length * datapoints;
            if (perTrial > LIMITS.workPerTrial) {
                problem(['faults'], `${work} variant(s) × (${input.faults.length} faults + 1) × ${input.alarms.length} alarms × ${datapoints.toLocaleString('en-US')} datapoints ` +
                    `is more than ${LIMITS.workPerTrial.toLocaleString('en-US')} per trial: use fewer faults or alarms, or a shorter run`);
            }
        }
    }
    const startMs = Date.parse(input.start);
    const alarmNames = input.alarms.map((a) => a.name);
    input.alarms.forEach((alarm, a) => {
        if (alarmNames.indexOf(alarm.name) !== a)
            problem(['alarms', a, 'name'], `"${shortText(alarm.name)}" is used twice`);
        if (!replay && alarm.periodSeconds % input.stepSeconds !== 0) {
            problem(['alarms', a, 'periodSeconds'], `${alarm.periodSeconds} s is not a multiple of stepSeconds (${input.stepSeconds} s)`);
        }
        if (!replay && startMs % (alarm.periodSeconds * 1000) !== 0) {
            problem(['alarms', a, 'periodSeconds'], `the scenario start ${input.start} is not on a ${alarm.periodSeconds}-second boundary`);
        }
        alarmRules(alarm, (path, message) => problem(['alarms', a, ...path], message));
        if (alarm.type === 'static' && typeof alarm.threshold === 'object' && alarm.threshold.days > input.warmupDays) {
            problem(['alarms', a, 'threshold', 'days'], `${alarm.threshold.days} days is longer than the warm-up (${input.warmupDays} days)`);
        }
    });
    const variantNames = variants.map((v) => v.name);
    const faultNames = input.faults.map((f) => f.name);
    input.faults.forEach((fault, f) => {
        const at = ['faults', f];
        if (faultNames.indexOf(fault.name) !== f)
            problem([...at, 'name'], `"${shortText(fault.name)}" is used twice`);
        for (const v of fault.variants ?? []) {
            if (!variantNames.includes(v))
                problem([...at, 'variants'], `no variant is named "${shortText(v)}" (have: ${shortText(variantNames.join(', '))})`);
        }
        const applies = fault.variants ?? variantNames;
        fault.effects.forEach((effect, e) => {
            if (effect.type !== 'cadence' && effect.type !== 'stopRuns')
                return;
            for (const v of variants) {
                if (applies.includes(v.name) && v.series.generator !== 'skyline') {
                    problem([...at, 'effects', e], `a ${effect.type} fault needs the skyline generator (variant "${v.name}" uses ${v.series.generator})`);
                }
            }
        });
        if (fault.onset.timeOfDay !== undefined) {
            const from = startMs + input.warmupDays * DAY_MS;
            if (onsetCandidates(from, from + input.onsetSpreadDays * DAY_MS, fault.onset.timeOfDay).length === 0) {
                problem([...at, 'onset', 'timeOfDay'], `${fault.onset.timeOfDay} UTC never falls within the onset spread (${input.onsetSpreadDays} days after the warm-up)`);
            }
        }
        const minutes = fault.durationMinutes ?? 0;
        if (minutes > input.tailDays * 1440 && fault.durationMinutes !== null) {
            problem([...at, 'durationMinutes'], `${minutes} minutes does not fit in tailDays (${input.tailDays} days) after the last onset`);
        }
        if ((fault.horizonMinutes ?? 0) > input.tailDays * 1440) {
            problem([...at, 'horizonMinutes'], `${fault.horizonMinutes} minutes does not fit in tailDays (${input.tailDays} days)`);
        }
    });
    if (totalDays * 86_400 < input.stepSeconds)
        problem(['warmupDays'], 'the run is shorter than one step');
}
/**
 * The scenario file format, composed of every stage's options schema (series, alarms with their band,
 * fault effects and onsets). Once every field has passed its own check, the rules between fields are
 * checked (see scenarioRules, which applies each alarm's alarmRules too), each with its field's path, so
 * that one message lists every broken rule.
 *
 * @example
 * scenarioSchema.parse({ name: 'x', series: { generator: 'dice' }, alarms: [{ name: 'band', type: 'band' }] }).warmupDays; // 14
 */
export const scenarioSchema = withRules(scenarioFields, scenarioRules);
/**
 * The unit a generator's values are in, used when a scenario gives no `unit`: dice "value", skyline
 * "CPU %", coconut "orders/min", a replay its CSV value column's name if one was given, else "value".
 *
 * @example
 * defaultUnit({ generator: 'coconut' }); // 'orders/min'
 */
export function defaultUnit(series) {
    if (series.generator === 'skyline')
        return 'CPU %';
    if (series.generator === 'coconut')
        return 'orders/min';
    if (series.generator === 'replay' && series.column)
        return series.column;
    return 'value';
}
