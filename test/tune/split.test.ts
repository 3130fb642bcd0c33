import { describe, expect, it } from 'vitest';
import { holdoutSplit, kFolds } from '../../src/tune/split.js';

const items = [
  ...Array.from({ length: 17 }, (_, i) => ({ name: `real/r${i}.csv`, group: 'real' })),
  ...Array.from({ length: 6 }, (_, i) => ({ name: `art/a${i}.csv`, group: 'art' })),
];

describe('holdoutSplit', () => {
  it('holds out round(share × files) of each group, the same files for the same seed', () => {
    const held = holdoutSplit(items, 0.3, 1);
    expect(held.filter((n) => n.startsWith('real/'))).toHaveLength(5);
    expect(held.filter((n) => n.startsWith('art/'))).toHaveLength(2);
    expect(holdoutSplit([...items].reverse(), 0.3, 1)).toEqual(held);
    expect(new Set(held).size).toBe(held.length);
  });

  it('draws another split for another seed, and keeps at least one training file per group', () => {
    const seeds = new Set([1, 2, 3, 4, 5].map((s) => holdoutSplit(items, 0.3, s).join(' ')));
    expect(seeds.size).toBeGreaterThan(1);
    expect(holdoutSplit(items, 0.99, 1).filter((n) => n.startsWith('art/'))).toHaveLength(5);
    expect(holdoutSplit(items, 0, 1)).toEqual([]);
  });
});

describe('kFolds', () => {
  it('puts every file in one fold, folds differing in size by at most one and spreading each group', () => {
    const folds = kFolds(items, 5, 7);
    expect([...folds.keys()].sort()).toEqual(items.map((i) => i.name).sort());
    const sizes = [0, 1, 2, 3, 4].map((k) => [...folds.values()].filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const art = [0, 1, 2, 3, 4].map((k) => items.filter((i) => i.group === 'art' && folds.get(i.name) === k).length);
    expect(Math.max(...art)).toBeLessThanOrEqual(2);
    expect(kFolds([...items].reverse(), 5, 7)).toEqual(folds);
  });
});
