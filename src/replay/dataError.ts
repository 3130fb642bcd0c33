/**
 * Bad metric data: the file and the problems found, each naming the row (or JSON path) and the field. The
 * message is one line: the first problem, and how many more there are.
 *
 * @example
 * new DataError('cpu.csv', ['line 7, value: "abc" is not a number']).message; // 'cpu.csv: line 7, value: "abc" is not a number'
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    /** True when problems were left out after the first ones. */
    readonly more = false,
  ) {
    const rest = problems.length - 1;
    const tail = rest > 0 || more ? ` (and ${more ? 'over ' : ''}${rest} more problem${rest === 1 && !more ? '' : 's'}, the next: ${problems[1] ?? '…'})` : '';
    super(`${file}: ${problems[0]}${tail}`);
    this.name = 'DataError';
  }
}

/**
 * A cell or JSON value as echoed in a message: quoted, cut to 40 characters.
 *
 * @example
 * echo('abc'); // '"abc"'
 */
export function echo(value: unknown): string {
  return JSON.stringify(cut(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))));
}

/**
 * Text cut to 40 characters for a message (a column name, say).
 *
 * @example
 * cut('x'.repeat(100)).length; // 41, the last character an ellipsis
 */
export function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
