import { describe, expect, it } from 'vitest';
import { alarmSchema, datapointsToAlarmOf } from '../../src/alarm/options.js';
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

  it("checks the rules between its own fields, each with the field's path and the message a scenario shows", () => {
    const issues = (input: unknown) => {
      const parsed = alarmSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 })).toEqual(['datapointsToAlarm: 4 is more than evaluationPeriods (3)']);
    expect(issues({ name: 'b', type: 'band', evaluationPeriods: 25, periodSeconds: 3600, band: { bucketMinutes: 60 } })).toEqual([
      "evaluationPeriods: evaluationPeriods × periodSeconds must be at most one day (CloudWatch's limit)",
    ]);
    // Left out, the bucket is fitted to the period (16 minutes on 2-minute periods); given, it must fit.
    expect(issues({ name: 'b', type: 'band', periodSeconds: 120 })).toEqual([]);
    expect(issues({ name: 'b', type: 'band', periodSeconds: 120, band: { bucketMinutes: 15 } })).toEqual([
      'band.bucketMinutes: bucketMinutes (15) must be a whole number of alarm periods (120 s)',
    ]);
    expect(issues({ name: 'b', type: 'band', band: { seasonality: 'weekly', trainingDays: 3 } })).toEqual(['band.trainingDays: 3 days is shorter than one weekly season']);
    expect(issues({ name: 's', type: 'static', comparison: 'LessThanLowerOrGreaterThanUpperThreshold', lower: 6, upper: 1 })).toEqual(['lower: 6 is above upper (1)']);
    expect(issues({ name: 's', type: 'static', comparison: 'LessThanLowerOrGreaterThanUpperThreshold', upper: 1 })).toEqual([
      ': a static range alarm needs "lower" and "upper" (and no "threshold")',
    ]);
    expect(issues({ name: 's', type: 'static', comparison: 'GreaterThanThreshold', lower: 1 })).toEqual([
      'threshold: a static alarm with GreaterThanThreshold needs "threshold" (and no "lower"/"upper")',
    ]);
  });

  it('checks those rules only once every field passed its own check', () => {
    // A window of 1e300 days would take forever to check against the season; its range is named instead.
    const parsed = alarmSchema.safeParse({ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4, band: { seasonality: 'none', trainingDays: 1e300 } });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['band.trainingDays']);
  });
});

describe('datapointsToAlarmOf', () => {
  it('is datapointsToAlarm as given, else evaluationPeriods (N of N)', () => {
    expect(datapointsToAlarmOf({ evaluationPeriods: 3 })).toBe(3);
    expect(datapointsToAlarmOf({ evaluationPeriods: 3, datapointsToAlarm: 2 })).toBe(2);
  });
});
