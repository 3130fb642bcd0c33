import { describe, expect, it } from 'vitest';
import { aftermathMs, detectionWindowMs, drawOnset, faultSpanMs, onsetRoom } from '../../src/faults/drawOnset.js';
import { createRng } from '../../src/random/rng.js';

const START = Date.UTC(2026, 0, 5);
const HOUR = 3_600_000;
/** 1 day of warm-up, then onsets over 1 day of 1-hour samples: 24 possible onsets. */
const scenario = { startMs: START, stepSeconds: 3600, warmupDays: 1, onsetSpreadDays: 1 };
const day2 = START + 24 * HOUR;

/** Every onset that keeps [onset, onset + span) clear of the windows and their aftermath (the span, at most a day), by brute force. */
function allowed(windows: Array<{ startMs: number; endMs: number }>, spanMs: number, times = Array.from({ length: 24 }, (_, i) => day2 + i * HOUR)): number[] {
  const after = Math.min(spanMs, 24 * HOUR);
  return times.filter((t) => windows.every((w) => t + spanMs <= w.startMs || t > w.endMs + after));
}

describe('drawOnset', () => {
  it('draws as before when there are no windows to avoid', () => {
    for (let seed = 0; seed < 50; seed++) {
      const plain = drawOnset(scenario, undefined, createRng(seed, 'onset'));
      expect(drawOnset(scenario, undefined, createRng(seed, 'onset'), { windows: [], spanMs: 5 * HOUR })).toBe(plain);
      expect(drawOnset(scenario, '03:00', createRng(seed, 'onset'), { windows: [], spanMs: 5 * HOUR })).toBe(drawOnset(scenario, '03:00', createRng(seed, 'onset')));
    }
  });

  it('draws only onsets whose span overlaps no window, each of them', () => {
    // Windows 06:00–08:00 and 15:00 (a single sample) of day 2; a 3-hour span.
    const windows = [
      { startMs: day2 + 6 * HOUR, endMs: day2 + 8 * HOUR },
      { startMs: day2 + 15 * HOUR, endMs: day2 + 15 * HOUR },
    ];
    const spanMs = 3 * HOUR;
    const expected = allowed(windows, spanMs);
    // Blocked: 04:00–11:00 (the first window, 3 hours before it and 3 after) and 13:00–18:00.
    expect(expected).toHaveLength(24 - 8 - 6);
    expect(onsetRoom(scenario, undefined, { windows, spanMs })).toBe(expected.length);
    const seen = new Set<number>();
    const rng = createRng(1, 'avoid');
    for (let i = 0; i < 2000; i++) seen.add(drawOnset(scenario, undefined, rng, { windows, spanMs }));
    expect([...seen].sort((a, b) => a - b)).toEqual(expected);
  });

  it('keeps a time-of-day onset clear too, and a fault that lasts to the end after every window', () => {
    const windows = [{ startMs: day2 + 2 * HOUR, endMs: day2 + 4 * HOUR }];
    expect(onsetRoom(scenario, '03:00', { windows, spanMs: HOUR })).toBe(0);
    expect(() => drawOnset(scenario, '03:00', createRng(1), { windows, spanMs: HOUR })).toThrow(RangeError);
    // 05:00 is within the hour after the window's end; 06:00 is not.
    expect(onsetRoom(scenario, '05:00', { windows, spanMs: HOUR })).toBe(0);
    expect(drawOnset(scenario, '06:00', createRng(1), { windows, spanMs: HOUR })).toBe(day2 + 6 * HOUR);
    // A fault that lasts to the end keeps a day after the window: none is left in this one-day spread.
    const toTheEnd = faultSpanMs({ durationMinutes: null }, []);
    expect(aftermathMs(toTheEnd)).toBe(24 * HOUR);
    expect(onsetRoom(scenario, undefined, { windows, spanMs: toTheEnd })).toBe(allowed(windows, toTheEnd).length);
    expect(allowed(windows, toTheEnd)).toHaveLength(0);
    const early = [{ startMs: START, endMs: START + HOUR }];
    expect(onsetRoom(scenario, undefined, { windows: early, spanMs: toTheEnd })).toBe(allowed(early, toTheEnd).length);
    expect(allowed(early, toTheEnd)).toHaveLength(22); // from 02:00 of day 2: a day after 01:00 of day 1
  });

  it('says so when no onset is left', () => {
    const windows = [{ startMs: day2, endMs: day2 + 23 * HOUR }];
    expect(() => drawOnset(scenario, undefined, createRng(1), { windows, spanMs: HOUR })).toThrow(/no onset in the onset spread keeps the fault and its detection horizon \(60 minutes\) clear of the 1 labelled window/);
  });
});

describe('faultSpanMs', () => {
  it('is the detection horizon: the duration plus the longest N periods, or horizonMinutes, at least the duration', () => {
    const alarms = [
      { evaluationPeriods: 3, periodSeconds: 300 },
      { evaluationPeriods: 1, periodSeconds: 3600 },
    ];
    expect(faultSpanMs({ durationMinutes: 60 }, alarms)).toBe(120 * 60_000);
    expect(faultSpanMs({ durationMinutes: 60, horizonMinutes: 240 }, alarms)).toBe(240 * 60_000);
    expect(faultSpanMs({ durationMinutes: 60, horizonMinutes: 10 }, alarms)).toBe(60 * 60_000);
    expect(faultSpanMs({ durationMinutes: null }, alarms)).toBe(Infinity);
  });
});

describe('detectionWindowMs', () => {
  it('is horizonMinutes, else the duration plus the alarm’s N periods, and null (to the end) for a fault that lasts', () => {
    expect(detectionWindowMs({ durationMinutes: 60 }, { evaluationPeriods: 3, periodSeconds: 300 })).toBe(75 * 60_000);
    expect(detectionWindowMs({ durationMinutes: 60, horizonMinutes: 10 }, { evaluationPeriods: 3, periodSeconds: 300 })).toBe(10 * 60_000);
    expect(detectionWindowMs({ durationMinutes: null }, { evaluationPeriods: 3, periodSeconds: 300 })).toBeNull();
  });
});
