import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/alarm/evaluate.js';
import { alarmsPerDay, detect } from '../../src/metrics/trialMetrics.js';

const MIN = 60_000;
const datapoints = { startMs: 0, periodSeconds: 60, values: new Float64Array(3000) };

function evaluation(alarmAt: number[], length = 3000): Evaluation {
  const states = new Uint8Array(length);
  const transitions: Evaluation['transitions'] = [];
  for (const i of alarmAt) {
    states[i] = 1;
    transitions.push({ index: i, from: 'OK', to: 'ALARM' });
    transitions.push({ index: i + 1, from: 'ALARM', to: 'OK' });
  }
  return { states, transitions };
}

describe('detect', () => {
  it('measures latency to the end of the period whose evaluation went to ALARM', () => {
    expect(detect(evaluation([102]), datapoints, 100 * MIN, 60 * MIN)).toEqual({ latencyMinutes: 3, alreadyInAlarm: false });
  });

  it('counts a detection only before onset + horizon (the window false alarms leave out)', () => {
    expect(detect(evaluation([158]), datapoints, 100 * MIN, 60 * MIN).latencyMinutes).toBe(59);
    expect(detect(evaluation([159]), datapoints, 100 * MIN, 60 * MIN).latencyMinutes).toBeNull();
    expect(alarmsPerDay(evaluation([159]), datapoints, 0, 3000 * MIN, 100 * MIN, 160 * MIN)).toEqual([1, 0, 0]);
    expect(alarmsPerDay(evaluation([158]), datapoints, 0, 3000 * MIN, 100 * MIN, 160 * MIN)).toEqual([0, 0, 0]);
  });

  it('needs an alarm already in ALARM at onset to leave and re-enter it', () => {
    const e = evaluation([99]);
    e.states[100] = 1;
    expect(detect(e, datapoints, 100 * MIN, 60 * MIN)).toEqual({ latencyMinutes: null, alreadyInAlarm: true });
  });
});
