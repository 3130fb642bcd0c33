import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/replay/dataError.js';
import { parseMetricData } from '../../src/replay/readDataFile.js';
import { attachReplayData } from '../../src/scenario/attachReplayData.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { replayScenario } from '../../src/scenario/replayScenario.js';
import { simulate } from '../../src/simulate.js';

/** A daily sine with a little deterministic jitter, one row per `stepSeconds`, as CSV. */
function regularCsv(stepSeconds: number, days: number): string {
  const lines = ['timestamp,value'];
  const start = Date.UTC(2026, 0, 5);
  for (let t = 0; t < days * 86_400; t += stepSeconds) {
    lines.push(`${new Date(start + t * 1000).toISOString()},${100 + 50 * Math.sin((2 * Math.PI * t) / 86_400) + ((t / stepSeconds) % 7)}`);
  }
  return `${lines.join('\n')}\n`;
}

function defaultReplay(stepSeconds: number, days: number) {
  const data = parseMetricData(regularCsv(stepSeconds, days), 'm.csv');
  const input = replayScenario('m.csv', data);
  return { input, scenario: attachReplayData(parseScenario(JSON.stringify(input), 'm.csv'), new Map([['default', data]]), 'm.csv') };
}

describe('replayScenario', () => {
  it.each([
    [120, 16, 60],
    [240, 16, 60],
    [300, 15, 60],
    [600, 20, 60],
    [3600, 60, 360],
  ])('fits clean %i-second data: %i-minute buckets, faults of at least %i minutes', (step, bucketMinutes, shortestFault) => {
    const { input, scenario } = defaultReplay(step, 20);
    expect(scenario.stepSeconds).toBe(step);
    for (const alarm of scenario.alarms) {
      expect(alarm.periodSeconds).toBe(step);
      expect(alarm.type === 'band' && alarm.band.bucketMinutes).toBe(bucketMinutes);
    }
    expect(Math.min(...scenario.faults.map((f) => f.durationMinutes!))).toBe(shortestFault);
    for (const fault of scenario.faults) expect(fault.durationMinutes! * 60).toBeGreaterThanOrEqual(6 * step);
    if (shortestFault > 60) expect(input.description).toMatch(/Faults last at least 360 minutes \(6 periods of 60 min\): a fault shorter than 3 periods cannot be caught by a 3-of-3 alarm\./);
    else expect(input.description).toBe("Replay of m.csv with bandsim's default alarms and faults.");
  });

  it('lets a 3-of-3 band alarm catch a drop to zero on hourly data', () => {
    const { scenario } = defaultReplay(3600, 30);
    scenario.trials = 3;
    const zero = simulate(scenario).summary.variants[0].faults[0];
    expect(zero.fault).toBe('drops to zero');
    expect(zero.alarms[0].detectionRate).toBe(1);
    expect(zero.alarms[0].latencyMinutes.p50).toBe(180);
  });

  it('uses one-minute periods for sub-minute data', () => {
    const { scenario } = defaultReplay(10, 4);
    expect(scenario.stepSeconds).toBe(10);
    expect(scenario.alarms.map((a) => a.periodSeconds)).toEqual([60, 60]);
  });

  it('refuses data too short for a warm-up and a fault, and steps over 8 hours, as data problems', () => {
    expect(() => defaultReplay(3600, 0.5)).toThrow(DataError);
    expect(() => defaultReplay(3600, 0.5)).toThrow(/^m\.csv: 0\.50 days of data are too short for the default replay/);
    expect(() => defaultReplay(43_200, 60)).toThrow(/^m\.csv: the data's step is 43200 s: the default replay's 3-of-3 alarm needs a step of at most 8 hours/);
  });
});
