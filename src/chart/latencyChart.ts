import type { TopLevelSpec } from 'vega-lite';
import type { FaultSummary } from '../metrics/summarize.js';
import { BASE_CONFIG } from './common.js';

/**
 * Detection latency of every alarm for one fault as an empirical CDF over all trials: the curve climbs at
 * each trial's latency and stops at the detection rate, so undetected trials show as the gap up to 100%
 * (and in the legend), never dropped. Log-scaled minutes, so 1 minute and 6 hours both read well.
 *
 * @example
 * latencyChart(summary.variants[0].faults[0], 'dice: a single 0');
 */
export function latencyChart(fault: FaultSummary, title: string): TopLevelSpec {
  const labels = fault.alarms.map(
    (a) => `${a.alarm}: ${Math.round(a.detectionRate * 100)}% detected${a.detected < a.trials ? `, ${a.trials - a.detected} missed` : ''}`,
  );
  const points: Array<{ alarm: string; latency: number; share: number; trials: number }> = [];
  fault.alarms.forEach((a, i) => {
    const latencies = a.perTrial
      .map((p) => p.latencyMinutes)
      .filter((l): l is number => l !== null)
      .sort((x, y) => x - y);
    latencies.forEach((latency, k) => points.push({ alarm: labels[i], latency: Math.max(latency, 0.1), share: (k + 1) / a.trials, trials: a.trials }));
  });
  const maxLatency = Math.max(1, ...points.map((p) => p.latency));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle: 'share of trials detected within x minutes of the fault onset (curves stop at the detection rate)' },
    config: BASE_CONFIG,
    width: 700,
    height: 300,
    data: { values: points },
    layer: [
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2, point: { size: 30, filled: true } },
        encoding: {
          x: {
            field: 'latency',
            type: 'quantitative',
            title: 'minutes from fault onset to ALARM (log scale)',
            scale: { type: 'log', domain: [Math.min(1, ...points.map((p) => p.latency)), maxLatency * 1.2] },
          },
          y: { field: 'share', type: 'quantitative', title: 'share of trials detected', scale: { domain: [0, 1] }, axis: { format: '%' } },
          color: { field: 'alarm', type: 'nominal', title: null, scale: { domain: labels }, legend: { orient: 'bottom', columns: 1 } },
          tooltip: [
            { field: 'alarm', type: 'nominal' },
            { field: 'latency', type: 'quantitative', title: 'latency (min)', format: ',.1f' },
            { field: 'share', type: 'quantitative', title: 'detected by then', format: '.0%' },
          ],
        },
      },
      {
        data: { values: [{ y: 1 }] },
        mark: { type: 'rule', color: '#999', strokeDash: [3, 3] },
        encoding: { y: { field: 'y', type: 'quantitative' } },
      },
    ],
  } as TopLevelSpec;
}
