import { describe, expect, it } from 'vitest';
import { STANDARD_STATISTICS, STATE_CODES, TREATMENTS } from '../../src/core/alarmTerms.js';
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
});
