import type { Scenario } from '../scenario/parseScenario.js';
import { type TuneGrid, type TuneSetting } from './grid.js';
import { type PeriodCheck } from './periodCheck.js';
import { type LatencyGoal } from './recommend.js';
/** Options of {@link tune}. */
export interface TuneOptions {
    /** The sweep's grid; default {@link defaultGrid} around the scenario's first band alarm. */
    grid?: TuneGrid;
    /** The false-alarm budget, per week of fault-free running; default 1. */
    maxFalseAlarmsPerWeek?: number;
    /** Per-fault latency goals; default none. */
    goals?: LatencyGoal[];
    /** The highest value the metric can take, for the impossible-values companion; default null (unknown). */
    possibleMaximum?: number | null;
    /** Called after each trial of the sweep with (done, total). */
    onProgress?: (done: number, total: number) => void;
    /** Worker threads for the sweep's trials. Default: `os.availableParallelism()`. */
    workers?: number;
}
/** One fault's figures for one alarm. */
export interface FaultFigures {
    fault: string;
    trials: number;
    detected: number;
    detectionRate: number;
    /** Wilson 95% interval of the detection rate. */
    detectionInterval: {
        lower: number;
        upper: number;
    };
    latencyP50: number | null;
    latencyP90: number | null;
}
/** One setting's figures on one variant. */
export interface SettingFigures {
    label: string;
    setting: TuneSetting;
    falseAlarmsPerWeek: number;
    /** Mean of the faults' detection rates (each fault counts equally). */
    detectionRate: number;
    /** Median latency over every detected fault trial, minutes. */
    latencyP50: number | null;
    onFront: boolean;
    /** Per goal: the share of trials detected in time, and whether it meets the goal. */
    goals: Array<{
        goal: string;
        share: number;
        met: boolean;
    }>;
    faults: FaultFigures[];
}
/** A companion static alarm's figures on one variant, and what it adds to the recommended band alarm. */
export interface CompanionFigures {
    name: string;
    role: string;
    comparison: string;
    /** The threshold used (mean over trials for a share of the recent maximum). */
    threshold: number | null;
    lower: number | null;
    upper: number | null;
    periodSeconds: number;
    statistic: string;
    evaluationPeriods: number;
    datapointsToAlarm: number;
    treatMissingData: string;
    falseAlarmsPerWeek: number;
    goals: Array<{
        goal: string;
        share: number;
        met: boolean;
    }>;
    faults: Array<FaultFigures & {
        /** Trials the band setting compared with (the recommendation, else the setting with fewest false alarms) missed and this alarm caught. */
        onlyThisCatches: number;
        /** The band and this alarm together: share of trials detected by either. */
        combinedDetectionRate: number;
    }>;
}
/** Everything tune found for one variant. */
export interface VariantTune {
    variant: string;
    periodCheck: PeriodCheck;
    settings: SettingFigures[];
    /** Index into `settings` of the recommendation; null when no setting meets the budget and the goals. */
    recommended: number | null;
    runnersUp: number[];
    /** The band setting the companions are compared with: the recommendation, else the one with fewest false alarms. */
    comparedWith: number;
    withinBudget: number;
    eligible: number;
    companions: CompanionFigures[];
    /** The verdict in words. */
    verdict: string;
}
/** The whole tune result, JSON-ready. */
export interface TuneResult {
    scenario: string;
    seed: number | string;
    trials: number;
    maxFalseAlarmsPerWeek: number;
    goals: LatencyGoal[];
    baseAlarm: string;
    grid: TuneGrid;
    variants: VariantTune[];
}
/**
 * `bandsim tune` as a table of contents:
 * 1. the period check of each variant (trial 0's fault-free series, first training window);
 * 2. one band alarm per grid setting, plus the companion static alarms and the scenario's own static alarms;
 * 3. the sweep: every alarm on the same trials (common random numbers);
 * 4. per variant: figures with Wilson intervals, the Pareto front, the recommendation and runners-up, and
 *    what each static alarm adds.
 *
 * @throws Error when the scenario has no band alarm, or a grid setting is impossible
 * @example
 * const result = await tune(loadScenario('scenarios/coconut.json'), { maxFalseAlarmsPerWeek: 1 });
 */
export declare function tune(scenario: Scenario, options?: TuneOptions): Promise<TuneResult>;
