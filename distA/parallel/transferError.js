import { DataError } from '../replay/dataError.js';
import { ScenarioError } from '../scenario/parseScenario.js';
/** The input-error classes revived with their own constructor, so `instanceof` still holds. */
const INPUT_ERRORS = { ScenarioError, DataError };
/** Built-in error classes revived as themselves. */
const BUILT_IN_ERRORS = {
    Error,
    RangeError,
    TypeError,
    SyntaxError,
    ReferenceError,
    EvalError,
    URIError,
};
/**
 * Turns anything thrown into plain data for `postMessage`.
 *
 * @example
 * serializeError(new RangeError('k must be > 0')); // { name: 'RangeError', message: 'k must be > 0', stack: '...' }
 */
export function serializeError(error) {
    if (!(error instanceof Error))
        return { name: 'Error', message: `non-error thrown: ${String(error)}` };
    const serialized = { name: error.name, message: error.message, stack: error.stack };
    if (error instanceof ScenarioError || error instanceof DataError) {
        serialized.file = error.file;
        serialized.problems = [...error.problems];
    }
    return serialized;
}
/**
 * Rebuilds an error from {@link serializeError}'s data: the same class (bandsim's `ScenarioError` and
 * `DataError`, or a built-in class; any other class becomes an `Error` with its `name`), message and stack
 * (the stack of the thread that threw it).
 *
 * @example
 * reviveError(serializeError(new ScenarioError('a.json', ['seed: expected a number']))) instanceof ScenarioError; // true
 */
export function reviveError(serialized) {
    let error;
    const inputError = INPUT_ERRORS[serialized.name];
    if (inputError && serialized.file !== undefined && serialized.problems !== undefined) {
        error = new inputError(serialized.file, serialized.problems);
    }
    else {
        error = new (BUILT_IN_ERRORS[serialized.name] ?? Error)(serialized.message);
        error.name = serialized.name;
    }
    if (serialized.stack !== undefined)
        error.stack = serialized.stack;
    return error;
}
