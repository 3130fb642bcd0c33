/**
 * An error as it crosses a worker boundary: its class name, message and stack, and the `file` and
 * `problems` of bandsim's input errors. (Structured cloning alone would turn every custom class into a
 * plain `Error` and drop those fields.)
 */
export interface SerializedError {
    name: string;
    message: string;
    stack?: string;
    file?: string;
    problems?: string[];
}
/**
 * Turns anything thrown into plain data for `postMessage`.
 *
 * @example
 * serializeError(new RangeError('k must be > 0')); // { name: 'RangeError', message: 'k must be > 0', stack: '...' }
 */
export declare function serializeError(error: unknown): SerializedError;
/**
 * Rebuilds an error from {@link serializeError}'s data: the same class (bandsim's `ScenarioError` and
 * `DataError`, or a built-in class; any other class becomes an `Error` with its `name`), message and stack
 * (the stack of the thread that threw it).
 *
 * @example
 * reviveError(serializeError(new ScenarioError('a.json', ['seed: expected a number']))) instanceof ScenarioError; // true
 */
export declare function reviveError(serialized: SerializedError): Error;
