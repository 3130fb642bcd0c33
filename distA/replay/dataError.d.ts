/**
 * Bad metric data: the file and the problems found, each naming the row (or JSON path) and the field. The
 * message is one line: the first problem, and how many more there are.
 *
 * @example
 * new DataError('cpu.csv', ['line 7, value: "abc" is not a number']).message; // 'cpu.csv: line 7, value: "abc" is not a number'
 */
export declare class DataError extends Error {
    readonly file: string;
    readonly problems: string[];
    /** True when problems were left out after the first ones. */
    readonly more: boolean;
    constructor(file: string, problems: string[], 
    /** True when problems were left out after the first ones. */
    more?: boolean);
}
/**
 * A cell or JSON value as echoed in a message: quoted, cut to 40 characters.
 *
 * @example
 * echo('abc'); // '"abc"'
 */
export declare function echo(value: unknown): string;
/**
 * Text cut to 40 characters for a message (a column name, say).
 *
 * @example
 * cut('x'.repeat(100)).length; // 41, the last character an ellipsis
 */
export declare function cut(text: string): string;
/**
 * Collects the problems found reading a file, up to 20, then stops the read with a {@link DataError}.
 *
 * @example
 * const problems = new Problems('cpu.csv');
 * problems.add('line 7, value: "abc" is not a number');
 * problems.throwIfAny(); // throws DataError('cpu.csv', ['line 7, value: "abc" is not a number'])
 */
export declare class Problems {
    private readonly file;
    readonly list: string[];
    constructor(file: string);
    add(problem: string): void;
    throwIfAny(): void;
}
/**
 * Names for a message: at most 8, each cut to 40 characters, quoted unless `quoted` is false (default true).
 *
 * @example
 * list(['a', 'b']); // '"a", "b"'
 */
export declare function list(names: readonly string[], quoted?: boolean): string;
