import { formatThreshold } from '../metrics/format.js';
import { ALARM_LABEL_LIMIT, BASE_CONFIG, COLORS, PLOT_WIDTH, roleLegend, STATE_NAMES, TRACE_TOOLTIP, traceRows, traceTime, utcTime, utcTooltip } from './common.js';
/** Legend entries of a metric panel, in legend order, with their colours. */
export const TRIAL_ROLES = {
    metric: COLORS.metric,
    band: COLORS.band,
    'expected value': COLORS.expected,
    'breaching datapoint': COLORS.breach,
    'fault window': COLORS.fault,
    'possible minimum': COLORS.minimum,
};
/**
 * The representative trial of one fault (or of the fault-free run): for each band alarm a panel with the
 * metric, the band (shaded), the expected value, breaching datapoints, the fault window, static
 * thresholds and the metric's possible minimum where the band crosses it, every mark named in the
 * legend; below, one strip per alarm with its state over time. All panels share one UTC time scale
 * (drag to pan, wheel to zoom them together). A state is drawn from the moment it was evaluated, the end of
 * its datapoint's period, so an ALARM never appears to start before the datapoints that caused it.
 *
 * @example
 * trialChart(simulation.representative[0], { possibleMinimum: 0, title: 'zero orders', unit: 'orders/min' });
 */
