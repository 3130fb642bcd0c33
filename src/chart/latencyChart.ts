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
  // A loop, not Math.max(...spread): 100,000 trials of two alarms would pass 200,000 arguments (stack overflow).
  let maxLatency = 1;
  let minLatency = 1;
  for (const p of points) {
    if (p.latency > maxLatency) maxLatency = p.latency;
    if (p.latency < minLatency) minLatency = p.latency;
  }
  const color = { field: 'alarm', type: 'nominal', title: null, scale: { domain: labels }, legend: { orient: 'bottom', columns: 1 } };
  // Curves of alarms with the same latencies lie on top of each other: the bars beside them keep every
  // alarm's detection rate and median readable.
  const bars = fault.alarms.map((a, i) => ({
    alarm: labels[i],
    name: a.alarm,
    rate: a.detectionRate,
    text: `${Math.round(a.detectionRate * 100)}%${a.latencyMinutes.p50 !== null ? ` · p50 ${formatMinutes(a.latencyMinutes.p50)}` : ''}`,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle: 'left: share of trials detected and median latency; right: share detected within x minutes of the fault onset' },
    config: BASE_CONFIG,
    hconcat: [
      {
        width: 220,
        height: { step: 28 },
        data: { values: bars },
        encoding: {
          y: { field: 'name', type: 'nominal', title: null, sort: fault.alarms.map((a) => a.alarm), axis: { labelLimit: 200 } },
          x: { field: 'rate', type: 'quantitative', title: 'detected', scale: { domain: [0, 1] }, axis: { format: '%', tickCount: 4 } },
        },
        layer: [
          { mark: { type: 'bar', color: '#eeeeee' }, encoding: { x: { datum: 1 } } },
          { mark: { type: 'bar' }, encoding: { color: { ...color, legend: null } } },
          { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { x: { datum: 0 }, text: { field: 'text' } } },
        ],
      },
      {
        width: 560,
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
                scale: { type: 'log', domain: [minLatency * 0.8, maxLatency * 1.25] },
              },
              y: { field: 'share', type: 'quantitative', title: 'share of trials detected', scale: { domain: [0, 1] }, axis: { format: '%' } },
              color,
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
      },
    ],
    resolve: { scale: { color: 'shared' } },
  } as TopLevelSpec;
}

function formatMinutes(minutes: number): string {
  return minutes < 100 ? `${Number(minutes.toFixed(1))} min` : `${Number((minutes / 60).toFixed(1))} h`;
}
