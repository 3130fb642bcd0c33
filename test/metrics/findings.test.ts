import { describe, expect, it } from 'vitest';
import { findings } from '../../src/metrics/findings.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';

const scenario = parseScenario(
  JSON.stringify({
    name: 'dice',
    trials: 12,
    seed: 3,
    possibleMinimum: 1,
    series: { generator: 'dice' },
    alarms: [
      { name: 'band (hourly)', type: 'band', band: { seasonality: 'hourly' } },
      { name: 'static outside 1..6', type: 'static', comparison: 'LessThanLowerOrGreaterThanUpperThreshold', lower: 1, upper: 6 },
      { name: 'static above 6', type: 'static', comparison: 'GreaterThanThreshold', threshold: 6 },
    ],
    faults: [{ name: 'a single 0', effects: [{ type: 'set', value: 0 }], durationMinutes: 1 }],
  }),
  'dice.json',
);

describe('findings', () => {
  const summary = simulate(scenario).summary;
  const all = findings(summary);

  it('opens each fault with the best alarm, its rate with interval and its median latency', () => {
    const fault = all.find((f) => f.fault === 'a single 0')!;
    expect(fault.lead).toBe('a single 0');
    expect(fault.points[0]).toMatch(/^static outside 1\.\.6 catches it best: 100% \(\d+–100%\) of 12 trials, median 1 min \(1–1\)\.$/);
  });

  it('says why each alarm missed, with counts that add up', () => {
    const fault = all.find((f) => f.fault === 'a single 0')!;
    expect(fault.points).toContain('static above 6 misses every trial: never crossed the threshold.');
    const band = summary.variants[0].faults[0].alarms[0];
    const reasons = Object.values(band.missed).reduce((s, x) => s + x, 0);
    expect(reasons).toBe(band.trials - band.detected);
    if (band.detected < band.trials) expect(fault.points.join(' ')).toContain(`band (hourly) misses ${band.trials - band.detected} of 12: `);
  });

  it('ends with the false-alarm price of every alarm', () => {
    const price = all[all.length - 1];
    expect(price.fault).toBeNull();
    expect(price.points.map((p) => p.split(':')[0])).toEqual(scenario.alarms.map((a) => a.name));
    expect(price.points[2]).toMatch(/^static above 6: 0 \(0–0\.\d+\)\.$/);
  });
});