export function trialChart(run, options) {
    const domain = timeDomain(run.traces);
    const bandTraces = run.traces.filter((t) => t.lower !== null);
    const panels = (bandTraces.length > 0 ? bandTraces : [run.traces[0]]).map((trace, p) => metricPanel(trace, run, domain, p === 0 ? run.traces.filter((t) => t.threshold !== null) : [], options, p));
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: options.title, subtitle: options.subtitle ?? '' },
        config: BASE_CONFIG,
        vconcat: [...panels, stateStrip(run.traces, domain)],
        resolve: { scale: { color: 'independent', x: 'shared' }, legend: { color: 'independent' } },
    };
}
/** The time span every panel of a run shows: from the earliest datapoint to the end of the last period. */
export function timeDomain(traces) {
    const start = Math.min(...traces.map((t) => t.startMs));
    const end = Math.max(...traces.map((t) => t.startMs + t.values.length * t.periodSeconds * 1000));
    return [start, end];
}
function metricPanel(trace, run, domain, statics, options, index) {
    const data = traceRows(trace);
    // The time domain is set once, on the metric line of each panel: the shared scale takes it from there.
    // (On a layer with x2, such as the fault window or the strips, vega-lite warns of conflicting domains.)
    const x = utcTime('t', '');
    const roles = [];
    const role = (name, color) => {
        if (!roles.some(([n]) => n === name))
            roles.push([name, color]);
        return { datum: name, type: 'nominal' };
    };
    const layers = [];
    if (run.onsetMs !== null) {
        layers.push({
            data: { values: [{ start: run.onsetMs, end: Math.min(run.faultEndMs ?? domain[1], domain[1]), label: `fault: ${run.fault}` }] },
            layer: [
                {
                    mark: { type: 'rect', opacity: 0.18 },
                    encoding: {
                        x: { ...x, field: 'start' },
                        x2: { field: 'end' },
                        color: role('fault window', COLORS.fault),
                        tooltip: [{ field: 'label', type: 'nominal', title: 'window' }, utcTooltip('start', 'onset'), utcTooltip('end', 'end')],
                    },
                },
                { mark: { type: 'rule', color: COLORS.fault, strokeWidth: 1.5 }, encoding: { x: { ...x, field: 'start' } } },
            ],
        });
    }
    const y = { type: 'quantitative', title: options.unit ?? 'value' };
    if (trace.lower !== null) {
        layers.push({
            mark: { type: 'area', opacity: 0.55, interpolate: 'step-after' },
            encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color: role('band', COLORS.band) },
        });
        layers.push({
            mark: { type: 'line', strokeDash: [4, 3], strokeWidth: 1, interpolate: 'step-after' },
            encoding: { x, y: { ...y, field: 'e' }, color: role('expected value', COLORS.expected) },
        });
    }
    layers.push({
        // Drag to pan, wheel to zoom the time axis in the HTML report (every panel shares it).
        params: [{ name: `zoom${index}`, select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
        mark: { type: 'line', strokeWidth: 1.2, interpolate: 'step-after' },
        encoding: { x: utcTime('t', '', domain), y: { ...y, field: 'v' }, color: role('metric', COLORS.metric), tooltip: TRACE_TOOLTIP },
    });
    if (data.some((d) => d.b === 1 && d.v !== undefined)) {
        layers.push({
            transform: [{ filter: 'datum.b' }],
            mark: { type: 'point', filled: true, size: 18, opacity: 1 },
            encoding: { x, y: { ...y, field: 'v' }, color: role('breaching datapoint', COLORS.breach), tooltip: TRACE_TOOLTIP },
        });
    }
    const minLower = Math.min(...data.map((d) => d.lo ?? Number.POSITIVE_INFINITY));
    const possibleMinimum = options.possibleMinimum;
    if (possibleMinimum !== null && trace.lower !== null && minLower < possibleMinimum) {
        layers.push({
            data: { values: [{ y: possibleMinimum }] },
            mark: { type: 'rule', strokeDash: [6, 3], strokeWidth: 1.5 },
            encoding: { y: { field: 'y', type: 'quantitative' }, color: role(`possible minimum ${formatThreshold(possibleMinimum)} (band goes below)`, COLORS.minimum) },
        });
    }
    // A threshold far outside the data would flatten the metric into a line: draw only those near it
    // (the state strip below still shows every static alarm).
    const seen = data.flatMap((d) => [d.v, d.lo, d.hi]).filter((v) => v !== undefined);
    const top = Math.max(...seen);
    const bottom = Math.min(...seen);
    const margin = 0.3 * (top - bottom || Math.abs(top) || 1);
    for (const s of statics) {
        for (const value of [s.threshold.lower, s.threshold.upper]) {
            if (value === null || value > top + margin || value < bottom - margin)
                continue;
            const range = options.thresholdRanges?.get(s.alarm);
            const label = `${s.alarm}: threshold ${formatThreshold(value)}${range ? ` in this trial (${formatThreshold(value, range)})` : ''}`;
            layers.push({
                data: { values: [{ y: value }] },
                mark: { type: 'rule', strokeDash: [2, 2], strokeWidth: 1.5 },
                encoding: { y: { field: 'y', type: 'quantitative' }, color: role(label, options.alarmColors?.get(s.alarm) ?? COLORS.threshold) },
            });
        }
    }
    return {
        width: PLOT_WIDTH,
        height: 200,
        title: { text: trace.lower !== null ? `${trace.alarm}: metric and band` : 'metric', fontSize: 12, anchor: 'start' },
        data: { values: data },
        transform: [traceTime(trace)],
        layer: layers,
        encoding: {
            color: {
                type: 'nominal',
                title: null,
                scale: { domain: roles.map(([n]) => n), range: roles.map(([, c]) => c) },
                legend: roleLegend(roles.map(([n]) => n)),
            },
        },
    };
}
/**
 * The alarm-state strips, one row per alarm, over `domain`: state `i` holds from the evaluation of
 * datapoint `i` (the end of its period) to the next evaluation.
 *
 * @example
 * stateStrip(run.traces, timeDomain(run.traces));
 */
export function stateStrip(traces, domain, title = 'alarm state (from each evaluation, at the end of its period)') {
    const segments = [];
    for (const trace of traces) {
        const stepMs = trace.periodSeconds * 1000;
        const evaluatedAt = (i) => Math.min(domain[1], trace.startMs + (i + 1) * stepMs);
        let from = 0;
        for (let i = 1; i <= trace.states.length; i++) {
            if (i === trace.states.length || trace.states[i] !== trace.states[from]) {
                const start = evaluatedAt(from);
                const end = i === trace.states.length ? domain[1] : evaluatedAt(i);
                if (end > start)
                    segments.push({ alarm: trace.alarm, start, end, state: STATE_NAMES[trace.states[from]] });
                from = i;
            }
        }
    }
    return {
        width: PLOT_WIDTH,
        height: { step: 20 },
        title: { text: title, fontSize: 12, anchor: 'start' },
        data: { values: segments },
        mark: { type: 'rect' },
        encoding: {
            x: utcTime('start', 'time (UTC)'),
            x2: { field: 'end' },
            y: { field: 'alarm', type: 'nominal', title: null, sort: traces.map((t) => t.alarm), axis: { labelLimit: ALARM_LABEL_LIMIT } },
            color: {
                field: 'state',
                type: 'nominal',
                title: 'alarm state',
                scale: { domain: [...STATE_NAMES], range: [COLORS.ok, COLORS.alarm, COLORS.insufficient] },
                legend: { orient: 'bottom', direction: 'horizontal' },
            },
            tooltip: [{ field: 'alarm' }, { field: 'state' }, utcTooltip('start', 'from'), utcTooltip('end', 'to')],
        },
    };
}
