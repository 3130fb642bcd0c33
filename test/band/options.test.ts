import { describe, expect, it } from 'vitest';
import { bandOptionsSchema, DEFAULT_BAND_OPTIONS } from '../../src/band/options.js';

describe('bandOptionsSchema', () => {
  it('fills every default from the schema: DEFAULT_BAND_OPTIONS is the parse of {}', () => {
    expect(bandOptionsSchema.parse({})).toEqual(DEFAULT_BAND_OPTIONS);
    expect(bandOptionsSchema.parse({ k: 3, sigma: 'pooled' })).toEqual({ ...DEFAULT_BAND_OPTIONS, k: 3, sigma: 'pooled' });
  });

  it('turns excluded ISO ranges into UTC milliseconds', () => {
    const band = bandOptionsSchema.parse({ excludedTimeRanges: [{ start: '2026-01-10T00:00:00Z', end: '2026-01-10T06:00:00Z' }] });
    expect(band.excludedTimeRanges).toEqual([{ startMs: Date.UTC(2026, 0, 10), endMs: Date.UTC(2026, 0, 10, 6) }]);
  });

  it('refuses a range that ends before it starts, with the path of the range', () => {
    const parsed = bandOptionsSchema.safeParse({
      excludedTimeRanges: [
        { start: '2026-01-10T00:00:00Z', end: '2026-01-11T00:00:00Z' },
        { start: '2026-01-10T06:00:00Z', end: '2026-01-10T06:00:00Z' },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([[['excludedTimeRanges', 1], 'end must be after start']]);
  });

  it('refuses unknown fields and out-of-range values with their paths', () => {
    const parsed = bandOptionsSchema.safeParse({ kk: 2, k: 0, trainingDays: 4000 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'k', 'trainingDays']);
  });

  it('keeps its defaults frozen', () => {
    expect(Object.isFrozen(DEFAULT_BAND_OPTIONS)).toBe(true);
  });
});
