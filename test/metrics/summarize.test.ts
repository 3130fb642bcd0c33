import { describe, expect, it } from 'vitest';
import { MEASURED_SIGNIFICANT_DIGITS } from '../../src/metrics/summarize.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';
import { parseMetricData } from '../../src/replay/readDataFile.js';
import { replayScenario } from '../../src/scenario/replayScenario.js';
import { attachReplayData } from '../../src/scenario/attachReplayData.js';

const scenario = {
  name: 'exact echoes',
  seed: 123456789,
  trials: 1,
  warmupDays: 3.333333333,
  onsetSpreadDays: 1,
  tailDays: 1,
  possibleMinimum: 1.0000001,
  series: { generator: 'dice' },
  alarms: [
    { name: 'band', type: 'band', band: { seasonality: 'none', k: 2.123456789, trainingDays: 1.2345678 } },
    { name: 'static', type: 'static', comparison: 'GreaterThanThreshold', threshold: 6.000000123 },
    { name: 'recent max', type: 'static', comparison: 'GreaterThanThreshold', threshold: { percentOfRecentMax: 100.0000001, days: 1 } },
  ],
  faults: [{ name: 'seven', effects: [{ type: 'set', value: 7.0000000001 }], durationMinutes: 33.33333333 }],
};

function significantDigits(x: number): number {
  return x === 0 ? 1 : String(Math.abs(x)).replace('.', '').replace(/e.*$/, '').replace(/^0+/, '').length;
}

function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbers(v, out);
  return out;
}

describe('summarize', () => {
  const summary = simulate(parseScenario(JSON.stringify(scenario), 'exact.json')).summary;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const configuration = summary.configuration as any;

  it('echoes the seed, settings and every input exactly', () => {
    expect(summary.seed).toBe(123456789);
    expect(configuration.seed).toBe(123456789);
    expect(configuration.warmupDays).toBe(3.333333333);
    expect(configuration.possibleMinimum).toBe(1.0000001);
    expect(configuration.alarms[0].band.k).toBe(2.123456789);
    expect(configuration.alarms[0].band.trainingDays).toBe(1.2345678);
    expect(configuration.alarms[1].threshold).toBe(6.000000123);
    expect(configuration.alarms[2].threshold).toEqual({ percentOfRecentMax: 100.0000001, days: 1 });
    expect(configuration.faults[0].effects[0].value).toBe(7.0000000001);
    const control = summary.variants[0].control;
    expect(control[1].threshold).toBe(6.000000123);
    expect(summary.variants[0].faults[0].durationMinutes).toBe(33.33333333);
  });

  it(`rounds measured figures to ${MEASURED_SIGNIFICANT_DIGITS} significant digits`, () => {
    // The recent-max threshold is measured: 100.0000001% of a die's highest average (6).
    expect(summary.variants[0].control[2].threshold).toBe(6);
    const measured = numbers(summary.variants).filter((x) => x !== 33.33333333 && x !== 6.000000123);
    expect(measured.length).toBeGreaterThan(100);
    for (const x of measured) expect(significantDigits(x)).toBeLessThanOrEqual(MEASURED_SIGNIFICANT_DIGITS);
    expect(measured.some((x) => significantDigits(x) === MEASURED_SIGNIFICANT_DIGITS)).toBe(true);
  });
});

describe('summarize on replayed data', () => {
  it('rounds the replay facts it measured (the share of empty periods) like every measured figure', () => {
    // 16 days of 5-minute rows with every third row missing: a third of the periods are empty.
    const lines = ['timestamp,value'];
    for (let i = 0; i < 16 * 288; i++) if (i % 3 !== 2) lines.push(`${new Date(Date.UTC(2026, 0, 5) + i * 300_000).toISOString()},${10 + (i % 7)}`);
    const data = parseMetricData(lines.join('\n'), 'gaps.csv');
    expect(data.facts.emptyPeriodShare).not.toBe(Number(data.facts.emptyPeriodShare.toPrecision(MEASURED_SIGNIFICANT_DIGITS)));
    const input = { ...replayScenario('gaps.csv', data), trials: 1 };
    const scenario = attachReplayData(parseScenario(JSON.stringify(input), 'gaps.csv'), new Map([['default', data]]), 'gaps.csv');
    const share = simulate(scenario).summary.variants[0].data!.emptyPeriodShare;
    expect(share).toBe(Number(data.facts.emptyPeriodShare.toPrecision(MEASURED_SIGNIFICANT_DIGITS)));
    expect(share).toBeCloseTo(1 / 3, 3);
  });
});
