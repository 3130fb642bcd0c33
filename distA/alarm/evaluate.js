/**
 * CloudWatch metric-alarm evaluation (M out of N, evaluation range, TreatMissingData), as documented in the
 * AWS CloudWatch User Guide page "Using Amazon CloudWatch alarms" (sections "Evaluating an alarm",
 * "Configuring how CloudWatch alarms treat missing data" and "Avoiding premature transitions to alarm state").
 *
 * The rule, its sources and the worked-example tables it reproduces are described in
 * `docs/alarm-evaluation.md`; the tables are transcribed in `test/alarm/evaluate.test.ts`.
 *
 * @module
 */
import { STATE_CODES, TREATMENTS } from '../core/alarmTerms.js';
export { STATE_CODES } from '../core/alarmTerms.js';
/** Per-datapoint classification codes used in an Int8Array. */
export const MISSING = -1, NOT_BREACHING = 0, BREACHING = 1;
const OK_CODE = 0;
const ALARM_CODE = 1;
const INSUFFICIENT_CODE = 2;
const T_MISSING = 0;
const T_NOT_BREACHING = 1;
const T_BREACHING = 2;
const T_IGNORE = 3;
function stateCode(fn, name, state) {
    const code = STATE_CODES.indexOf(state);
    if (code < 0) {
        throw new RangeError(`${fn}: ${name} (${String(state)}) must be one of ${STATE_CODES.join(', ')}`);
    }
    return code;
}
function resolveOptions(fn, options) {
    if (options === null || typeof options !== 'object') {
        throw new TypeError(`${fn}: options must be an object`);
    }
    const n = options.evaluationPeriods;
    if (!Number.isInteger(n) || n < 1) {
        throw new RangeError(`${fn}: evaluationPeriods (${String(n)}) must be an integer >= 1`);
    }
    const m = options.datapointsToAlarm;
    if (!Number.isInteger(m) || m < 1 || m > n) {
        throw new RangeError(`${fn}: datapointsToAlarm (${String(m)}) must be between 1 and evaluationPeriods (${n})`);
    }
    const range = options.evaluationRange ?? n + 2;
    if (!Number.isInteger(range) || range < n) {
        throw new RangeError(`${fn}: evaluationRange (${String(range)}) must be an integer >= evaluationPeriods (${n})`);
    }
    const treatment = TREATMENTS.indexOf(options.treatMissingData);
    if (treatment < 0) {
        throw new RangeError(`${fn}: treatMissingData (${String(options.treatMissingData)}) must be one of ${TREATMENTS.join(', ')}`);
    }
    const initial = stateCode(fn, 'initialState', options.initialState ?? 'INSUFFICIENT_DATA');
    return { n, m, range, treatment, initial };
}
function invalidClass(fn, name, i, value) {
    return new RangeError(`${fn}: ${name}[${i}] (${String(value)}) must be MISSING (-1), NOT_BREACHING (0) or BREACHING (1)`);
}
/**
 * The decision, given the facts gathered by one backward scan of the evaluation range.
 *
 * @param real number of real (non-missing) datapoints in the range, capped at N (the scan stops at N)
 * @param breaching breaching datapoints among those `real` ones (= among the N most recent real ones if real = N)
 * @param oldestRealAge age of the oldest real datapoint seen (newest datapoint has age 1); 0 if none
 */
function decide(r, real, breaching, oldestRealAge, current) {
    const { n, m } = r;
    // Enough real datapoints: the N most recent real ones are evaluated; TreatMissingData is not used.
    if (real >= n)
        return breaching >= m ? ALARM_CODE : OK_CODE;
    // Fewer than N real datapoints: all of them are evaluated, plus (N - real) filled-in ones.
    switch (r.treatment) {
        case T_BREACHING:
            return breaching + (n - real) >= m ? ALARM_CODE : OK_CODE;
        case T_NOT_BREACHING:
            return breaching >= m ? ALARM_CODE : OK_CODE;
        default: {
            // 'missing' and 'ignore': the filled-in datapoints are neither breaching nor not breaching.
            if (breaching >= m)
                return ALARM_CODE;
            if (breaching < real)
                return OK_CODE; // a real non-breaching datapoint, fewer than M breaching
            // No real datapoint, or every real one breaches but fewer than M of them: undecided.
            if (r.treatment === T_IGNORE)
                return current;
            // 'missing': "Avoiding premature transitions to alarm state" — ALARM once the oldest (breaching)
            // datapoint is at least M datapoints old, else INSUFFICIENT_DATA.
            return real > 0 && oldestRealAge >= m ? ALARM_CODE : INSUFFICIENT_CODE;
        }
    }
}
/**
 * One evaluation of the most recent datapoints (window[window.length-1] is the newest, window length = evaluation range).
 *
 * `options.initialState` is not used here; the state before this evaluation is `currentState`
 * (it matters only with `treatMissingData: 'ignore'`).
 *
 * @param window classification codes ({@link MISSING}, {@link NOT_BREACHING}, {@link BREACHING}), oldest first;
 *   its length must equal the evaluation range (default `evaluationPeriods + 2`).
 * @param options alarm configuration; see {@link EvaluationOptions} for defaults.
 * @param currentState the alarm's state before this evaluation.
 * @returns the alarm's state after this evaluation.
 * @throws RangeError when an option, `currentState`, the window length or a code is invalid.
 *
 * @example
 * // 3 out of 3, evaluation range 5, guide table row "- - X - -":
 * const opts = { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' } as const;
 * evaluateWindow([MISSING, MISSING, BREACHING, MISSING, MISSING], opts, 'OK'); // 'ALARM'
 * evaluateWindow([MISSING, MISSING, MISSING, MISSING, BREACHING], opts, 'OK'); // 'INSUFFICIENT_DATA'
 */
