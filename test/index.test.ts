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
});
