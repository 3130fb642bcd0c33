import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/tune/wilson.js';

describe('wilsonInterval', () => {
  it('matches the closed form for 19 of 20', () => {
    const { lower, upper } = wilsonInterval(19, 20);
    expect(lower).toBeCloseTo(0.76386, 4);
    expect(upper).toBeCloseTo(0.99112, 4);
  });

  it('is not empty at 0 and n successes and stays in [0, 1]', () => {
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(0, 10).upper).toBeCloseTo(0.27753, 4);
    expect(wilsonInterval(10, 10).upper).toBe(1);
    expect(wilsonInterval(10, 10).lower).toBeCloseTo(0.72247, 4);
  });

  it('narrows as trials grow and gives [0, 1] without trials', () => {
    const small = wilsonInterval(5, 10);
    const large = wilsonInterval(500, 1000);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });
});
