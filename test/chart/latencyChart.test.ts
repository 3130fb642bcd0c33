import { describe, expect, it } from 'vitest';
import { latencyChart } from '../../src/chart/latencyChart.js';
import type { FaultSummary } from '../../src/metrics/summarize.js';

/** A fault summary with `trials` trials per alarm; trial t of alarm a detected after latency(a, t) minutes. */
function faultSummary(alarms: number, trials: number, latency: (a: number, t: number) => number): FaultSummary {
  return {
    fault: 'f',
    durationMinutes: 60,
    alarms: Array.from({ length: alarms }, (_, a) => ({
      alarm: `alarm ${a}`,
      trials,
      detected: trials,
      detectionRate: 1,
      latencyMinutes: { p50: 1, p90: 1, max: 1, mean: 1 },
      ci95: { detectionRate: [0.9, 1], latencyP50: [1, 1], latencyP90: [1, 1] },
      perTrial: Array.from({ length: trials }, (_, t) => ({ latencyMinutes: latency(a, t) })),
    })),
  } as unknown as FaultSummary;
}

function latencyDomain(spec: ReturnType<typeof latencyChart>): number[] {
  const curves = (spec as unknown as { vconcat: Array<{ layer: Array<{ encoding: { x: { scale?: { domain: number[] } } } }> }> }).vconcat[1];
  return curves.layer[0].encoding.x.scale!.domain;
}

describe('latencyChart', () => {
  it('spans the log axis from the shortest to the longest latency (0.8× and 1.25×)', () => {
    const spec = latencyChart(faultSummary(2, 5, (a, t) => 2 + 10 * a + t), 't');
    expect(latencyDomain(spec)).toEqual([1 * 0.8, 16 * 1.25]); // at least [1, …]: 1 minute stays on the axis
  });

  it('handles 200,000 detected latencies (100,000 trials, two alarms) without a stack overflow', () => {
    const spec = latencyChart(faultSummary(2, 100_000, (a, t) => 0.5 + ((a * 100_000 + t) % 1000)), 't');
    expect(latencyDomain(spec)).toEqual([0.5 * 0.8, 999.5 * 1.25]);
  });
});
