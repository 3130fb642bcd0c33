import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/alarm/aggregate.js';
import { BREACHING, evaluateAlarm } from '../../src/alarm/evaluate.js';
import { seasonalBand } from '../../src/band/seasonalBand.js';
import {
  DEFAULT_DETECT_OPTIONS,
  detect,
  detectionNotes,
  detectionRows,
  detectSeries,
  rowAnomalyScores,
  type DetectOptions,
} from '../../src/detect/detect.js';
import { windowsToRows } from '../../src/detect/labels.js';
import { scoreDetection } from '../../src/detect/scoreDetection.js';
import { randomNormal } from '../../src/random/normal.js';
import { createRng } from '../../src/random/rng.js';
import type { Series } from '../../src/core/series.js';
import { DAY_MS, HOUR_MS } from '../../src/core/time.js';

const START = Date.UTC(2026, 0, 5);
const STEP_MS = 300_000;

/** 21 days of a 5-minute daily cycle (100 ± 40) with N(0, 3) noise, seeded; `anomalies` add to it. */
function syntheticSeries(seed: number, anomalies: Array<{ startMs: number; hours: number; add: number }>): Series {
  const rng = createRng(seed, 'detect test');
  const n = (21 * DAY_MS) / STEP_MS;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = START + i * STEP_MS;
    values[i] = 100 + 40 * Math.sin((2 * Math.PI * (t % DAY_MS)) / DAY_MS) + 3 * randomNormal(rng);
    for (const a of anomalies) if (t >= a.startMs && t < a.startMs + a.hours * HOUR_MS) values[i] += a.add;
  }
  return { startMs: START, stepSeconds: 300, values };
}

const SPIKE = { startMs: START + 16 * DAY_MS + 10 * HOUR_MS, hours: 2, add: 60 };
const DROP = { startMs: START + 19 * DAY_MS + 3 * HOUR_MS, hours: 3, add: -50 };

