/**
 * Bad metric data: the file and the problems found, each naming the row (or JSON path) and the field. The
 * message is one line: the first problem, and how many more there are.
 *
 * @example
 * new DataError('cpu.csv', ['line 7, value: "abc" is not a number']).message; // 'cpu.csv: line 7, value: "abc" is not a number'
 */
export class DataError extends Error {
    file;
    problems;
    more;
    constructor(file, problems, 
    /** True when problems were left out after the first ones. */
    more = false) {
        const rest = problems.length - 1;
        const tail = rest > 0 || more ? ` (and ${more ? 'over ' : ''}${rest} more problem${rest === 1 && !more ? '' : 's'}, the next: ${problems[1] ?? '…'})` : '';
        super(`${file}: ${problems[0]}${tail}`);
        this.file = file;
        this.problems = problems;
        this.more = more;
        this.name = 'DataError';
    }
}
/**
 * A cell or JSON value as echoed in a message: quoted, cut to 40 characters.
 *
 * @example
 * echo('abc'); // '"abc"'
 */
export function echo(value) {
    return JSON.stringify(cut(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))));
}
/**
 * Text cut to 40 characters for a message (a column name, say).
 *
 * @example
 * cut('x'.repeat(100)).length; // 41, the last character an ellipsis
 */
export function cut(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/** At most this many problems are collected from one file before reading stops. */
const MAX_PROBLEMS = 20;
/**
 * Collects the problems found reading a file, up to 20, then stops the read with a {@link DataError}.
 *
 * @example
 * const problems = new Problems('cpu.csv');
 * problems.add('line 7, value: "abc" is not a number');
 * problems.throwIfAny(); // throws DataError('cpu.csv', ['line 7, value: "abc" is not a number'])
 */
export class Problems {
    file;
    list = [];
    constructor(file) {
        this.file = file;
    }
    add(problem) {
        if (this.list.length === MAX_PROBLEMS)
            throw new DataError(this.file, this.list, true);
        this.list.push(problem);
    }
    throwIfAny() {
        if (this.list.length > 0)
            throw new DataError(this.file, this.list);
    }
}
/**
 * Names for a message: at most 8, each cut to 40 characters, quoted unless `quoted` is false (default true).
 *
 * @example
 * list(['a', 'b']); // '"a", "b"'
 */
export function list(names, quoted = true) {
    const shown = names.slice(0, 8).map((n) => (quoted ? echo(n) : cut(n)));
    return `${shown.join(', ')}${names.length > 8 ? `, … (${names.length} in all)` : ''}`;
}
