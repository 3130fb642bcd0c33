import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/parseScenario.js';
import {
  assembleSimulation,
  simulate,
  trialCount,
  type Simulation,
  type SimulationOutcomes,
  type SimulateOptions,
  type TrialResult,
} from '../simulate.js';
import { reviveError, type SerializedError } from './transferError.js';

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
export type WorkerMessage = { type: 'result'; index: number; result: TrialResult } | { type: 'error'; error: SerializedError };

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
export async function simulateParallel(
  scenario: Scenario,
  options: SimulateParallelOptions & { outcomesOnly: true },
): Promise<SimulationOutcomes>;
export async function simulateParallel(scenario: Scenario, options?: SimulateParallelOptions): Promise<Simulation>;
export async function simulateParallel(scenario: Scenario, options: SimulateParallelOptions = {}): Promise<Simulation | SimulationOutcomes> {
  const requested = options.workers ?? availableParallelism();
  if (!Number.isInteger(requested) || requested < 1) {
    throw new RangeError(`simulateParallel: workers (${String(requested)}) must be an integer >= 1`);
  }
  const total = trialCount(scenario);
  const workers = Math.min(requested, total);
  if (workers <= 1) return simulate(scenario, options);

  const data: WorkerData = { scenario, keepRepresentative: !options.outcomesOnly, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const results = new Array<TrialResult>(total);
  let done = 0;
  const threads = Array.from({ length: workers }, () => startWorker(data));
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            thread.on('message', (message: WorkerMessage) => {
              if (message.type === 'error') {
                reject(reviveError(message.error));
                return;
              }
              results[message.index] = message.result;
              done++;
              options.onProgress?.(done, total);
            });
            thread.on('error', reject);
            thread.on('exit', (code) => {
              if (code === 0) resolve();
              else reject(new Error(`simulateParallel: a worker thread stopped with exit code ${code}`));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  if (done !== total) throw new Error(`simulateParallel: ${total - done} of ${total} trial results never arrived`);
  return options.outcomesOnly ? { outcomes: results.map((result) => result.outcome) } : assembleSimulation(scenario, results);
}

/**
 * Starts one worker on `trialWorker` next to this module: the compiled `.js` as is, or, when running from
 * the TypeScript sources, the `.ts` file after registering tsx in the worker (Node 20 does not pass the
 * main thread's loader hooks to workers).
 */
function startWorker(workerData: WorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./trialWorker.js', import.meta.url), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./trialWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}