describe('detect', () => {
  it('is the band, classification and evaluation stages run in a row', () => {
    const series = syntheticSeries(1, [SPIKE]);
    const datapoints = aggregate(series, 300, 'Average');
    const d = detect(datapoints, DEFAULT_DETECT_OPTIONS);
    const band = seasonalBand(datapoints, DEFAULT_DETECT_OPTIONS.band);
    expect(Array.from(d.band.upper)).toEqual(Array.from(band.upper));
    const { transitions } = evaluateAlarm(d.classes, { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' });
    expect(d.transitions).toEqual(transitions);
    expect(d.alarmStarts).toEqual(transitions.filter((t) => t.to === 'ALARM').map((t) => t.index));
  });

  it('catches both injected anomalies of a seeded daily series within 15 minutes', () => {
    const series = syntheticSeries(7, [SPIKE, DROP]);
    const d = detectSeries(series, DEFAULT_DETECT_OPTIONS);
    const times = Array.from(series.values, (_, i) => START + i * STEP_MS);
    const scores = rowAnomalyScores(d, times);
    const windows = windowsToRows(times, [
      { startMs: SPIKE.startMs, endMs: SPIKE.startMs + 4 * HOUR_MS },
      { startMs: DROP.startMs, endMs: DROP.startMs + 4 * HOUR_MS },
    ]);
    const score = scoreDetection(times, scores, windows, 300);
    expect(score.windows.map((w) => w.caught)).toEqual([true, true]);
    // 3 of 3 five-minute datapoints: the third breaching sample raises the alarm, 15 minutes after onset.
    expect(score.windows.map((w) => w.latencyMinutes)).toEqual([15, 15]);
    // Two early detections (almost 1 each) and a few false alarms (0.11 each) on 3 Gaussian weeks at k = 2.
    expect(score.nab.standard.score).toBeGreaterThan(1);
    expect(score.falseAlarmsPerWeek).toBeLessThan(10);
  });

  it('gives one row per datapoint with the band, the distance in σ and each state change once', () => {
    const series = syntheticSeries(2, [SPIKE]);
    const d = detectSeries(series, DEFAULT_DETECT_OPTIONS);
    const rows = detectionRows(d);
    expect(rows).toHaveLength(series.values.length);
    expect(rows[0]).toMatchObject({ timestamp: '2026-01-05T00:00:00.000Z', state: 'INSUFFICIENT_DATA', breaching: 'missing' });
    expect(Number.isNaN(rows[0].expected)).toBe(true);
    const i = (SPIKE.startMs - START) / STEP_MS + 5;
    const r = rows[i];
    expect(r.distanceSigma).toBeCloseTo((r.value - r.expected) / r.sigma, 12);
    expect(r.breaching).toBe(d.classes[i] === BREACHING ? 'breaching' : 'ok');
    expect(r.upper).toBeCloseTo(r.expected + 2 * r.sigma, 9);
    expect(rows.filter((x) => x.transition !== '')).toHaveLength(d.transitions.length);
    expect(rows.filter((x) => x.transition.endsWith('->ALARM'))).toHaveLength(d.alarmStarts.length);
  });

  it('aligns hourly periods on the clock and marks the last row of the alarming hour', () => {
    // Samples at :01, :06, ... (NAB's AWS files): moved back to :00, :05; hours start at hh:00.
    const series = syntheticSeries(3, [{ ...SPIKE, hours: 5 }]);
    const shifted: Series = { ...series, startMs: series.startMs + 60_000 };
    const d = detectSeries(shifted, { ...DEFAULT_DETECT_OPTIONS, periodSeconds: 3600 });
    expect(d.offsetMs).toBe(60_000);
    expect(d.datapoints.startMs).toBe(START);
    expect(d.datapoints.values[0]).toBeCloseTo(series.values.slice(0, 12).reduce((a, b) => a + b) / 12, 9);
    const times = Array.from(series.values, (_, i) => shifted.startMs + i * STEP_MS);
    const scores = rowAnomalyScores(d, times);
    expect(d.alarmStarts.length).toBeGreaterThan(0);
    const marked = [...scores.keys()].filter((r) => scores[r] === 1);
    expect(marked).toEqual(d.alarmStarts.map((k) => k * 12 + 11));
  });

  it('pads a series that starts mid-period with missing samples', () => {
    const series = syntheticSeries(4, []);
    const late: Series = { ...series, startMs: START + 20 * 60_000, values: series.values.slice(4) };
    const d = detectSeries(late, { ...DEFAULT_DETECT_OPTIONS, periodSeconds: 3600 });
    expect(d.datapoints.startMs).toBe(START);
    expect(d.datapoints.values[0]).toBeCloseTo(series.values.slice(4, 12).reduce((a, b) => a + b) / 8, 9);
    expect(d.datapoints.values.length).toBe(21 * 24);
  });

  it("keeps excluded ranges, given in the data's own clock, out of training", () => {
    const clean = syntheticSeries(6, []);
    const spiky = syntheticSeries(6, [{ ...SPIKE, hours: 5 }]);
    const shift = (s: Series): Series => ({ ...s, startMs: s.startMs + 60_000 });
    const range = { startMs: SPIKE.startMs + 60_000, endMs: SPIKE.startMs + 60_000 + 5 * HOUR_MS };
    const options = { ...DEFAULT_DETECT_OPTIONS, band: { ...DEFAULT_DETECT_OPTIONS.band, excludedTimeRanges: [range] } };
    const after = (SPIKE.startMs + 5 * HOUR_MS - START) / STEP_MS;
    const upper = (s: Series, o = options) => Array.from(detectSeries(shift(s), o).band.upper.slice(after));
    expect(upper(spiky)).toEqual(upper(clean));
    expect(upper(spiky, DEFAULT_DETECT_OPTIONS)).not.toEqual(upper(clean, DEFAULT_DETECT_OPTIONS));
  });

  it('refuses a period that is not a multiple of the step', () => {
    expect(() => detectSeries(syntheticSeries(5, []), { ...DEFAULT_DETECT_OPTIONS, periodSeconds: 420 })).toThrow(/multiple of the data's step/);
  });
});

describe('detectionNotes', () => {
  const periodic = (offset: number): Series => {
    const values = Float64Array.from({ length: 3 * 288 }, (_, i) => offset + 10 * Math.sin(i / 7) + (i % 5));
    return { startMs: START, stepSeconds: 300, values };
  };
  const awsPromql = (clampLower: number | null, windowMinutes?: number): DetectOptions => ({
    ...DEFAULT_DETECT_OPTIONS,
    band: { ...DEFAULT_DETECT_OPTIONS.band, model: 'awsPromql', k: 3, clampLower, windowMinutes },
  });

  it('warns when the 0 clamp puts the lower edge above the upper edge, and is silent on a band that is whole', () => {
    const options = awsPromql(null);
    const negative = detectionNotes(detectSeries(periodic(-50), options), options);
    expect(negative).toHaveLength(1);
    expect(negative[0]).toMatch(/^warning: the lower edge is above the upper edge on \d+ of \d+ banded datapoints \(100%\).*clamped at 0 \(awsPromql's default\)/);
    expect(detectionNotes(detectSeries(periodic(50), options), options)).toEqual([]);
    const unclamped = awsPromql(-1e12);
    expect(detectionNotes(detectSeries(periodic(-50), unclamped), unclamped)).toEqual([]);
  });

  it('notes a window model window shorter than two periods', () => {
    const options = { ...awsPromql(null, 5), periodSeconds: 600 };
    expect(detectionNotes(detectSeries(periodic(50), options), options)).toEqual([
      'note: the 5-minute window is shorter than two 600-second periods; awsPromql uses 2 datapoints (20 minutes)',
    ]);
  });
});
