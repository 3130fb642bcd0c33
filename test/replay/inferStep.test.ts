import { describe, expect, it } from 'vitest';
import { inferStep, isReplayStep, REPLAY_STEPS } from '../../src/replay/inferStep.js';

const MINUTE = 60_000;

describe('inferStep', () => {
  it('takes the most common gap, not the smallest: one stray 1-minute gap does not set the step', () => {
    // 5–10 minutes apart, with one 1-minute gap (the NAB case of the issue).
    const times = [0];
    for (let i = 1; i < 2161; i++) times.push(times[i - 1] + (i === 700 ? 1 : i % 4 === 0 ? 10 : 5) * MINUTE);
    expect(inferStep(times)).toEqual({ stepSeconds: 300, gapSeconds: 300, gapShare: expect.closeTo(0.75, 2) });
  });

  it('on a tie takes the smaller gap', () => {
    expect(inferStep([0, 5 * MINUTE, 15 * MINUTE]).stepSeconds).toBe(300);
  });

  it('rounds gaps to whole seconds, so jittered timestamps give the nominal step', () => {
    const times = Array.from({ length: 100 }, (_, i) => i * MINUTE + ((i * 37) % 7) * 10);
    expect(inferStep(times).stepSeconds).toBe(60);
  });

  it('rounds a gap that does not divide a day down to one that does', () => {
    const times = Array.from({ length: 10 }, (_, i) => i * 7 * MINUTE);
    expect(inferStep(times)).toEqual({ stepSeconds: 360, gapSeconds: 420, gapShare: 1 });
    expect(inferStep([0, 2 * 86_400_000, 4 * 86_400_000]).stepSeconds).toBe(86_400);
    expect(inferStep([0, 7_000, 14_000]).stepSeconds).toBe(5);
  });

  it('lists CloudWatch periods that divide a day', () => {
    for (const s of REPLAY_STEPS) expect(86_400 % s).toBe(0);
    expect(REPLAY_STEPS.slice(0, 8)).toEqual([1, 5, 10, 30, 60, 120, 180, 240]);
    expect(isReplayStep(600)).toBe(true);
    expect(isReplayStep(420)).toBe(false);
    expect(isReplayStep(2)).toBe(false);
  });
});
