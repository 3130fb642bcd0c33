import { describe, expect, it } from 'vitest';
import { applyFault, type FaultEffect } from '../../src/faults/applyFault.js';
import { generateDice } from '../../src/generate/dice.js';
import { generateSkyline } from '../../src/generate/skyline.js';
import { createRng } from '../../src/random/rng.js';
import type { GeneratedSeries } from '../../src/core/series.js';
import { HOUR_MS, MINUTE_MS } from '../../src/core/time.js';

const MIDNIGHT = Date.UTC(2026, 0, 5);

/** A plain series 100, 101, 102, ... (no runs). */
function ramp(length: number, stepSeconds = 60): GeneratedSeries {
  return {
    series: { startMs: MIDNIGHT, stepSeconds, values: Float64Array.from({ length }, (_, i) => 100 + i) },
  };
}

/** Two days of skyline, one run every UTC hour. */
function hourlySkyline(): GeneratedSeries {
  return generateSkyline(createRng(1, 'generate'), {
    startMs: MIDNIGHT,
    length: 2 * 1440,
    cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }],
  });
}

/** Expects `actual` to equal `expected` outside [start, end) and returns nothing. */
function expectUnchangedOutside(actual: Float64Array, expected: Float64Array, start: number, end: number) {
  expect(actual.length).toBe(expected.length);
  expect(Array.from(actual.subarray(0, start))).toEqual(Array.from(expected.subarray(0, start)));
  expect(Array.from(actual.subarray(end))).toEqual(Array.from(expected.subarray(end)));
}

