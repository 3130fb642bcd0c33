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

describe('bandOptionsSchema: band models', () => {
  it('leaves model, minSigma, halfLifeDays and windowMinutes out unless given (seasonal, no floor)', () => {
    const band = bandOptionsSchema.parse({});
    expect('model' in band || 'minSigma' in band || 'halfLifeDays' in band || 'windowMinutes' in band).toBe(false);
    expect(bandOptionsSchema.parse({ model: 'robust', minSigma: { relative: 0.1 } })).toMatchObject({ model: 'robust', minSigma: { absolute: 0, relative: 0.1 } });
  });

  it("fills k per model: 3 for awsPromql (AWS's recipe), 2 for the others, a given k always wins", () => {
    expect(bandOptionsSchema.parse({ model: 'awsPromql' }).k).toBe(3);
    expect(bandOptionsSchema.parse({ model: 'awsPromql', k: 1.5 }).k).toBe(1.5);
    expect(bandOptionsSchema.parse({ model: 'grafanaRobust' }).k).toBe(2);
  });

  it('refuses an unknown model, a model-specific option on another model and unknown minSigma fields', () => {
    const paths = (input: unknown) => bandOptionsSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths({ model: 'prophet' })?.[0]).toMatch(/^model: Invalid enum value/);
    expect(paths({ model: 'robust', halfLifeDays: 2 })).toEqual(['halfLifeDays: applies only to model "ewma", not "robust"']);
    expect(paths({ windowMinutes: 30 })?.[0]).toMatch(/^windowMinutes: applies only to the window models/);
    expect(paths({ minSigma: { absolute: 1, floor: 2 } })?.[0]).toMatch(/^minSigma: Unrecognized key/);
    expect(paths({ minSigma: { absolute: -1 } })?.[0]).toMatch(/^minSigma.absolute/);
    expect(paths({ model: 'ewma', sigma: 'pooled' })).toEqual(['sigma: "pooled" applies only to model "seasonal", not "ewma"']);
    expect(paths({ model: 'awsPromql', trainOnCurrentSlot: true })).toEqual(['trainOnCurrentSlot: applies only to bucket models, not the window model "awsPromql"']);
  });
});
