import { describe, expect, it } from 'vitest';
import { generateSkyline, NYC_SKYLINE, type CadencePhase, type SkylineOptions } from '../../src/generate/skyline.js';
import { createRng } from '../../src/random/rng.js';
import { mean, Z } from '../random/stats.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/core/time.js';

const MIDNIGHT = Date.UTC(2026, 0, 5);

function skyline(options: Partial<SkylineOptions> & { cadence: CadencePhase[] }, seed = 1) {
  return generateSkyline(createRng(seed, 'generate'), { startMs: MIDNIGHT, length: 2 * 1440, ...options });
}

const startTime = (startMs: number, run: { start: number }) => startMs + run.start * MINUTE_MS;

describe('generateSkyline', () => {
  it('loop: runs start every runtime + sleep = 46 minutes with the default 16-minute skyline', () => {
    expect(NYC_SKYLINE.length).toBe(16);
    const { runs, series } = skyline({ cadence: [{ fromMinute: 0, mode: 'loop', sleepMinutes: 30 }] });
    expect(series.stepSeconds).toBe(60);
    const expectedStarts = Array.from({ length: Math.ceil(2880 / 46) }, (_, r) => r * 46);
    expect(runs!.map((r) => r.start)).toEqual(expectedStarts);
    for (const run of runs!) expect(run.end).toBe(Math.min(2880, run.start + 16));
  });

  it('loop: the period does not depend on the clock (a start at 00:17 gives the same schedule)', () => {
    const a = skyline({ cadence: [{ fromMinute: 0, mode: 'loop', sleepMinutes: 30 }] }).runs;
    const b = skyline({ startMs: MIDNIGHT + 17 * MINUTE_MS, cadence: [{ fromMinute: 0, mode: 'loop', sleepMinutes: 30 }] }).runs;
    expect(b).toEqual(a);
  });

  it('cron 60: runs start on every UTC hour, also when the series starts mid-hour', () => {
    const startMs = MIDNIGHT + 17 * MINUTE_MS;
    const { runs } = skyline({ startMs, cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }] });
    expect(runs![0].start).toBe(43); // 01:00
    // 01:00 .. 23:00 on day 1, 00:00 .. 23:00 on day 2, and 00:00 on day 3 (the series ends at 00:17).
    expect(runs!.length).toBe(23 + 24 + 1);
    for (const run of runs!) expect(startTime(startMs, run) % HOUR_MS).toBe(0);
    for (let r = 1; r < runs!.length; r++) expect(runs![r].start - runs![r - 1].start).toBe(60);
  });

  it('cron 120: runs start on even UTC hours only', () => {
    const startMs = MIDNIGHT + HOUR_MS; // 01:00, an odd hour
    const { runs } = skyline({ startMs, cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 120 }] });
    expect(runs![0].start).toBe(60); // 02:00
    expect(runs!.length).toBe(24);
    for (const run of runs!) {
      const t = new Date(startTime(startMs, run));
      expect(t.getUTCMinutes()).toBe(0);
      expect(t.getUTCHours() % 2).toBe(0);
    }
  });

  it('cron shorter than the runtime: a run never starts while the previous one runs', () => {
    const { runs } = skyline({ cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 10 }] });
    // 16-minute runs on a 10-minute cron: every other slot, i.e. every 20 minutes on the clock.
    expect(runs!.slice(0, 4).map((r) => r.start)).toEqual([0, 20, 40, 60]);
    for (let r = 1; r < runs!.length; r++) expect(runs![r].start).toBeGreaterThanOrEqual(runs![r - 1].end);
  });

  it('switches cadence at a phase boundary, finishing the run in progress first', () => {
    const { runs } = skyline({
      cadence: [
        { fromMinute: 0, mode: 'loop', sleepMinutes: 30 },
        { fromMinute: 600, mode: 'cron', intervalMinutes: 60 },
      ],
    });
    const starts = runs!.map((r) => r.start);
    const before = starts.filter((s) => s < 600);
    const after = starts.filter((s) => s >= 600);
    expect(before).toEqual(Array.from({ length: 14 }, (_, r) => r * 46)); // the last at 598 runs until 614
    expect(after[0]).toBe(660); // 11:00, the first hour after 614
    for (const s of after) expect(s % 60).toBe(0);
    expect(after.length).toBe(13 + 24); // 11:00 .. 23:00 on day 1, every hour of day 2
    for (let r = 1; r < runs!.length; r++) expect(runs![r].start).toBeGreaterThanOrEqual(runs![r - 1].end);
  });

  it('switches from cron back to loop at a phase boundary', () => {
    const { runs } = skyline({
      cadence: [
        { fromMinute: 0, mode: 'cron', intervalMinutes: 60 },
        { fromMinute: 130, mode: 'loop', sleepMinutes: 10 },
      ],
    });
    expect(runs!.slice(0, 6).map((r) => r.start)).toEqual([0, 60, 120, 136, 162, 188]);
  });

  it('keeps values within [0, 100] even when baseline + height leaves that range', () => {
    const { series, baseline } = skyline({
      cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }],
      heights: [150, 120, 99, 60],
      baselinePercent: 1,
      noisePercent: 3,
    });
    let atZero = 0;
    let atHundred = 0;
    for (const v of series.values) {
      if (!(v >= 0 && v <= 100)) expect.fail(`out of range: ${v}`);
      if (v === 0) atZero++;
      if (v === 100) atHundred++;
    }
    for (const v of baseline!) if (!(v >= 0 && v <= 100)) expect.fail(`baseline out of range: ${v}`);
    expect(atZero).toBeGreaterThan(100); // idle noise below 0 is clamped
    expect(atHundred).toBeGreaterThan(48); // the 150% and 120% minutes are clamped
  });

  it('idles at baselinePercent with noisePercent noise, and the baseline is the series outside runs', () => {
    const { series, baseline, runs } = skyline({
      length: 14 * 1440,
      cadence: [{ fromMinute: 0, mode: 'loop', sleepMinutes: 30 }],
      baselinePercent: 7,
      noisePercent: 1.5,
    });
    expect(mean(baseline!)).toBeGreaterThan(7 - (Z * 1.5) / Math.sqrt(baseline!.length));
    expect(mean(baseline!)).toBeLessThan(7 + (Z * 1.5) / Math.sqrt(baseline!.length));
    const inRun = new Uint8Array(series.values.length);
    for (const run of runs!) inRun.fill(1, run.start, run.end);
    const idle: number[] = [];
    for (let i = 0; i < series.values.length; i++) {
      if (inRun[i]) continue;
      expect(series.values[i]).toBe(baseline![i]);
      idle.push(series.values[i]);
    }
    const m = mean(idle);
    expect(Math.abs(m - 7)).toBeLessThan((Z * 1.5) / Math.sqrt(idle.length));
    const sd = Math.sqrt(idle.reduce((s, v) => s + (v - m) ** 2, 0) / (idle.length - 1));
    expect(Math.abs(sd - 1.5)).toBeLessThan(Z * 1.5 * Math.sqrt(1 / (2 * idle.length)));
  });

  it('is exactly baseline + heights inside runs when runs have no jitter and idle has no noise', () => {
    const { series, runs } = skyline({
      cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }],
      baselinePercent: 4,
      noisePercent: 0,
      runJitter: 0,
    });
    for (const run of runs!) {
      for (let i = run.start; i < run.end; i++) expect(series.values[i]).toBe(4 + NYC_SKYLINE[i - run.start]);
    }
    expect(series.values[25]).toBe(4);
  });

  it('averages baseline + heights inside runs over many jittered runs (jitter scales a whole run)', () => {
    const { series, baseline, runs } = skyline({
      length: 14 * 1440,
      cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }],
    });
    expect(runs!.length).toBe(14 * 24);
    // Minutes low enough never to reach the 100% clamp (4 + 66·(1 + 6·0.05) < 100).
    const low = NYC_SKYLINE.map((h, m) => (h <= 66 ? m : -1)).filter((m) => m >= 0);
    expect(low.length).toBe(14);
    const sums = new Array<number>(16).fill(0);
    const scales: number[] = [];
    for (const run of runs!) {
      const rise = (m: number) => series.values[run.start + m] - baseline![run.start + m];
      for (let m = 0; m < 16; m++) sums[m] += rise(m);
      // The whole run is one shape scaled by one factor.
      const scale = rise(1) / NYC_SKYLINE[1];
      for (const m of low) expect(rise(m)).toBeCloseTo(NYC_SKYLINE[m] * scale, 9);
      // Taller minutes: the same, unless clamped at 100.
      for (let m = 0; m < 16; m++) {
        const v = series.values[run.start + m];
        if (v < 100) expect(rise(m)).toBeCloseTo(NYC_SKYLINE[m] * scale, 9);
        else expect(baseline![run.start + m] + NYC_SKYLINE[m] * scale).toBeGreaterThanOrEqual(100);
      }
      scales.push(scale);
    }
    for (const m of low) {
      const h = NYC_SKYLINE[m];
      // Run scale ~ 1 + 0.05·N(0, 1): the mean rise over R runs has sd 0.05·h/√R.
      expect(Math.abs(sums[m] / runs!.length - h)).toBeLessThan((Z * 0.05 * h) / Math.sqrt(runs!.length));
    }
    const m = mean(scales);
    const sd = Math.sqrt(scales.reduce((s, v) => s + (v - m) ** 2, 0) / (scales.length - 1));
    // The sample sd of 336 scales has a relative standard error of about 1/√(2·336) ≈ 4%.
    expect(sd).toBeGreaterThan(0.05 * (1 - Z * 0.04));
    expect(sd).toBeLessThan(0.05 * (1 + Z * 0.04));
  });

  it('gives identical values, baseline and runs for the same seed', () => {
    const options = { length: 3 * 1440, cadence: [{ fromMinute: 0, mode: 'loop', sleepMinutes: 30 } as CadencePhase] };
    const a = skyline(options, 9);
    const b = skyline(options, 9);
    expect(b.series.values).toEqual(a.series.values);
    expect(b.baseline).toEqual(a.baseline);
    expect(b.runs).toEqual(a.runs);
    expect(skyline(options, 10).series.values).not.toEqual(a.series.values);
  });

  it('cuts the last run at the end of the series', () => {
    const { runs } = skyline({ length: DAY_MS / MINUTE_MS - 50, cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }] });
    expect(runs!.length).toBe(24);
    expect(runs![runs!.length - 1]).toEqual({ start: 23 * 60, end: 1390 });
  });
});
