import { describe, expect, it } from 'vitest';
import { BAND_COMPARISONS, STANDARD_STATISTICS, STATE_CODES, STATIC_COMPARISONS, TREATMENTS } from '../../src/core/alarmTerms.js';
import { isStatistic } from '../../src/alarm/aggregate.js';

describe('alarm terms', () => {
  it('codes the states as the evaluator stores them', () => {
    expect(STATE_CODES).toEqual(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
    expect(Object.isFrozen(STATE_CODES)).toBe(true);
  });

  it("lists TreatMissingData in CloudWatch's order, default first", () => {
    expect(TREATMENTS).toEqual(['missing', 'notBreaching', 'breaching', 'ignore']);
  });

  it('lists the named statistics, which isStatistic accepts, as it accepts percentiles', () => {
    for (const s of STANDARD_STATISTICS) expect(isStatistic(s)).toBe(true);
    expect(isStatistic('p99.9')).toBe(true);
    expect(isStatistic('Median')).toBe(false);
  });

  it("lists a band alarm's comparisons (its default first) apart from a static alarm's", () => {
    expect(BAND_COMPARISONS[0]).toBe('LessThanLowerOrGreaterThanUpperThreshold');
    expect(BAND_COMPARISONS.some((c) => (STATIC_COMPARISONS as readonly string[]).includes(c))).toBe(false);
  });
});
