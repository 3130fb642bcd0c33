import type { TopLevelSpec } from 'vega-lite';
import type { RepresentativeRun } from '../simulate.js';
import { BASE_CONFIG, COLORS, TRACE_TOOLTIP, traceRows, utcTime } from './common.js';

/**
 * The same hours of the fault-free run of every variant side by side, each with its first band alarm's
 * band: for skyline, how the band fits a loop it cannot learn and an hourly cron it can.
 *
 * @example
 * bandFitChart(simulation.representative.filter((r) => r.fault === null), 'skyline');
 */
export function bandFitChart(runs: RepresentativeRun[], title: string): TopLevelSpec {
  const panels = runs.map((run) => {
    const trace = run.traces.find((t) => t.lower !== null) ?? run.traces[0];
    const values = traceRows(trace);
    const x = utcTime('t', 'time (UTC)');
    const tooltip = TRACE_TOOLTIP;
    return {
      title: { text: run.variant, fontSize: 13 },
      width: runs.length > 2 ? 380 : 560,
      height: 240,
      data: { values },
      layer: [
        { mark: { type: 'area', color: COLORS.band, opacity: 0.55, interpolate: 'step-after' }, encoding: { x, y: { field: 'lower', type: 'quantitative', title: trace.alarm }, y2: { field: 'upper' } } },
        { mark: { type: 'line', color: COLORS.expected, strokeDash: [4, 3], strokeWidth: 1, interpolate: 'step-after' }, encoding: { x, y: { field: 'expected', type: 'quantitative' } } },
        {
          params: [{ name: `zoom_${run.variant.replace(/\W+/g, '_')}`, select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
          mark: { type: 'line', color: COLORS.metric, strokeWidth: 1.2, interpolate: 'step-after' },
          encoding: { x, y: { field: 'value', type: 'quantitative' }, tooltip },
        },
        { transform: [{ filter: 'datum.breaching' }], mark: { type: 'point', color: COLORS.breach, filled: true, size: 18 }, encoding: { x, y: { field: 'value', type: 'quantitative' }, tooltip } },
      ],
    };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle: 'the same hours of each variant\'s fault-free run (trial 1), each with its own learned band' },
    config: BASE_CONFIG,
    hconcat: panels,
    resolve: { scale: { y: 'shared' } },
  } as TopLevelSpec;
}
