import { BREACHING, MISSING } from '../alarm/evaluate.js';
import { MINUTE_MS } from '../core/time.js';
const ALARM = 1;
const INSUFFICIENT_DATA = 2;
/** Every {@link MissReason}, in the order they are checked and shown. */
export const MISS_REASONS = ['alreadyInAlarm', 'insufficientData', 'insideBand', 'tooFewBreaching'];
/**
 * Explains one alarm's outcome against one fault: why it missed, or whether its detection leaned on
 * datapoints from before the onset. `latencyMinutes` is the detection from `detect` (null: missed).
 * The horizon is [onset, onset + horizonMs) in evaluation times, as in `detect`.
 *
 * @example
 * explainOutcome(evaluation, classes, datapoints, onsetMs, horizonMs, null, { treatMissingData: 'missing' });
 * // { missReason: 'insideBand', detectedByPreOnsetData: false }
 */
export function explainOutcome(evaluation, classes, datapoints, onsetMs, horizonMs, latencyMinutes, alarm) {
    const periodMs = datapoints.periodSeconds * 1000;
    const first = Math.max(0, Math.floor((onsetMs - datapoints.startMs) / periodMs));
    const states = evaluation.states;
    if (latencyMinutes !== null) {
        // The datapoint whose evaluation turned the alarm to ALARM ends at onset + latency.
        const fired = Math.round((onsetMs + latencyMinutes * MINUTE_MS - datapoints.startMs) / periodMs) - 1;
        let own = 0;
        for (let i = first; i <= fired && i < classes.length; i++) {
            if (classes[i] === BREACHING || (classes[i] === MISSING && alarm.treatMissingData === 'breaching'))
                own++;
        }
        return { missReason: null, detectedByPreOnsetData: own === 0 };
    }
    if (first > 0 && states[first - 1] === ALARM)
        return { missReason: 'alreadyInAlarm', detectedByPreOnsetData: false };
    let breaching = 0;
    let missing = 0;
    let insufficient = false;
    for (let i = first; i < states.length; i++) {
        if (datapoints.startMs + (i + 1) * periodMs >= onsetMs + horizonMs)
            break;
        if (classes[i] === BREACHING)
            breaching++;
        else if (classes[i] === MISSING)
            missing++;
        if (states[i] === INSUFFICIENT_DATA)
            insufficient = true;
    }
    const missReason = breaching > 0 ? 'tooFewBreaching' : missing > 0 || insufficient ? 'insufficientData' : 'insideBand';
    return { missReason, detectedByPreOnsetData: false };
}
/**
 * A miss reason in words, for tables and findings; `type` picks "inside the band" or "never crossed the
 * threshold".
 *
 * @example
 * describeMissReason('insideBand', 'band'); // 'inside the band'
 */
export function describeMissReason(reason, type) {
    switch (reason) {
        case 'alreadyInAlarm':
            return 'already in ALARM at onset';
        case 'insufficientData':
            return type === 'band' ? 'no data or no band (INSUFFICIENT_DATA)' : 'no data (INSUFFICIENT_DATA)';
        case 'insideBand':
            return type === 'band' ? 'inside the band' : 'never crossed the threshold';
        case 'tooFewBreaching':
            return 'too few breaching for M of N';
    }
}
