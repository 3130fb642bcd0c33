import { describe, expect, it } from 'vitest';
import { tuneChart } from '../../src/chart/tuneChart.js';
import type { VariantTune } from '../../src/tune/tune.js';

const setting = (label: string, falseAlarmsPerWeek: number, latencyP50: number | null, onFront: boolean) => ({
  label,
  setting: {} as never,
  falseAlarmsPerWeek,
  detectionRate: latencyP50 === null ? 0 : 1,
  latencyP50,
  onFront,
  goals: [],
  faults: [],
});

describe('tuneChart', () => {
  it('plots one point per detecting setting, marking the front and the recommendation', () => {
    const variant = {
      variant: 'default',
      settings: [setting('a', 0, 5, true), setting('b', 3, 2, true), setting('c', 4, 9, false), setting('d', 0, null, false)],
      recommended: 0,
    } as unknown as VariantTune;
    const chart = tuneChart(variant, 1, 'shop');
    const layers = (chart.spec as { layer: Array<{ data: { values: Array<Record<string, unknown>> } }> }).layer;
    expect(layers[1].data.values.map((r) => [r.setting, r.role])).toEqual([
      ['a', 'recommended'],
      ['b', 'Pareto front'],
      ['c', 'other setting'],
    ]);
    expect(layers[2].data.values.map((r) => r.setting)).toEqual(['a']);
    expect(JSON.stringify(chart.spec)).toContain('1 setting(s) detected nothing');
    expect(chart.id).toBe('tune-default');
  });
});
