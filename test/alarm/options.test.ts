import { describe, expect, it } from 'vitest';
import { alarmSchema } from '../../src/alarm/options.js';
import { DEFAULT_BAND_OPTIONS } from '../../src/band/options.js';

describe('alarmSchema', () => {
  it("fills a band alarm's defaults, its band's from bandOptionsSchema", () => {
    expect(alarmSchema.parse({ name: 'b', type: 'band' })).toEqual({
      name: 'b',
      type: 'band',
      periodSeconds: 60,
      statistic: 'Average',
      evaluationPeriods: 1,
      treatMissingData: 'missing',
      comparison: 'LessThanLowerOrGreaterThanUpperThreshold',
      band: DEFAULT_BAND_OPTIONS,
    });
  });

  it('refuses a band comparison on a static alarm and a static one on a band alarm, with paths', () => {
    const paths = (input: unknown) => {
      const parsed = alarmSchema.safeParse(input);
      return parsed.success ? null : parsed.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ name: 's', type: 'static', comparison: 'GreaterThanUpperThreshold', threshold: 1 })).toEqual(['comparison']);
    expect(paths({ name: 'b', type: 'band', comparison: 'GreaterThanThreshold' })).toEqual(['comparison']);
    expect(paths({ name: 's', type: 'static', comparison: 'LessThanLowerOrGreaterThanUpperThreshold', lower: 1, upper: 6 })).toBeNull();
    expect(paths({ name: 's', type: 'static', comparison: 'GreaterThanThreshold', threshold: 1, statistic: 'Median' })).toEqual(['statistic']);
  });
});
