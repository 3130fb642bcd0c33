import { echo } from './dataError.js';
/** CloudWatch accepts values within ±2^360 (PutMetricData). */
export const CLOUDWATCH_MAX_VALUE = 2 ** 360;
/** Number syntax bandsim accepts for a value: decimal, optional sign, fraction and exponent. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/**
 * Reads a value as written in a data file (decimal, optional sign, fraction and exponent, within ±2^360);
 * null after adding a problem naming `where` otherwise.
 *
 * @example
 * readValue('1.5e3', 'line 2, value', problems); // 1500
 */
export function readValue(raw, where, problems) {
    const problem = raw === ''
        ? 'is empty (a value must be a number; leave the row out for a gap)'
        : !NUMBER.test(raw)
            ? `${echo(raw)} is not a number`
            : !(Math.abs(Number(raw)) <= CLOUDWATCH_MAX_VALUE)
                ? `${echo(raw)} is beyond ±2^360, the range CloudWatch accepts`
                : null;
    if (problem === null)
        return Number(raw);
    problems.add(`${where}: ${problem}`);
    return null;
}
