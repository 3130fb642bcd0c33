import { describe, expect, it } from 'vitest';
import { seriesSchema } from '../../src/generate/options.js';

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
});
