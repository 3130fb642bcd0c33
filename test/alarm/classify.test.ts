import { describe, expect, it } from 'vitest';
import { classify, type Comparison } from '../../src/alarm/classify.js';
import { BREACHING as B, MISSING as M, NOT_BREACHING as O } from '../../src/alarm/evaluate.js';

const NaN_ = Number.NaN;
const f = (xs: number[]) => Float64Array.from(xs);

describe('classify', () => {
  // Band edges [10, 20] at every datapoint; the values probe below, on, inside and above them.
  const values = f([5, 10, 15, 20, 25]);
  const band = { lower: f([10, 10, 10, 10, 10]), upper: f([20, 20, 20, 20, 20]) };

  it.each<[Comparison, number[]]>([
    ['LessThanLowerOrGreaterThanUpperThreshold', [B, O, O, O, B]],
    ['LessThanLowerThreshold', [B, O, O, O, O]],
    ['GreaterThanUpperThreshold', [O, O, O, O, B]],
  ])('%s against a band (strict: a value on an edge does not breach)', (comparison, expected) => {
    expect(Array.from(classify(values, band, comparison))).toEqual(expected);
  });

  it.each<[Comparison, number[]]>([
    ['GreaterThanThreshold', [O, O, O, O, B]],
    ['GreaterThanOrEqualToThreshold', [O, O, O, B, B]],
    ['LessThanThreshold', [B, O, O, O, O]],
    ['LessThanOrEqualToThreshold', [B, B, O, O, O]],
  ])('%s uses upper for Greater*, lower for Less*', (comparison, expected) => {
    expect(Array.from(classify(values, { lower: 10, upper: 20 }, comparison))).toEqual(expected);
  });

  it('accepts constant edges as numbers and per-datapoint edges as arrays alike', () => {
    const comparisons: Comparison[] = [
      'LessThanLowerOrGreaterThanUpperThreshold',
      'LessThanLowerThreshold',
      'GreaterThanUpperThreshold',
      'GreaterThanThreshold',
      'LessThanOrEqualToThreshold',
    ];
    for (const c of comparisons) expect(classify(values, { lower: 10, upper: 20 }, c)).toEqual(classify(values, band, c));
  });

  it('follows edges that change per datapoint', () => {
    const out = classify(f([5, 5, 5]), { lower: [0, 6, 4], upper: [4, 9, 9] }, 'LessThanLowerOrGreaterThanUpperThreshold');
    expect(Array.from(out)).toEqual([B, B, O]);
  });

  it.each<Comparison>([
    'LessThanLowerOrGreaterThanUpperThreshold',
    'LessThanLowerThreshold',
    'GreaterThanUpperThreshold',
    'GreaterThanThreshold',
    'GreaterThanOrEqualToThreshold',
    'LessThanThreshold',
    'LessThanOrEqualToThreshold',
  ])('a missing datapoint (NaN) is MISSING under %s', (comparison) => {
    expect(Array.from(classify(f([NaN_, 100, -100]), { lower: 0, upper: 0 }, comparison))[0]).toBe(M);
  });

  it('a band edge without a value yet (NaN) makes the datapoint MISSING, but only the edge it is compared with', () => {
    const x = f([100, 100, -100, -100]);
    const edges = { lower: f([NaN_, 0, NaN_, 0]), upper: f([0, NaN_, 0, NaN_]) };
    expect(Array.from(classify(x, edges, 'LessThanLowerOrGreaterThanUpperThreshold'))).toEqual([M, M, M, M]);
    expect(Array.from(classify(x, edges, 'GreaterThanUpperThreshold'))).toEqual([B, M, O, M]);
    expect(Array.from(classify(x, edges, 'LessThanLowerThreshold'))).toEqual([M, O, M, B]);
    expect(Array.from(classify(x, { lower: NaN_, upper: 0 }, 'GreaterThanOrEqualToThreshold'))).toEqual([B, B, O, O]);
    expect(Array.from(classify(x, { lower: 0, upper: NaN_ }, 'LessThanOrEqualToThreshold'))).toEqual([O, O, B, B]);
    expect(Array.from(classify(x, { lower: NaN_, upper: 0 }, 'LessThanThreshold'))).toEqual([M, M, M, M]);
  });

  it('returns an Int8Array of the same length, empty for no datapoints', () => {
    const out = classify(f([1, 2, 3]), { lower: 0, upper: 2 }, 'GreaterThanThreshold');
    expect(out).toBeInstanceOf(Int8Array);
    expect(out.length).toBe(3);
    expect(classify(f([]), { lower: 0, upper: 0 }, 'GreaterThanThreshold').length).toBe(0);
  });
});
