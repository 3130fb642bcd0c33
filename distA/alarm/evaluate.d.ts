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
import { type AlarmState, type TreatMissingData } from '../core/alarmTerms.js';
export { STATE_CODES, type AlarmState, type TreatMissingData } from '../core/alarmTerms.js';
/** Per-datapoint classification codes used in an Int8Array. */
export declare const MISSING = -1, NOT_BREACHING = 0, BREACHING = 1;
/** Alarm configuration for {@link evaluateWindow} and {@link evaluateAlarm}. */
export interface EvaluationOptions {
    /** `EvaluationPeriods` (N): how many datapoints are evaluated. Integer >= 1. Required, no default. */
    evaluationPeriods: number;
    /** `DatapointsToAlarm` (M): how many of the N evaluated datapoints must breach. Integer, 1 <= M <= N. Required, no default. */
    datapointsToAlarm: number;
    /** `TreatMissingData`. Required here (CloudWatch itself defaults to `'missing'`). */
    treatMissingData: TreatMissingData;
    /**
     * Evaluation range: how many of the most recent datapoints CloudWatch fetches per evaluation. Integer >= N.
     * Default: `evaluationPeriods + 2` (the guide's examples use 5 for N = 3; it does not give the range for
     * other N, see docs/alarm-evaluation.md).
     */
    evaluationRange?: number;
    /** State before the first evaluation (used by {@link evaluateAlarm} only). Default: `'INSUFFICIENT_DATA'`. */
    initialState?: AlarmState;
}
/** One state change. `index` is the datapoint whose evaluation changed the state. */
export interface Transition {
    index: number;
    from: AlarmState;
    to: AlarmState;
}
/** Result of {@link evaluateAlarm}. */
export interface Evaluation {
    /** State after evaluating datapoint i: 0 = OK, 1 = ALARM, 2 = INSUFFICIENT_DATA (see {@link STATE_CODES}). */
    states: Uint8Array;
    /** Full history of state changes, in order; each change appears exactly once. */
    transitions: Transition[];
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
export declare function evaluateWindow(window: ArrayLike<number>, options: EvaluationOptions, currentState: AlarmState): AlarmState;
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
export declare function evaluateAlarm(classes: Int8Array, options: EvaluationOptions): Evaluation;
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
export declare function resumeAlarm(classes: Int8Array, options: EvaluationOptions, prior: Evaluation, from: number, reuse?: Uint8Array): Evaluation;
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
export declare function evaluateSpan(classes: Int8Array, options: EvaluationOptions, reference: Evaluation, from: number, to: number, out?: Uint8Array): Uint8Array;
