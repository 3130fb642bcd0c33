import { describe, expect, it } from 'vitest';
import { Problems } from '../../src/replay/dataError.js';
import { readValue } from '../../src/replay/samples.js';

describe('readValue', () => {
  it('reads decimal numbers with sign, fraction and exponent', () => {
    const problems = new Problems('v.csv');
    expect(readValue('-1.5e3', 'line 2, v', problems)).toBe(-1500);
    expect(readValue('.5', 'line 3, v', problems)).toBe(0.5);
    expect(problems.list).toEqual([]);
  });

  it('names empty cells, non-numbers and values beyond ±2^360', () => {
    const problems = new Problems('v.csv');
    expect(readValue('', 'line 2, v', problems)).toBeNull();
    expect(readValue('0x10', 'line 3, v', problems)).toBeNull();
    expect(readValue('1e109', 'line 4, v', problems)).toBeNull();
    expect(problems.list).toEqual([
      'line 2, v: is empty (a value must be a number; leave the row out for a gap)',
      'line 3, v: "0x10" is not a number',
      'line 4, v: "1e109" is beyond ±2^360, the range CloudWatch accepts',
    ]);
  });
});
