import { datapointsToAlarmOf } from '../alarm/options.js';
import { LIMITS, defaultUnit, scenarioSchema, shortText, variantSeries, } from './schema.js';
export { shortText } from './schema.js';
/** At most this many problems are listed in a message; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 20;
/**
 * A scenario file that failed validation: every problem, each with the path of the field. The message
 * lists at most 20 problems, one line each, cut to 200 characters.
 */
export class ScenarioError extends Error {
    file;
    problems;
    constructor(file, problems) {
        const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  - ${shortText(p.replace(/\s+/g, ' '), 200)}`);
        if (problems.length > MAX_PROBLEMS_SHOWN)
            shown.push(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
        super(`${file}: invalid scenario\n${shown.join('\n')}`);
        this.file = file;
        this.problems = problems;
        this.name = 'ScenarioError';
    }
}
/**
 * Parses and validates a scenario file's text. Problems are collected, not thrown one at a time, and each
 * names its field (`alarms[1].evaluationPeriods`).
 *
 * @param text the file's contents (JSON)
 * @param file the file's name, used in messages
 * @throws ScenarioError listing every problem
 * @example
 * const scenario = parseScenario(readFileSync('scenarios/dice.json', 'utf8'), 'scenarios/dice.json');
 */
export function parseScenario(text, file) {
    text = text.replace(/^\uFEFF/, ''); // a byte-order mark, as some Windows editors write
    if (text.trim() === '')
        throw new ScenarioError(file, ['the file is empty']);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new ScenarioError(file, [`not valid JSON: ${error.message}`]);
    }
    // Overlong lists are refused before validating each element (100,000 alarms would take seconds).
    const overlong = ['alarms', 'faults', 'variants'].flatMap((key) => {
        const list = json !== null && typeof json === 'object' ? json[key] : undefined;
        return Array.isArray(list) && list.length > LIMITS[key] ? [`${key}: ${list.length} entries, more than ${LIMITS[key]}`] : [];
    });
    if (overlong.length > 0)
        throw new ScenarioError(file, overlong);
    const parsed = scenarioSchema.safeParse(json);
    if (!parsed.success)
        throw new ScenarioError(file, describe(parsed.error));
    const input = parsed.data;
    // The schema has checked every variant's series and every rule between fields; here they are resolved.
    const variants = variantSeries(input).map((v) => ({ name: v.name, description: v.description, series: v.series.data }));
    const variantNames = variants.map((v) => v.name);
    return {
        name: input.name,
        description: input.description,
        seed: input.seed,
        trials: input.trials,
        startMs: Date.parse(input.start),
        stepSeconds: input.stepSeconds,
        warmupDays: input.warmupDays,
        onsetSpreadDays: input.onsetSpreadDays,
        tailDays: input.tailDays,
        possibleMinimum: input.possibleMinimum,
        unit: input.unit ?? defaultUnit(input.series),
        variants,
        alarms: input.alarms.map((alarm) => ({ ...alarm, datapointsToAlarm: datapointsToAlarmOf(alarm) })),
        faults: input.faults.map((fault) => ({ ...fault, variants: fault.variants ?? variantNames })),
    };
}
function describe(error) {
    return error.issues.map((issue) => {
        const path = issue.path.reduce((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : String(key)), '');
        return `${path || '(top level)'}: ${issueMessage(issue)}`;
    });
}
/**
 * A schema issue in the scenario format's words: an unknown field is `unknown field "foo"`, bandsim's own
 * rules keep their text (values in them are already cut), zod's messages are cut to 160 characters.
 *
 * @example
 * issueMessage(alarmSchema.safeParse({ name: 'a', type: 'band', colour: 1 }).error!.issues[0]); // 'unknown field "colour"'
 */
export function issueMessage(issue) {
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        return `unknown field${keys.length > 1 ? 's' : ''} ${keys.slice(0, 5).map((k) => JSON.stringify(shortText(k))).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
    }
    return issue.code === 'custom' ? issue.message : shortText(issue.message, 160);
}