export function evaluateWindow(window, options, currentState) {
    const fn = 'evaluateWindow';
    const r = resolveOptions(fn, options);
    const current = stateCode(fn, 'currentState', currentState);
    if (window == null || typeof window.length !== 'number' || window.length !== r.range) {
        throw new RangeError(`${fn}: window length (${window == null ? String(window) : String(window.length)}) must equal evaluationRange (${r.range})`);
    }
    let real = 0;
    let breaching = 0;
    let oldestRealAge = 0;
    const last = r.range - 1;
    for (let k = 0; k <= last; k++) {
        const c = window[last - k];
        if (c === MISSING)
            continue;
        if (c !== NOT_BREACHING && c !== BREACHING)
            throw invalidClass(fn, 'window', last - k, c);
        if (real === r.n)
            continue; // already have the N most recent real ones; keep validating
        real++;
        if (c === BREACHING)
            breaching++;
        oldestRealAge = k + 1;
    }
    return STATE_CODES[decide(r, real, breaching, oldestRealAge, current)];
}
/**
 * Evaluates once per datapoint over the whole sequence (the evaluation at datapoint i sees datapoints
 * max(0, i-range+1)..i; before there are `range` datapoints, the missing older ones count as missing).
 *
 * Runs in O(length × evaluationRange) time at worst (each scan stops after N real datapoints; with no missing
 * datapoint among the last N, O(1) from running counts) and allocates
 * nothing in its loop except one {@link Transition} per state change.
 *
 * @param classes one code per datapoint, oldest first: {@link MISSING}, {@link NOT_BREACHING}, {@link BREACHING}.
 * @param options alarm configuration; defaults: `evaluationRange = evaluationPeriods + 2`,
 *   `initialState = 'INSUFFICIENT_DATA'`.
 * @returns the state after each datapoint's evaluation, and every state change.
 * @throws RangeError when an option or a code is invalid.
 *
 * @example
 * // 2 out of 3: two non-consecutive breaches within 3 datapoints raise the alarm.
 * const { states, transitions } = evaluateAlarm(
 *   Int8Array.of(NOT_BREACHING, BREACHING, NOT_BREACHING, BREACHING, NOT_BREACHING),
 *   { evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'missing' },
 * );
 * Array.from(states, (s) => STATE_CODES[s]); // ['OK', 'OK', 'OK', 'ALARM', 'OK']
 * transitions; // [{ index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' }, { index: 3, from: 'OK', to: 'ALARM' },
 *              //  { index: 4, from: 'ALARM', to: 'OK' }]
 */
export function evaluateAlarm(classes, options) {
    const fn = 'evaluateAlarm';
    const r = resolveOptions(fn, options);
    checkClasses(fn, classes, 0);
    const states = new Uint8Array(classes.length);
    const transitions = [];
    evaluateFrom(r, classes, 0, r.initial, states, transitions);
    return { states, transitions };
}
/**
 * Continues an evaluation from datapoint `from` on: the result equals `evaluateAlarm(classes, options)`
 * when `classes` before `from` equal those `prior` was evaluated on (later ones may differ). The evaluator
 * is a state machine over the evaluation range, so the states before `from` and the state entering it are
 * `prior`'s; only datapoints `from` … end are evaluated. A fault run resumes its control run this way.
 *
 * @param prior the evaluation of the same alarm (same options) on classes equal before `from`
 * @param from first datapoint to evaluate, 0 … classes.length
 * @param reuse an array as long as `classes` (not `prior`'s) to write the states into; default: a new one
 * @throws RangeError when an option or a code is invalid, or `prior` does not fit
 * @example
 * const control = evaluateAlarm(controlClasses, options);
 * const faulted = resumeAlarm(faultClasses, options, control, onsetIndex); // = evaluateAlarm(faultClasses, options)
 */
