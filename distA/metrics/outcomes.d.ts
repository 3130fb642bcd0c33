import type { TreatMissingData } from '../core/alarmTerms.js';
import type { OutcomeExplanation } from './missReason.js';
import type { BandFit } from './trialMetrics.js';
/** One alarm in one fault-free (control) run. */
export interface ControlOutcome {
    /** Transitions to ALARM per day of the evaluation period (after the warm-up); the last day may be partial. */
    alarmsPerDay: number[];
    /** Length of the evaluation period, days (exact). */
    evaluationDays: number;
    /** Band alarms only. */
    fit: BandFit | null;
    /** The threshold a static alarm used (resolved from data for `percentOfRecentMax`). */
    threshold: number | null;
}
/** One alarm against one fault in one trial. */
export interface FaultOutcome {
    latencyMinutes: number | null;
    alreadyInAlarm: boolean;
    /** Latency under each TreatMissingData setting (the configured one included). */
    latencyByTreatment: Record<TreatMissingData, number | null>;
    /** Transitions to ALARM in the evaluation period outside [onset, onset + horizon). */
    falseAlarms: number;
    /** Days of the evaluation period outside [onset, onset + horizon). */
    faultFreeDays: number;
    /** For faults that last until the end: how long after onset the alarm was last in ALARM, days. */
    lastAlarmDaysAfterOnset: number | null;
    /** Why the configured alarm missed the fault, or whether its detection leaned on pre-onset datapoints. */
    explanation: OutcomeExplanation;
}
/** What one trial of one variant measured. */
export interface TrialOutcome {
    trial: number;
    variant: string;
    control: ControlOutcome[];
    faults: Array<{
        fault: string;
        onsetMs: number;
        alarms: FaultOutcome[];
    }>;
}
