import { describe, expect, it } from 'vitest';
import { cut, DataError, echo } from '../../src/replay/dataError.js';

describe('DataError', () => {
  it('is one line: the first problem, and how many more there are', () => {
    expect(new DataError('a.csv', ['line 2, v: "x" is not a number']).message).toBe('a.csv: line 2, v: "x" is not a number');
    expect(new DataError('a.csv', ['p1', 'p2', 'p3']).message).toBe('a.csv: p1 (and 2 more problems, the next: p2)');
    expect(new DataError('a.csv', ['p1', 'p2'], true).message).toBe('a.csv: p1 (and over 1 more problems, the next: p2)');
  });

  it('echoes values quoted and cut to 40 characters', () => {
    expect(echo('abc')).toBe('"abc"');
    expect(echo(null)).toBe('"null"');
    expect(echo('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
    expect(cut('y'.repeat(41))).toBe(`${'y'.repeat(40)}…`);
  });
});
