/**
 * The body of one worker thread of {@link simulateParallel}: takes the next (variant, trial) pair from the
 * shared counter until none is left, runs it and posts its result, or the error it threw, to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTrialAt, trialCount } from '../simulate.js';
import { serializeError } from './transferError.js';
const { scenario, keepRepresentative, next } = workerData;
const counter = new Int32Array(next);
const total = trialCount(scenario);
const post = (message) => parentPort.postMessage(message);
for (let index = Atomics.add(counter, 0, 1); index < total; index = Atomics.add(counter, 0, 1)) {
    try {
        post({ type: 'result', index, result: runTrialAt(scenario, index, keepRepresentative) });
    }
    catch (error) {
        post({ type: 'error', error: serializeError(error) });
        break;
    }
}
