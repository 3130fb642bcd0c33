import type { Scenario } from '../scenario/parseScenario.js';
import type { Simulation } from '../simulate.js';
import { type Chart } from './common.js';
/**
 * Every chart of a simulation, in report order: per variant the fault-free run, then per fault the
 * representative trial and the latency distribution; last, the day-by-day learning chart.
 * Pure: returns specs, renders nothing.
 *
 * @example
 * buildCharts(scenario, simulate(scenario)).map((c) => c.id); // ['normal-default', 'trial-default-a-single-0', ...]
 */
export declare function buildCharts(scenario: Scenario, simulation: Simulation): Chart[];