export function resumeAlarm(classes, options, prior, from, reuse) {
    const fn = 'resumeAlarm';
    const r = resolveOptions(fn, options);
    if (!(classes instanceof Int8Array))
        throw new TypeError(`${fn}: classes must be an Int8Array`);
    if (!Number.isInteger(from) || from < 0 || from > classes.length || prior.states.length !== classes.length) {
        throw new RangeError(`${fn}: from (${from}) must be within 0..${classes.length}, and prior as long as classes`);
    }
    checkClasses(fn, classes, from);
    const states = reuse !== undefined && reuse.length === classes.length && reuse !== prior.states ? reuse : new Uint8Array(classes.length);
    states.set(prior.states.subarray(0, from));
    const transitions = prior.transitions.filter((t) => t.index < from);
    evaluateFrom(r, classes, from, from > 0 ? prior.states[from - 1] : r.initial, states, transitions);
    return { states, transitions };
}
/**
 * The states of datapoints `from` … `to − 1` under `options`, written into `out` at the same indices (some
 * before `from` may be written too, where the evaluation starts; none from `to` on), for classes whose full evaluation under the same N, M and range
 * but another TreatMissingData is `reference`. TreatMissingData matters only where a datapoint among the N
 * most recent is missing: after a datapoint whose N most recent are all real, the state is the reference's
 * there. So the evaluation starts from the last such datapoint before `from` (or from the start) and costs
 * about `to − from` steps, not the whole series. Equals `evaluateAlarm(classes, options).states` on
 * `from` … `to − 1`.
 *
 * @param reference `evaluateAlarm(classes, { ...options, treatMissingData: other })` (or an equal resumed one)
 * @param out where to write; default: a new array as long as `classes`
 * @throws RangeError when an option or a code is invalid, the span is not within 0 … classes.length, or
 *   `reference` is not as long as `classes`
 * @example
 * const configured = evaluateAlarm(classes, { ...options, treatMissingData: 'missing' });
 * const states = evaluateSpan(classes, { ...options, treatMissingData: 'breaching' }, configured, 100, 160);
 * // states[100 … 159] = evaluateAlarm(classes, { ...options, treatMissingData: 'breaching' }).states[100 … 159]
 */
export function evaluateSpan(classes, options, reference, from, to, out = new Uint8Array(classes.length)) {
    const fn = 'evaluateSpan';
    const r = resolveOptions(fn, options);
    if (!(classes instanceof Int8Array))
        throw new TypeError(`${fn}: classes must be an Int8Array`);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > classes.length) {
        throw new RangeError(`${fn}: from (${from}) and to (${to}) must satisfy 0 <= from <= to <= ${classes.length}`);
    }
    if (reference.states.length !== classes.length || out.length !== classes.length) {
        throw new RangeError(`${fn}: reference and out must be as long as classes (${classes.length})`);
    }
    if (from === to)
        return out;
    // The last datapoint before `from` whose N most recent datapoints are all real: its state is the reference's.
    let start = 0;
    let entering = r.initial;
    for (let j = from - 1, run = 0; j >= 0; j--) {
        run = classes[j] === MISSING ? 0 : run + 1;
        if (run === r.n) {
            start = j + r.n;
            entering = reference.states[start - 1];
            break;
        }
    }
    checkClasses(fn, classes.subarray(0, to), start);
    const transitions = [];
    evaluateFrom(r, classes.subarray(0, to), start, entering, out, transitions);
    return out;
}
function checkClasses(fn, classes, from) {
    if (!(classes instanceof Int8Array))
        throw new TypeError(`${fn}: classes must be an Int8Array`);
    for (let i = from; i < classes.length; i++) {
        const c = classes[i];
        if (c !== MISSING && c !== NOT_BREACHING && c !== BREACHING)
            throw invalidClass(fn, 'classes', i, c);
    }
}
/** Evaluates datapoints `from` … end, entering `from` in state `current`; fills `states` and appends transitions. */
function evaluateFrom(r, classes, from, current, states, transitions) {
    const len = classes.length;
    const { n, m, range } = r;
    // Missing and breaching datapoints among the N most recent positions (before index 0: missing). When none
    // is missing, those N are the N most recent real ones and TreatMissingData is not used: no scan needed.
    let missingInN = 0;
    let breachingInN = 0;
    for (let j = from - n; j < from; j++) {
        const c = j < 0 ? MISSING : classes[j];
        if (c === MISSING)
            missingInN++;
        else
            breachingInN += c;
    }
    for (let i = from; i < len; i++) {
        const entering = classes[i];
        if (entering === MISSING)
            missingInN++;
        else
            breachingInN += entering;
        const leaving = i - n < 0 ? MISSING : classes[i - n];
        if (leaving === MISSING)
            missingInN--;
        else
            breachingInN -= leaving;
        let next;
        if (missingInN === 0) {
            next = breachingInN >= m ? ALARM_CODE : OK_CODE;
        }
        else {
            // Backward scan of the evaluation range; positions before index 0 are missing.
            const stop = i - range < -1 ? -1 : i - range; // exclusive lower bound
            let real = 0;
            let breaching = 0;
            let oldestRealAge = 0;
            for (let j = i; j > stop && real < n; j--) {
                const c = classes[j];
                if (c === MISSING)
                    continue;
                real++;
                breaching += c; // BREACHING = 1, NOT_BREACHING = 0
                oldestRealAge = i - j + 1;
            }
            next = decide(r, real, breaching, oldestRealAge, current);
        }
        if (next !== current) {
            transitions.push({ index: i, from: STATE_CODES[current], to: STATE_CODES[next] });
            current = next;
        }
        states[i] = current;
    }
}
