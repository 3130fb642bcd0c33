import { describe, expect, it } from 'vitest';
import { generateCoconut } from '../../src/generate/coconut.js';
import { generateDice } from '../../src/generate/dice.js';
import { generateSeries } from '../../src/generate/generateSeries.js';
import { DEFAULT_COCONUT_OPTIONS, DEFAULT_DICE_OPTIONS, DEFAULT_SKYLINE_OPTIONS, seriesSchema } from '../../src/generate/options.js';
import { generateSkyline } from '../../src/generate/skyline.js';
import { createRng } from '../../src/random/rng.js';

const MONDAY = Date.UTC(2026, 0, 5);

describe('seriesSchema', () => {
  it("fills each generator's defaults", () => {
    expect(seriesSchema.parse({ generator: 'dice' })).toEqual({ generator: 'dice', faces: 6 });
    expect(seriesSchema.parse({ generator: 'coconut' })).toMatchObject({ peakPerMinute: 3000, daySd: 0.08, dayCorrelation: 0.5, intradaySd: 0.04, intradayMinutes: 60 });
    expect(seriesSchema.parse({ generator: 'skyline', cadence: [{ mode: 'loop' }] })).toEqual({
      generator: 'skyline',
      cadence: [{ fromDay: 0, mode: 'loop', sleepMinutes: 30 }],
      baselinePercent: 4,
      noisePercent: 1,
      runJitter: 0.05,
    });
  });

  it('refuses cadence phases out of order, with the path of the phase', () => {
    const parsed = seriesSchema.safeParse({ generator: 'skyline', cadence: [{ mode: 'loop' }, { fromDay: 2, mode: 'loop' }, { fromDay: 2, mode: 'loop' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['cadence.2.fromDay', 'phases must be in increasing order of fromDay']]);
  });

  it('gives the generators their defaults: a scenario series and a bare call draw the same values', () => {
    const scenario = (input: object) => generateSeries(seriesSchema.parse(input), createRng(7, 'generate'), MONDAY, 60, 2 * 1440).series.values;
    const cadence = [{ fromMinute: 0, mode: 'loop' as const, sleepMinutes: 30 }];
    expect(scenario({ generator: 'dice' })).toEqual(generateDice(createRng(7, 'generate'), { startMs: MONDAY, length: 2 * 1440 }).series.values);
    expect(scenario({ generator: 'coconut' })).toEqual(generateCoconut(createRng(7, 'generate'), { startMs: MONDAY, length: 2 * 1440 }).series.values);
    expect(scenario({ generator: 'skyline', cadence: [{ mode: 'loop' }] })).toEqual(
      generateSkyline(createRng(7, 'generate'), { startMs: MONDAY, length: 2 * 1440, cadence }).series.values,
    );
    expect(DEFAULT_DICE_OPTIONS).toEqual({ faces: 6 });
    expect(DEFAULT_SKYLINE_OPTIONS).toEqual({ baselinePercent: 4, noisePercent: 1, runJitter: 0.05 });
    expect(DEFAULT_COCONUT_OPTIONS).toEqual({ peakPerMinute: 3000, daySd: 0.08, dayCorrelation: 0.5, intradaySd: 0.04, intradayMinutes: 60 });
  });
});
