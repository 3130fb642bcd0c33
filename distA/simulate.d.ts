import type { TrialOutcome } from './metrics/outcomes.js';
import { type Summary } from './metrics/summarize.js';
import type { Scenario, Variant } from './scenario/parseScenario.js';
export { TREATMENTS } from './core/alarmTerms.js';
export type { ControlOutcome, FaultOutcome, TrialOutcome } from './metrics/outcomes.js';
/** One alarm's datapoints, band and states over a chart window of the representative trial. */
export interface Trace {
    alarm: string;
    startMs: number;
    periodSeconds: number;
    values: number[];
    expected: number[] | null;
    lower: number[] | null;
    upper: number[] | null;
    /** Static alarms: their threshold(s). */
    threshold: {
        lower: number | null;
        upper: number | null;
    } | null;
    breaching: number[];
    states: number[];
}
/** A run of the representative trial (trial 0) kept for charts: a fault run, or the control run (fault null). */
export interface RepresentativeRun {
    variant: string;
    fault: string | null;
    onsetMs: number | null;
    faultEndMs: number | null;
    /** True for the whole control run of a replayed series (the replay view); false for a window around a fault. */
    whole?: boolean;
    traces: Trace[];
}
/** Options of {@link simulate}. */
export interface SimulateOptions {
    /** Called after each trial of each variant with (done, total). Default: none. */
    onProgress?: (done: number, total: number) => void;
    /**
     * Only the trials' outcomes: no summary (its bootstrap intervals) and no representative runs for charts,
     * for callers that read the outcomes alone (a tune sweep). The outcomes are the same. Default false.
     */
    outcomesOnly?: boolean;
}
/** The result of a simulation: the summary (JSON-ready) and trial 0's runs for charts. */
export interface Simulation {
    summary: Summary;
    representative: RepresentativeRun[];
    outcomes: TrialOutcome[];
}
/** The result of a simulation with `outcomesOnly`: the outcomes in (variant, trial) order. */
export type SimulationOutcomes = Pick<Simulation, 'outcomes'>;
/**
 * What one (variant, trial) pair produced: its outcome and, for trial 0, the runs kept for charts.
 * Plain data, so it can cross a worker boundary unchanged.
 */
export interface TrialResult {
    outcome: TrialOutcome;
    representative: RepresentativeRun[];
}
/**
 * Runs a scenario: for every variant and trial, generates the series, measures every alarm on the
 * fault-free run, then applies each fault at its own onset and measures how each alarm met it.
 * Deterministic: the same scenario (seed included) gives the same result. Runs on the calling thread;
 * {@link simulateParallel} spreads the same trials over worker threads with the same result.
 *
 * @example
 * const { summary } = simulate(parseScenario(text, 'scenarios/dice.json'));
 * const { outcomes } = simulate(scenario, { outcomesOnly: true }); // no summary, no runs for charts
 */
export declare function simulate(scenario: Scenario, options: SimulateOptions & {
    outcomesOnly: true;
}): SimulationOutcomes;
export declare function simulate(scenario: Scenario, options?: SimulateOptions): Simulation;
/**
 * How many (variant, trial) pairs a scenario runs: variants × trials. Pair `index` is trial
 * `index % trials` of variant `floor(index / trials)`: variants in order, trials in order within each.
 *
 * @example
 * trialCount(scenario); // 2 variants × 20 trials = 40
 */
export declare function trialCount(scenario: Scenario): number;
/**
 * Runs pair `index` (see {@link trialCount}) and keeps trial 0's runs for charts (unless `keepRepresentative`
 * is false; default true). Each pair draws only from its own seeded streams, so pairs can run in any order,
 * on any thread, with the same result.
 *
 * @example
 * const { outcome } = runTrialAt(scenario, 0); // trial 0 of the first variant
 */
export declare function runTrialAt(scenario: Scenario, index: number, keepRepresentative?: boolean): TrialResult;
/**
 * Puts the results of every pair, given in pair order, together into a {@link Simulation}: the outcomes
 * in (variant, trial) order, the representative runs of each variant's trial 0, and their summary.
 *
 * @example
 * const simulation = assembleSimulation(scenario, [runTrialAt(scenario, 0), runTrialAt(scenario, 1)]);
 */
export declare function assembleSimulation(scenario: Scenario, results: readonly TrialResult[]): Simulation;
/**
 * One trial of one variant, as a table of contents of the pipeline:
 * 1. generate the series from the trial's `generate` stream;
 * 2. draw each fault's onset from its own stream and apply it;
 * 3. measure every alarm on the fault-free run (false alarms, band fit, static thresholds), keeping its band
 *    and evaluation state where each fault run departs from it;
 * 4. for each fault: compute every alarm from that departure on (before it, a fault run is the control run)
 *    and measure how it met the fault.
 */
export declare function runTrial(scenario: Scenario, variant: Variant, trial: number, keep: RepresentativeRun[] | null): TrialOutcome;