describe('applyFault', () => {
  it('set: every sample in the window becomes the value, nothing outside changes', () => {
    const generated = ramp(100);
    const out = applyFault(generated, [{ type: 'set', value: 7 }], { start: 20, end: 30 });
    expect(Array.from(out.values.subarray(20, 30))).toEqual(new Array(10).fill(7));
    expectUnchangedOutside(out.values, generated.series.values, 20, 30);
    expect(out.startMs).toBe(MIDNIGHT);
    expect(out.stepSeconds).toBe(60);
  });

  it('outage zero: the metric reads 0 in the window', () => {
    const generated = ramp(100);
    const out = applyFault(generated, [{ type: 'outage', as: 'zero' }], { start: 50, end: 60 });
    expect(Array.from(out.values.subarray(50, 60))).toEqual(new Array(10).fill(0));
    expectUnchangedOutside(out.values, generated.series.values, 50, 60);
  });

  it('outage noData: no sample in the window (NaN, not 0)', () => {
    const generated = ramp(100);
    const out = applyFault(generated, [{ type: 'outage', as: 'noData' }], { start: 50, end: 60 });
    for (let i = 50; i < 60; i++) expect(out.values[i]).toBeNaN();
    expectUnchangedOutside(out.values, generated.series.values, 50, 60);
  });

  it('scale without a ramp: every sample in the window is multiplied by the factor from the onset', () => {
    const generated = ramp(100);
    const out = applyFault(generated, [{ type: 'scale', factor: 0.5 }], { start: 10, end: 40 });
    for (let i = 10; i < 40; i++) expect(out.values[i]).toBe((100 + i) * 0.5);
    expectUnchangedOutside(out.values, generated.series.values, 10, 40);
  });

  it('scale with a ramp: moves linearly towards the factor and reaches it rampMinutes after the onset', () => {
    const generated = { series: { startMs: MIDNIGHT, stepSeconds: 60, values: new Float64Array(100).fill(100) } };
    const out = applyFault(generated, [{ type: 'scale', factor: 0.5, rampMinutes: 10 }], { start: 20, end: 60 });
    // Minute m after the onset (m = 1 for the onset sample) is scaled by 1 + (0.5 − 1)·min(1, m/10).
    for (let m = 1; m <= 40; m++) expect(out.values[20 + m - 1]).toBeCloseTo(100 * (1 - 0.5 * Math.min(1, m / 10)), 12);
    expect(out.values[19]).toBe(100);
    expect(out.values[20]).toBeCloseTo(95, 12);
    expect(out.values[28]).toBeGreaterThan(50);
    expect(out.values[29]).toBe(50); // the 10th minute: the full factor
    for (let i = 29; i < 60; i++) expect(out.values[i]).toBe(50);
    for (let i = 20; i < 29; i++) expect(out.values[i]).toBeGreaterThan(out.values[i + 1]);
    expect(out.values[60]).toBe(100);
  });

  it('scale with a ramp counts minutes, not samples, on a 5-minute series', () => {
    const generated = { series: { startMs: MIDNIGHT, stepSeconds: 300, values: new Float64Array(20).fill(100) } };
    const out = applyFault(generated, [{ type: 'scale', factor: 2, rampMinutes: 20 }], { start: 5, end: 15 });
    // 20 minutes = 4 samples: 125, 150, 175, 200, 200, ...
    expect(Array.from(out.values.subarray(4, 11))).toEqual([100, 125, 150, 175, 200, 200, 200]);
  });

  it('cadence: cron 60 → 120 removes the odd-hour runs after the onset and restores the idle baseline there', () => {
    const generated = hourlySkyline();
    const onset = 24 * 60 + 30; // day 2, 00:30: the 00:00 run has started before the onset
    const out = applyFault(generated, [{ type: 'cadence', intervalMinutes: 120 }], { start: onset, end: 2 * 1440 });
    const runs = generated.runs!;
    expect(runs.length).toBe(48);
    let removed = 0;
    for (const run of runs) {
      const hour = new Date(MIDNIGHT + run.start * MINUTE_MS).getUTCHours();
      const gone = run.start >= onset && hour % 2 === 1;
      for (let i = run.start; i < run.end; i++) {
        expect(out.values[i]).toBe(gone ? generated.baseline![i] : generated.series.values[i]);
      }
      if (gone) removed++;
    }
    expect(removed).toBe(12); // 01:00, 03:00, ..., 23:00 on day 2
    // Everything outside the removed runs is unchanged.
    const inRemoved = new Uint8Array(out.values.length);
    for (const run of runs) {
      const hour = new Date(MIDNIGHT + run.start * MINUTE_MS).getUTCHours();
      if (run.start >= onset && hour % 2 === 1) inRemoved.fill(1, run.start, run.end);
    }
    for (let i = 0; i < out.values.length; i++) if (!inRemoved[i]) expect(out.values[i]).toBe(generated.series.values[i]);
  });

  it('stopRuns: every run that starts in the window disappears, a run already going keeps going', () => {
    const generated = hourlySkyline();
    const window = { start: 10 * 60 + 5, end: 14 * 60 + 5 }; // 10:05 to 14:05 on day 1
    const out = applyFault(generated, [{ type: 'stopRuns' }], window);
    for (const run of generated.runs!) {
      const gone = run.start >= window.start && run.start < window.end; // 11:00, 12:00, 13:00, 14:00
      for (let i = run.start; i < run.end; i++) {
        expect(out.values[i]).toBe(gone ? generated.baseline![i] : generated.series.values[i]);
      }
    }
    // The 10:00 run (minutes 600..615) overlaps the window start and is untouched; the 14:00 run, which
    // starts in the window and ends after it, is gone entirely.
    expect(out.values[610]).toBe(generated.series.values[610]);
    expect(out.values[610]).not.toBe(generated.baseline![610]);
    expect(out.values[14 * 60 + 10]).toBe(generated.baseline![14 * 60 + 10]);
    expect(out.values[15 * 60 + 4]).toBe(generated.series.values[15 * 60 + 4]);
  });

  it.each<FaultEffect[]>([
    [{ type: 'set', value: -1 }],
    [{ type: 'outage', as: 'zero' }],
    [{ type: 'outage', as: 'noData' }],
    [{ type: 'scale', factor: 3, rampMinutes: 30 }],
    [{ type: 'cadence', intervalMinutes: 120 }],
    [{ type: 'stopRuns' }],
    [{ type: 'scale', factor: 0.5, rampMinutes: 0 }, { type: 'stopRuns' }],
  ])('changes no sample before ⌈window.start⌉, at any fractional start (%o)', (...effects) => {
    const generated = hourlySkyline();
    for (const start of [600, 600.25, 659.5, 660, 1441.75]) {
      const out = applyFault(generated, effects, { start, end: start + 300 });
      const first = out.values.findIndex((x, i) => !Object.is(x, generated.series.values[i]));
      expect(first, `start ${start}`).toBeGreaterThanOrEqual(Math.ceil(start));
    }
  });

  it('does not modify the generated series, its baseline or its runs', () => {
    const generated = hourlySkyline();
    const values = Float64Array.from(generated.series.values);
    const baseline = Float64Array.from(generated.baseline!);
    const runs = structuredClone(generated.runs);
    const effects: FaultEffect[] = [
      { type: 'stopRuns' },
      { type: 'scale', factor: 3, rampMinutes: 5 },
      { type: 'set', value: 1 },
      { type: 'outage', as: 'noData' },
    ];
    const out = applyFault(generated, effects, { start: 100, end: 900 });
    expect(out.values).not.toBe(generated.series.values);
    expect(generated.series.values).toEqual(values);
    expect(generated.baseline).toEqual(baseline);
    expect(generated.runs).toEqual(runs);
  });

  it('composes effects in order', () => {
    const generated = ramp(10);
    const w = { start: 2, end: 5 };
    expect(Array.from(applyFault(generated, [{ type: 'set', value: 10 }, { type: 'scale', factor: 2 }], w).values.subarray(2, 5))).toEqual([20, 20, 20]);
    expect(Array.from(applyFault(generated, [{ type: 'scale', factor: 2 }, { type: 'set', value: 10 }], w).values.subarray(2, 5))).toEqual([10, 10, 10]);
    expect(Array.from(applyFault(generated, [{ type: 'scale', factor: 2 }, { type: 'scale', factor: 0.25 }], w).values.subarray(2, 5))).toEqual([51, 51.5, 52]);
    const noData = applyFault(generated, [{ type: 'outage', as: 'noData' }, { type: 'set', value: 5 }], w);
    expect(Array.from(noData.values.subarray(2, 5))).toEqual([5, 5, 5]);
    const thenNoData = applyFault(generated, [{ type: 'set', value: 5 }, { type: 'outage', as: 'noData' }], w);
    expect(thenNoData.values.subarray(2, 5).every(Number.isNaN)).toBe(true);
  });

  it('composes stopRuns then scale: the idle baseline where the runs were is scaled too', () => {
    const generated = hourlySkyline();
    const out = applyFault(generated, [{ type: 'stopRuns' }, { type: 'scale', factor: 2 }], { start: 60, end: 120 });
    for (let i = 60; i < 120; i++) expect(out.values[i]).toBe(generated.baseline![i] * 2);
  });

  it('composes scale then stopRuns: the removed runs leave the scaled idle baseline', () => {
    const generated = hourlySkyline();
    const out = applyFault(generated, [{ type: 'scale', factor: 2 }, { type: 'stopRuns' }], { start: 60, end: 120 });
    for (let i = 60; i < 120; i++) expect(out.values[i]).toBe(generated.baseline![i] * 2);
  });

  it('composes an outage then stopRuns or cadence: the gap stays a gap', () => {
    const generated = hourlySkyline();
    const window = { start: 60, end: 240 };
    for (const removal of [{ type: 'stopRuns' }, { type: 'cadence', intervalMinutes: 120 }] as FaultEffect[]) {
      const out = applyFault(generated, [{ type: 'outage', as: 'noData' }, removal], window);
      for (let i = 60; i < 240; i++) expect(out.values[i]).toBeNaN();
      const zero = applyFault(generated, [{ type: 'set', value: 0 }, removal], window);
      for (let i = 60; i < 240; i++) expect(zero.values[i]).toBe(0);
    }
  });

  it('clips the window to the series', () => {
    const generated = ramp(10);
    const out = applyFault(generated, [{ type: 'set', value: 0 }], { start: -5, end: 3 });
    expect(Array.from(out.values)).toEqual([0, 0, 0, 103, 104, 105, 106, 107, 108, 109]);
    const late = applyFault(generated, [{ type: 'set', value: 0 }], { start: 8, end: 50 });
    expect(late.values.length).toBe(10);
    expect(Array.from(late.values.subarray(7))).toEqual([107, 0, 0]);
  });

  it('applies each effect to the extra samples of a replayed cell as to its first sample', () => {
    const extra = new Map([[1, [10, 20]], [4, [30]]]);
    const replayed: GeneratedSeries = { series: { startMs: MIDNIGHT, stepSeconds: 60, values: Float64Array.from([1, 2, 3, 4, 5]), extra } };
    const window = { start: 1, end: 3 };
    expect([...applyFault(replayed, [{ type: 'set', value: 7 }], window).extra!]).toEqual([[1, [7, 7]], [4, [30]]]);
    expect([...applyFault(replayed, [{ type: 'outage', as: 'zero' }], window).extra!]).toEqual([[1, [0, 0]], [4, [30]]]);
    expect([...applyFault(replayed, [{ type: 'outage', as: 'noData' }], window).extra!]).toEqual([[1, [NaN, NaN]], [4, [30]]]);
    const ramped = applyFault(replayed, [{ type: 'scale', factor: 3, rampMinutes: 2 }], window);
    expect(Array.from(ramped.values)).toEqual([1, 4, 9, 4, 5]);
    expect([...ramped.extra!]).toEqual([[1, [20, 40]], [4, [30]]]);
    // The input is not changed.
    expect([...extra]).toEqual([[1, [10, 20]], [4, [30]]]);
  });

  it('throws when a cadence or stopRuns effect is applied to a series without runs', () => {
    const dice = generateDice(createRng(1, 'generate'), { startMs: MIDNIGHT, length: 100 });
    expect(() => applyFault(dice, [{ type: 'cadence', intervalMinutes: 120 }], { start: 0, end: 50 })).toThrow(/cadence.*runs/);
    expect(() => applyFault(dice, [{ type: 'stopRuns' }], { start: 0, end: 50 })).toThrow(/stopRuns.*runs/);
  });

  it('keeps runs starting on the new interval when the series starts off the hour', () => {
    const startMs = MIDNIGHT + 30 * MINUTE_MS; // 00:30
    const generated = generateSkyline(createRng(2, 'generate'), {
      startMs,
      length: 6 * 60,
      cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }],
    });
    const out = applyFault(generated, [{ type: 'cadence', intervalMinutes: 120 }], { start: 0, end: 6 * 60 });
    for (const run of generated.runs!) {
      const even = ((startMs + run.start * MINUTE_MS) / HOUR_MS) % 2 === 0;
      expect(out.values[run.start + 4]).toBe(even ? generated.series.values[run.start + 4] : generated.baseline![run.start + 4]);
    }
  });
});
