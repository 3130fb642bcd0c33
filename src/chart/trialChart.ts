import type { TopLevelSpec } from 'vega-lite';
import type { RepresentativeRun, Trace } from '../simulate.js';
import { BASE_CONFIG, COLORS, STATE_NAMES, TRACE_TOOLTIP, traceRows, utcTime, utcTooltip } from './common.js';

/**
 * The representative trial of one fault (or of the fault-free run): for each band alarm a panel with the
 * metric, the band (shaded), the expected value, breaching datapoints (red), the fault window (orange),
 * static thresholds and the metric's possible minimum where the band crosses it; below, one strip per
 * alarm with its state over time, so band and static alarms are compared at a glance.
 *
 * @example
 * trialChart(simulation.representative[0], { possibleMinimum: 0, title: 'zero orders' });
 */
export function trialChart(
  run: RepresentativeRun,
  options: { possibleMinimum: number | null; title: string; subtitle?: string },
): TopLevelSpec {
  const first = run.traces[0];
  const domain: [number, number] = [first.startMs, first.startMs + first.values.length * first.periodSeconds * 1000];
  const bandTraces = run.traces.filter((t) => t.lower !== null);
  const panels = (bandTraces.length > 0 ? bandTraces : [first]).map((trace, p) =>
    metricPanel(trace, run, domain, p === 0 ? run.traces.filter((t) => t.threshold !== null) : [], options.possibleMinimum, p),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title, subtitle: options.subtitle ?? '' },
    config: BASE_CONFIG,
    vconcat: [...panels, stateStrip(run.traces)],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}

function metricPanel(
  trace: Trace,
  run: RepresentativeRun,
  domain: [number, number],
  statics: Trace[],
  possibleMinimum: number | null,
  index: number,
) {
  const data = traceRows(trace);
  const x = utcTime('t', '');
  const tooltip = TRACE_TOOLTIP;
  const layers: unknown[] = [];
  if (run.onsetMs !== null) {
    layers.push({
      data: { values: [{ start: run.onsetMs, end: Math.min(run.faultEndMs ?? domain[1], domain[1]), label: `fault: ${run.fault}` }] },
      layer: [
        {
          mark: { type: 'rect', color: COLORS.fault, opacity: 0.18 },
          encoding: { x: { ...x, field: 'start' }, x2: { field: 'end' }, tooltip: [{ field: 'label', type: 'nominal', title: 'window' }] },
        },
        { mark: { type: 'rule', color: COLORS.fault, strokeWidth: 1.5 }, encoding: { x: { ...x, field: 'start' } } },
      ],
    });
  }
  if (trace.lower !== null) {
    layers.push({
      mark: { type: 'area', color: COLORS.band, opacity: 0.55, interpolate: 'step-after' },
      encoding: { x, y: { field: 'lower', type: 'quantitative', title: trace.alarm }, y2: { field: 'upper' } },
    });
    layers.push({
      mark: { type: 'line', color: COLORS.expected, strokeDash: [4, 3], strokeWidth: 1, interpolate: 'step-after' },
      encoding: { x, y: { field: 'expected', type: 'quantitative' } },
    });
  }
  layers.push({
    // Drag to pan, wheel to zoom the time axis in the HTML report.
    params: [{ name: `zoom${index}`, select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
    mark: { type: 'line', color: COLORS.metric, strokeWidth: 1.2, interpolate: 'step-after' },
    encoding: { x, y: { field: 'value', type: 'quantitative', title: trace.lower !== null ? `${trace.alarm}` : 'metric' }, tooltip },
  });
  layers.push({
    transform: [{ filter: 'datum.breaching' }],
    mark: { type: 'point', color: COLORS.breach, filled: true, size: 18 },
    encoding: { x, y: { field: 'value', type: 'quantitative' }, tooltip },
  });
  const minLower = Math.min(...data.map((d) => (d.lower === null ? Number.POSITIVE_INFINITY : d.lower)));
  if (possibleMinimum !== null && trace.lower !== null && minLower < possibleMinimum) {
    layers.push({
      data: { values: [{ y: possibleMinimum, label: `possible minimum ${possibleMinimum}: the band reaches below it` }] },
      layer: [
        { mark: { type: 'rule', color: COLORS.minimum, strokeDash: [6, 3], strokeWidth: 1.5 }, encoding: { y: { field: 'y', type: 'quantitative' } } },
        {
          mark: { type: 'text', align: 'left', dx: 4, dy: -6, color: COLORS.minimum, fontSize: 11 },
          encoding: { y: { field: 'y', type: 'quantitative' }, x: { value: 0 }, text: { field: 'label' } },
        },
      ],
    });
  }
  // A threshold far outside the data would flatten the metric into a line: draw only those near it
  // (the state strip below still shows every static alarm).
  const seen = data.flatMap((d) => [d.value, d.lower, d.upper]).filter((v): v is number => v !== null && Number.isFinite(v));
  const top = Math.max(...seen);
  const bottom = Math.min(...seen);
  const margin = 0.3 * (top - bottom || Math.abs(top) || 1);
  for (const s of statics) {
    for (const value of [s.threshold!.lower, s.threshold!.upper]) {
      if (value === null || value > top + margin || value < bottom - margin) continue;
      layers.push({
        data: { values: [{ y: value, label: `${s.alarm}: ${formatNumber(value)}` }] },
        layer: [
          { mark: { type: 'rule', color: COLORS.threshold, strokeDash: [2, 2] }, encoding: { y: { field: 'y', type: 'quantitative' } } },
          {
            mark: { type: 'text', align: 'right', dy: -6, color: COLORS.threshold, fontSize: 11 },
            encoding: { y: { field: 'y', type: 'quantitative' }, x: { value: 900 }, text: { field: 'label' } },
          },
        ],
      });
    }
  }
  return { width: 900, height: 220, data: { values: data }, layer: layers };
}

function stateStrip(traces: Trace[]) {
  const segments: Array<{ alarm: string; start: number; end: number; state: string }> = [];
  for (const trace of traces) {
    const stepMs = trace.periodSeconds * 1000;
    let from = 0;
    for (let i = 1; i <= trace.states.length; i++) {
      if (i === trace.states.length || trace.states[i] !== trace.states[from]) {
        segments.push({
          alarm: trace.alarm,
          start: trace.startMs + from * stepMs,
          end: trace.startMs + i * stepMs,
          state: STATE_NAMES[trace.states[from]],
        });
        from = i;
      }
    }
  }
  return {
    width: 900,
    height: { step: 22 },
    title: { text: 'alarm state', fontSize: 12 },
    data: { values: segments },
    mark: { type: 'rect' },
    encoding: {
      x: utcTime('start', 'time (UTC)'),
      x2: { field: 'end' },
      y: { field: 'alarm', type: 'nominal', title: null, sort: traces.map((t) => t.alarm), axis: { labelLimit: 260 } },
      color: {
        field: 'state',
        type: 'nominal',
        title: 'state',
        scale: { domain: [...STATE_NAMES], range: [COLORS.ok, COLORS.alarm, COLORS.insufficient] },
        legend: { orient: 'bottom' },
      },
      tooltip: [{ field: 'alarm' }, { field: 'state' }, utcTooltip('start', 'from'), utcTooltip('end', 'to')],
    },
  };
}

function formatNumber(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString('en-US') : x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
