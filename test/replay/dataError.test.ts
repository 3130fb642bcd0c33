import { describe, expect, it } from 'vitest';
import { cut, DataError, echo, list, Problems } from '../../src/replay/dataError.js';

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

describe('Problems', () => {
  it('collects up to 20 problems, then stops the read with a DataError saying more were left out', () => {
    const problems = new Problems('p.csv');
    expect(() => problems.throwIfAny()).not.toThrow();
    for (let i = 0; i < 20; i++) problems.add(`p${i}`);
    expect(() => problems.add('p20')).toThrow('p.csv: p0 (and over 19 more problems, the next: p1)');
  });

  it('lists at most 8 names, quoted unless told otherwise', () => {
    expect(list(['a', 'b'])).toBe('"a", "b"');
    expect(list(['a', 'b'], false)).toBe('a, b');
    expect(list(Array.from({ length: 10 }, (_, i) => `n${i}`), false)).toBe('n0, n1, n2, n3, n4, n5, n6, n7, … (10 in all)');
  });
});
