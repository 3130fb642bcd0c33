import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as bandsim from '../src/index.js';

describe('the public API (src/index.ts)', () => {
  it('runs the README example: a scenario simulated, and a band on a series', async () => {
    const { DEFAULT_BAND_OPTIONS, parseScenario, seasonalBand, simulate, simulateParallel } = bandsim;
    const scenario = parseScenario(readFileSync('scenarios/dice.json', 'utf8'), 'scenarios/dice.json');
    scenario.trials = 2;
    const { summary } = await simulateParallel(scenario, { workers: 2 });
    expect(summary).toEqual(simulate(scenario).summary);
    expect(summary.variants[0].faults[0].alarms[0].detectionRate).toBeGreaterThanOrEqual(0);
    const values = Float64Array.from({ length: 3 * 1440 }, (_, i) => 10 + (i % 7));
    const band = seasonalBand({ startMs: Date.UTC(2026, 0, 5), periodSeconds: 60, values }, { ...DEFAULT_BAND_OPTIONS, seasonality: 'none' });
    expect(band.expected.at(-1)).toBeCloseTo(13, 1);
  });

  it('exports one function or value per stage, none of them undefined', () => {
    for (const name of ['generateSeries', 'applyFault', 'aggregate', 'seasonalBand', 'evaluateAlarm', 'summarize', 'simulate', 'buildCharts', 'parseScenario', 'parseMetricData']) {
      expect(typeof (bandsim as Record<string, unknown>)[name], name).toBe('function');
    }
    for (const [name, value] of Object.entries(bandsim)) expect(value, name).toBeDefined();
  });

  it("exports the detect stage: everything a library user needs to build tuneOnLabels' input and score it", () => {
    const detectStage = [
      'detectDatapoints', 'detectSeries', 'detectionRows', 'detectionNotes', 'rowAnomalyScores', 'defaultPeriodSeconds', 'readMetricRows',
      'parseNabLabels', 'parseWindowCsv', 'parseTimestamp', 'labelsFor', 'windowsToRows', 'rowLabels', 'scoreDetection',
      'scaledSigmoid', 'probationaryLength', 'sweepScores', 'scoreByThreshold', 'scoreFile', 'normaliseScores', 'scorableWindowCount',
      'nabResultsCsv', 'detectCsv', 'windowsCsv', 'detectTotals', 'tuneOnLabels',
    ];
    for (const name of detectStage) expect(typeof (bandsim as Record<string, unknown>)[name], name).toBe('function');
    expect(bandsim.NAB_PROFILES.standard.fpWeight).toBe(0.11);
    // The index.ts example: a file read, detected and scored, through the public API only.
    const { DEFAULT_DETECT_OPTIONS, detectSeries, labelsFor, parseNabLabels, readMetricRows, rowAnomalyScores, scoreDetection, windowsToRows } = bandsim;
    const lines = ['timestamp,value'];
    for (let i = 0; i < 20 * 288; i++) {
      const t = new Date(Date.UTC(2026, 0, 5) + i * 300_000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`${t},${(50 + 20 * Math.sin((2 * Math.PI * (i % 288)) / 288) + (i >= 17 * 288 && i < 17 * 288 + 36 ? 60 : 0)).toFixed(2)}`);
    }
    const file = 'data/shops/a.csv';
    const { series, rows } = readMetricRows(`${lines.join('\n')}\n`, file);
    const rowTimesMs = Float64Array.from(rows, (r) => r.timeMs);
    const labels = parseNabLabels(JSON.stringify({ 'shops/a.csv': [['2026-01-22 00:00:00.000000', '2026-01-22 04:00:00.000000']] }), 'labels.json');
    const windows = windowsToRows(rowTimesMs, labelsFor(labels, file) ?? []);
    expect(windows).toEqual([{ first: 17 * 288, last: 17 * 288 + 48 }]);
    const detection = detectSeries(series, DEFAULT_DETECT_OPTIONS);
    const score = scoreDetection(rowTimesMs, rowAnomalyScores(detection, rowTimesMs), windows, series.stepSeconds);
    expect(score.windows[0].caught).toBe(true);
    expect(score.nab.standard.score).toBeGreaterThan(0);
  });
});
