import type { ReplayFacts } from '../replay/readDataFile.js';
import type { Scenario } from '../scenario/parseScenario.js';
import type { TrialOutcome } from './outcomes.js';
import { type Interval } from './intervals.js';
import { type MissReason } from './missReason.js';
import { type TreatMissingData } from '../core/alarmTerms.js';
/** Latency figures over the trials that detected the fault (minutes); null where none did. */
export interface LatencyStats {
    p50: number | null;
    p90: number | null;
    max: number | null;
    mean: number | null;
}
/** One alarm on the fault-free (control) runs of a variant. */
export interface ControlSummary {
    alarm: string;
    type: 'band' | 'static';
    /** Transitions to ALARM per day after the warm-up, mean over trials. */
    falseAlarmsPerDay: number;
    /** The same per day of the evaluation period (day 0 = first day after the warm-up): the learning curve. */
    falseAlarmsByDay: number[];
    /** First evaluation day from which every later day has fewer than 0.1 false alarms per trial; null if never. */
    quietFromDay: number | null;
    /** Static alarms: the threshold used, mean over trials (differs per trial for `percentOfRecentMax`). */
    threshold: number | null;
    /** Static alarms: the lowest and highest threshold over trials (equal unless it is set from each trial's data). */
    thresholdRange: Interval | null;
    /** 95% interval of `falseAlarmsPerDay`: bootstrap over trials (see `rateInterval`). */
    ci95: {
        falseAlarmsPerDay: Interval;
    };
    /** Band alarms: how the band fitted the fault-free metric (means over trials; minLower is the lowest seen). */
    band: {
        coverage: number;
        lowerBelowMinimumShare: number | null;
        lowerBelowZeroShare: number;
        minLower: number;
        maxUpper: number;
        relativeWidthByHour: Array<number | null>;
        /** Mean band width (upper − lower) per evaluation day: how the band narrows as it learns. */
        widthByDay: Array<number | null>;
        /** Mean |value − expected| per evaluation day: how well the expected value follows the metric. */
        errorByDay: Array<number | null>;
    } | null;
}
/** One alarm against one fault, over all trials. */
export interface FaultAlarmSummary {
    alarm: string;
    trials: number;
    detected: number;
    detectionRate: number;
    latencyMinutes: LatencyStats;
    /** False alarms per day on the fault runs' fault-free time. */
    falseAlarmsPerDay: number;
    /** Trials in which the alarm was already in ALARM at onset. */
    alreadyInAlarm: number;
    /** 95% intervals: Wilson for the detection rate, seeded bootstrap for latency p50 / p90 and false alarms per day. */
    ci95: {
        detectionRate: Interval;
        latencyP50: Interval | null;
        latencyP90: Interval | null;
        falseAlarmsPerDay: Interval;
    };
    /** Missed trials by reason (they add up to trials − detected). */
    missed: Record<MissReason, number>;
    /** Detections that came from datapoints before the onset (e.g. a no-data outage fired by earlier breaches). */
    detectedByPreOnsetData: number;
    /** The same fault under each TreatMissingData setting. */
    byTreatMissingData: Record<TreatMissingData, {
        detectionRate: number;
        latencyP50: number | null;
    }>;
    /** By UTC hour of the onset (24 rows). */
    byHourOfDay: Array<{
        hour: number;
        trials: number;
        detected: number;
        latencyP50: number | null;
    }>;
    /** By weekday of the onset, Monday first (7 rows). */
    byWeekday: Array<{
        weekday: string;
        trials: number;
        detected: number;
        latencyP50: number | null;
    }>;
    /** Faults lasting until the end: days after onset the alarm was last in ALARM (p50 and max over trials). */
    lastAlarmDaysAfterOnset: {
        p50: number | null;
        max: number | null;
    } | null;
    /** Per trial, in trial order: onset (ISO), latency (null: not detected) and why it was missed (null: detected). */
    perTrial: Array<{
        onset: string;
        latencyMinutes: number | null;
        missReason: MissReason | null;
    }>;
}
export interface FaultSummary {
    fault: string;
    durationMinutes: number | null;
    alarms: FaultAlarmSummary[];
}
/** A replayed variant: what reading its file found, and warnings about what the replay can measure. */
export type DataSummary = ReplayFacts;
export interface VariantSummary {
    variant: string;
    description: string;
    /** Replayed data only: rows read, the step and how it was chosen, rows sharing a period, warnings. */
    data?: DataSummary;
    control: ControlSummary[];
    faults: FaultSummary[];
}
/**
 * Everything a simulation measured, JSON-ready. Measured figures (rates, latencies, band fit, false alarms,
 * static thresholds from `percentOfRecentMax`) are rounded to {@link MEASURED_SIGNIFICANT_DIGITS} significant
 * digits. Everything echoed from the input (seed, trials, the configuration, a fault's duration, a numeric
 * static threshold) keeps its exact value, so the recorded run can be reproduced.
 */
export interface Summary {
    scenario: string;
    description: string;
    seed: number | string;
    trials: number;
    configuration: unknown;
    variants: VariantSummary[];
}
/**
 * Aggregates trial outcomes into the summary: per variant, alarm and fault the detection rate, latency
 * p50 / p90 / max (simple-statistics' `quantile` over the detected trials), false alarms per day, results
 * under each TreatMissingData, and breakdowns by the onset's hour and weekday.
 *
 * @example
 * summarize(scenario, outcomes).variants[0].faults[0].alarms[0].detectionRate; // 0.9
 */
export declare function summarize(scenario: Scenario, outcomes: TrialOutcome[]): Summary;
/** The resolved scenario as JSON-ready data, times as ISO text. */
export declare function describeScenario(scenario: Scenario): unknown;
/**
 * The precision of measured figures in the summary: 6 significant digits (stable, readable JSON).
 *
 * @example
 * Number((2 / 3).toPrecision(MEASURED_SIGNIFICANT_DIGITS)); // 0.666667
 */
export declare const MEASURED_SIGNIFICANT_DIGITS = 6;
