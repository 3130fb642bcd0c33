import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleSimulation, simulate, trialCount, } from '../simulate.js';
import { reviveError } from './transferError.js';
export async function simulateParallel(scenario, options = {}) {
    const requested = options.workers ?? availableParallelism();
    if (!Number.isInteger(requested) || requested < 1) {
        throw new RangeError(`simulateParallel: workers (${String(requested)}) must be an integer >= 1`);
    }
    const total = trialCount(scenario);
    const workers = Math.min(requested, total);
    if (workers <= 1)
        return simulate(scenario, options);
    const data = { scenario, keepRepresentative: !options.outcomesOnly, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
    const results = new Array(total);
    let done = 0;
    const threads = Array.from({ length: workers }, () => startWorker(data));
    try {
        await Promise.all(threads.map((thread) => new Promise((resolve, reject) => {
            thread.on('message', (message) => {
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
                if (code === 0)
                    resolve();
                else
                    reject(new Error(`simulateParallel: a worker thread stopped with exit code ${code}`));
            });
        })));
    }
    finally {
        await Promise.all(threads.map((thread) => thread.terminate()));
    }
    if (done !== total)
        throw new Error(`simulateParallel: ${total - done} of ${total} trial results never arrived`);
    return options.outcomesOnly ? { outcomes: results.map((result) => result.outcome) } : assembleSimulation(scenario, results);
}
/**
 * Starts one worker on `trialWorker` next to this module: the compiled `.js` as is, or, when running from
 * the TypeScript sources, the `.ts` file after registering tsx in the worker (Node 20 does not pass the
 * main thread's loader hooks to workers).
 */
function startWorker(workerData) {
    if (!import.meta.url.endsWith('.ts'))
        return new Worker(new URL('./trialWorker.js', import.meta.url), { workerData });
    const tsx = import.meta.resolve('tsx/esm/api');
    const worker = new URL('./trialWorker.ts', import.meta.url).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
    return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}
