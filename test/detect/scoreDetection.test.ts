import { describe, expect, it } from 'vitest';
import { NAB_PROFILES, scoreFile } from '../../src/detect/nabScore.js';
import { scoreDetection } from '../../src/detect/scoreDetection.js';

const STEP = 300_000;

describe('scoreDetection', () => {
  // 1000 five-minute rows: probation 150 rows; one window at rows 500..539.
  const times = Array.from({ length: 1000 }, (_, i) => i * STEP);
  const windows = [{ first: 500, last: 539 }];

  it('reports a caught window, its latency, false alarms per scored week and NAB per profile', () => {
    const scores = new Uint8Array(1000);
    scores[100] = 1; // in the probation: ignored
    scores[300] = 1; // false alarm before the window
    scores[510] = 1; // caught, 10 rows after the start
    scores[520] = 1; // a second detection in the window: not a false alarm
    scores[700] = 1; // false alarm after the window
    const s = scoreDetection(times, scores, windows, 300);
    expect(s.probationRows).toBe(150);
    expect(s.windows).toEqual([
      { first: 500, last: 539, start: new Date(500 * STEP).toISOString(), end: new Date(539 * STEP).toISOString(), caught: true, latencyMinutes: 55, scored: true },
    ]);
    expect(s.falseAlarms).toBe(2);
    expect(s.scoredWeeks).toBeCloseTo((850 * STEP) / (7 * 86_400_000), 12);
    expect(s.falseAlarmsPerWeek).toBeCloseTo(2 / s.scoredWeeks, 12);
    for (const profile of ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'] as const) {
      expect(s.nab[profile].score).toBe(scoreFile(scores, windows, NAB_PROFILES[profile], { probation: 150 }).score);
    }
  });

  it('reports a missed window with no latency', () => {
    const s = scoreDetection(times, new Uint8Array(1000), windows, 300);
    expect(s.windows[0]).toMatchObject({ caught: false, latencyMinutes: null });
    expect(s.nab.reward_low_FN_rate.score).toBe(-2);
    expect(s.scorableWindows).toBe(1);
  });
});
