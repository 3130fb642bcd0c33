import type { Datapoints } from '../alarm/aggregate.js';
import { type Evaluation } from '../alarm/evaluate.js';
import type { TreatMissingData } from '../core/alarmTerms.js';
/**
 * Why an alarm missed a fault in one trial, checked in this order:
 * - `alreadyInAlarm`: the alarm was in ALARM when the fault began and did not leave and re-enter it;
 * - `insufficientData`: no datapoint breached, and datapoints were missing (no data, or no band yet) or
 *   the alarm was in INSUFFICIENT_DATA within the horizon;
 * - `insideBand`: every datapoint within the horizon stayed inside the band (or on the OK side of a
 *   static threshold);
 * - `tooFewBreaching`: some datapoints breached, never M of N at once within the horizon.
 */
export type MissReason = 'alreadyInAlarm' | 'insufficientData' | 'insideBand' | 'tooFewBreaching';
/** Every {@link MissReason}, in the order they are checked and shown. */
export declare const MISS_REASONS: readonly MissReason[];
/** What {@link explainOutcome} adds to a trial's outcome. */
export interface OutcomeExplanation {
    /** Why the fault was missed; null when it was detected. */
    missReason: MissReason | null;
    /**
     * The detection came from datapoints before the onset alone: no datapoint at or after the onset
     * breached (counting missing ones only under `breaching`) by the time the alarm fired. Typical for a
     * no-data outage whose evaluation range still held breaches from just before it.
     */
    detectedByPreOnsetData: boolean;
}
/**
 * Explains one alarm's outcome against one fault: why it missed, or whether its detection leaned on
 * datapoints from before the onset. `latencyMinutes` is the detection from `detect` (null: missed).
 * The horizon is [onset, onset + horizonMs) in evaluation times, as in `detect`.
 *
 * @example
 * explainOutcome(evaluation, classes, datapoints, onsetMs, horizonMs, null, { treatMissingData: 'missing' });
 * // { missReason: 'insideBand', detectedByPreOnsetData: false }
 */
export declare function explainOutcome(evaluation: Evaluation, classes: Int8Array, datapoints: Datapoints, onsetMs: number, horizonMs: number, latencyMinutes: number | null, alarm: {
    treatMissingData: TreatMissingData;
}): OutcomeExplanation;
/**
 * A miss reason in words, for tables and findings; `type` picks "inside the band" or "never crossed the
 * threshold".
 *
 * @example
 * describeMissReason('insideBand', 'band'); // 'inside the band'
 */
export declare function describeMissReason(reason: MissReason, type: 'band' | 'static'): string;
