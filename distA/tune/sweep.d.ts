import type { BandAlarm, Scenario, StaticAlarm } from '../scenario/parseScenario.js';
import type { FaultDetections } from './recommend.js';
/** One alarm of a sweep on one variant: its false alarms and its detections of every fault. */
export interface AlarmMeasure {
    /** Mean over trials of the transitions to ALARM per week on the fault-free (control) run after the warm-up. */
    falseAlarmsPerWeek: number;
    /** Per fault of the variant, in scenario order: latency per trial (null: not detected). */
    faults: FaultDetections[];
    /** Static alarms: the threshold used, mean over trials; null for band alarms. */
    threshold: number | null;
}
/** The measures of every alarm of a sweep, per variant. */
export interface SweepResult {
    /** variant name → one measure per alarm, in the order of the alarms given. */
    byVariant: Map<string, AlarmMeasure[]>;
}
/** Options of {@link sweep}. */
export interface SweepOptions {
    /** Called after each trial with (done, total). Default: none. */
    onProgress?: (done: number, total: number) => void;
    /** Worker threads for the trials (see `simulateParallel`). Default: `os.availableParallelism()`. */
    workers?: number;
}
/**
 * Runs many alarms on the same trials: one scenario whose alarms are all the settings (and companions), so
 * every setting sees the same generated series, the same fault onsets and the same noise (common random
 * numbers: a difference between two settings is the settings', not the draws'). Equivalent to one
 * `simulate` per setting with the same seed, because bandsim's random streams are named by trial, variant
 * and stage, never by alarm; and cheaper, since each series is generated and each fault applied once.
 * Trials run on worker threads, and only their outcomes are kept (no summary, no runs for charts).
 *
 * @example
 * const { byVariant } = await sweep(scenario, [bandAlarm, staticAlarm], { workers: 2 });
 * byVariant.get('default')![0].falseAlarmsPerWeek;
 */
export declare function sweep(scenario: Scenario, alarms: Array<BandAlarm | StaticAlarm>, options?: SweepOptions): Promise<SweepResult>;
