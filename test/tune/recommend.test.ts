import { describe, expect, it } from 'vitest';
import type { TuneSetting } from '../../src/tune/grid.js';
import { goalShare, parseGoal, recommend, type Candidate } from '../../src/tune/recommend.js';

const setting = (over: Partial<TuneSetting>): TuneSetting => ({
  k: 2,
  seasonality: 'daily',
  sigma: 'perBucket',
  datapointsToAlarm: 3,
  evaluationPeriods: 3,
  trainingDays: 14,
  periodSeconds: 60,
  statistic: 'Sum',
  treatMissingData: 'missing',
  ...over,
});

/** A candidate from latencies per trial of one fault "zero". */
const candidate = (falseAlarmsPerWeek: number, latencies: Array<number | null>, over: Partial<TuneSetting> = {}): Candidate => {
  const detected = latencies.filter((l): l is number => l !== null).sort((a, b) => a - b);
  return {
    setting: setting(over),
    falseAlarmsPerWeek,
    detectionRate: detected.length / latencies.length,
    latencyP50: detected.length ? detected[Math.floor((detected.length - 1) / 2)] : null,
    faults: [{ fault: 'zero', latencies }],
  };
};

describe('parseGoal', () => {
  it('reads the fault, the minutes and the share', () => {
    expect(parseGoal('zero orders at 03:00<=5min')).toEqual({ fault: 'zero orders at 03:00', withinMinutes: 5, minShare: 0.9 });
    expect(parseGoal('zero <= 2.5 @ 80%')).toEqual({ fault: 'zero', withinMinutes: 2.5, minShare: 0.8 });
  });

  it('rejects what is not a goal, quoting it', () => {
    expect(() => parseGoal('zero')).toThrow('--goal "zero"');
    expect(() => parseGoal('zero<=5min@0%')).toThrow('write it as');
    expect(() => parseGoal('zero<=0')).toThrow('write it as');
  });
});

describe('goalShare', () => {
  it('counts trials detected within the minutes', () => {
    expect(goalShare({ fault: 'f', latencies: [1, 4, null, 9] }, { fault: 'f', withinMinutes: 5, minShare: 0.5 })).toEqual({ share: 0.5, met: true });
    expect(goalShare({ fault: 'f', latencies: [1, 4, null, 9] }, { fault: 'f', withinMinutes: 3, minShare: 0.5 })).toEqual({ share: 0.25, met: false });
    expect(goalShare(undefined, { fault: 'f', withinMinutes: 3, minShare: 0.5 }).met).toBe(false);
  });
});

describe('recommend', () => {
  it('keeps the budget, then detects most, then fastest', () => {
    const candidates = [
      candidate(5, [1, 1, 1, 1]), // 0: over budget
      candidate(0.5, [3, 3, null, 3]), // 1: 75%
      candidate(1, [4, 4, 4, 4]), // 2: 100%, 4 min
      candidate(0, [2, 2, 2, 2], { k: 3 }), // 3: 100%, 2 min: best
    ];
    const pick = recommend(candidates, 1, []);
    expect(pick.best).toBe(3);
    expect(pick.runnersUp).toEqual([2, 1]);
    expect(pick.withinBudget).toBe(3);
    expect(pick.eligible).toBe(3);
  });

  it('applies the goals', () => {
    const candidates = [candidate(0, [1, 1, 9, 9]), candidate(0.5, [2, 3, 4, 20])];
    // Both detect everything; only the second gets 75% within 5 minutes.
    expect(recommend(candidates, 1, [parseGoal('zero<=5min@75%')]).best).toBe(1);
    expect(recommend(candidates, 1, [parseGoal('zero<=5min@90%')]).best).toBeNull();
  });

  it('breaks ties by fewer false alarms, then by the simpler setting', () => {
    const same = [2, 2, 2, 2];
    expect(recommend([candidate(0.5, same), candidate(0.2, same, { seasonality: 'weekly' })], 1, []).best).toBe(1);
    const tied = [
      candidate(0, same, { seasonality: 'weekly' }),
      candidate(0, same, { seasonality: 'daily', sigma: 'perBucket' }),
      candidate(0, same, { seasonality: 'daily', sigma: 'pooled' }),
      candidate(0, same, { seasonality: 'daily', sigma: 'pooled', evaluationPeriods: 1, datapointsToAlarm: 1, k: 4 }),
    ];
    expect(recommend(tied, 1, []).best).toBe(3);
    expect(recommend(tied, 1, []).runnersUp).toEqual([2, 1, 0]);
  });

  it('ignores a goal for a fault the candidates were not tested on', () => {
    expect(recommend([candidate(0, [9, 9])], 1, [parseGoal('other fault<=5min')]).best).toBe(0);
  });

  it('gives no recommendation when nothing is within the budget', () => {
    expect(recommend([candidate(3, [1]), candidate(2, [1])], 1, [])).toEqual({ best: null, runnersUp: [], withinBudget: 0, eligible: 0 });
  });
});
