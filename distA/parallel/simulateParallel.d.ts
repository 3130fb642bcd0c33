import type { Scenario } from '../scenario/parseScenario.js';
import { type Simulation, type SimulationOutcomes, type SimulateOptions, type TrialResult } from '../simulate.js';
import { type SerializedError } from './transferError.js';
/** Options of {@link simulateParallel}. */
export interface SimulateParallelOptions extends SimulateOptions {
    /**
     * Worker threads to run trials on. Default: `os.availableParallelism()`. `1`, or a scenario with a
     * single (variant, trial) pair, runs in-process like {@link simulate}. Never more than the pairs.
     */
    workers?: number;
}
/** What each worker thread receives: the scenario (replayed data included) and the shared next-pair counter. */
export interface WorkerData {
    scenario: Scenario;
    /** Whether trial 0 keeps its runs for charts (false with `outcomesOnly`). */
    keepRepresentative: boolean;
    /** One Int32: the index of the next (variant, trial) pair to take, advanced with `Atomics.add`. */
    next: SharedArrayBuffer;
}
/** What a worker thread posts: one pair's result, or the error that stopped it. */
export type WorkerMessage = {
    type: 'result';
    index: number;
    result: TrialResult;
} | {
    type: 'error';
    error: SerializedError;
};
/**
 * {@link simulate} on worker threads: each worker takes the next (variant, trial) pair until none is left,
 * and the results are put together in (variant, trial) order, so the simulation (and every file written
 * from it) is byte-identical for any number of workers. An error thrown in a worker rejects with the same
 * class and message (`ScenarioError`, `RangeError`, ...) and the worker's stack; the other workers are
 * stopped. Works from the TypeScript sources (under tsx or vitest: workers load tsx) and from compiled `dist/`.
 *
 * @example
 * const { summary } = await simulateParallel(scenario, { workers: 2, onProgress: (done, total) => {} });
 * const { outcomes } = await simulateParallel(scenario, { outcomesOnly: true }); // no summary, no chart runs
 */
export declare function simulateParallel(scenario: Scenario, options: SimulateParallelOptions & {
    outcomesOnly: true;
}): Promise<SimulationOutcomes>;
export declare function simulateParallel(scenario: Scenario, options?: SimulateParallelOptions): Promise<Simulation>;
