import { basename } from 'node:path';
import { DAY_MS, type Series } from '../generate/series.js';
import type { ScenarioInput } from './schema.js';

/**
 * The scenario bandsim runs when it is given metric data instead of a scenario file: the data replayed
 * once per trial, half of it (at most 14 days) as warm-up, a per-bucket and a pooled daily band alarm
 * (k = 2, 3 of 3) on the data's own period, and four faults at random onsets after the warm-up: the metric
 * drops to zero for an hour, stops being published for an hour, falls by half for two hours, doubles for an
 * hour. Copy the resolved configuration from `summary.json` into a scenario file to change any of it.
 *
 * @example
 * parseScenario(JSON.stringify(replayScenario('cpu.csv', series)), 'cpu.csv');
 */
export function replayScenario(file: string, series: Series): ScenarioInput {
  const days = (series.values.length * series.stepSeconds * 1000) / DAY_MS;
  const periodSeconds = series.stepSeconds >= 60 ? series.stepSeconds : 60 % series.stepSeconds === 0 ? 60 : series.stepSeconds;
  const round = (d: number) => roundTo(d, periodSeconds);
  const warmupDays = round(Math.min(14, days * 0.5));
  const rest = days - warmupDays - periodSeconds / 86_400;
  const tailDays = round(Math.max(2 / 24, Math.min(1, rest * 0.2)));
  const onsetSpreadDays = round(Math.max(1 / 24, rest - tailDays));
  let nonNegative = true;
  for (const x of series.values) if (x < 0) nonNegative = false;
  const band = (name: string, sigma: 'perBucket' | 'pooled') => ({
    name,
    type: 'band' as const,
    periodSeconds,
    statistic: 'Average' as const,
    evaluationPeriods: 3,
    datapointsToAlarm: 3,
    band: { seasonality: 'daily' as const, k: 2, sigma },
  });
  return {
    name: basename(file).replace(/\.[^.]+$/, ''),
    description: `Replay of ${basename(file)} with bandsim's default alarms and faults.`,
    seed: 1,
    trials: 50,
    start: new Date(series.startMs - (series.startMs % (periodSeconds * 1000))).toISOString(),
    stepSeconds: series.stepSeconds,
    warmupDays,
    onsetSpreadDays,
    tailDays,
    possibleMinimum: nonNegative ? 0 : null,
    series: { generator: 'replay', file },
    alarms: [band('band', 'perBucket'), band('band (pooled σ)', 'pooled')],
    faults: [
      { name: 'drops to zero', effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 60 },
      { name: 'no data', effects: [{ type: 'outage', as: 'noData' }], durationMinutes: 60 },
      { name: 'falls by half', effects: [{ type: 'scale', factor: 0.5 }], durationMinutes: 120 },
      { name: 'doubles', effects: [{ type: 'scale', factor: 2 }], durationMinutes: 60 },
    ],
  };
}

/** Days rounded down to whole periods, so that the warm-up ends (and onsets fall) on a datapoint. */
function roundTo(days: number, periodSeconds: number): number {
  const periodDays = periodSeconds / 86_400;
  return Math.floor(days / periodDays + 1e-9) * periodDays;
}
