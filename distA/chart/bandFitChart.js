import { BASE_CONFIG, COLORS, PLOT_WIDTH, ROLE_LEGEND, TRACE_TOOLTIP, traceRows, traceTime, utcTime } from './common.js';
/**
 * The same hours of the fault-free run of every variant, one panel under the other, each with its first
 * band alarm's band: for skyline, how the band fits a loop it cannot learn and an hourly cron it can.
 * Every mark is in the legend; the y axis is in the metric's unit and shared, so widths compare.
 *
 * @example
 * bandFitChart(simulation.representative.filter((r) => r.fault === null), 'skyline', 'CPU %');
 */
export function bandFitChart(runs, title, unit = 'value') {
    const roles = { metric: COLORS.metric, band: COLORS.band, 'expected value': COLORS.expected, 'breaching datapoint': COLORS.breach };
    const color = (role) => ({
        datum: role,
        type: 'nominal',
        scale: { domain: Object.keys(roles), range: Object.values(roles) },
        title: null,
        legend: ROLE_LEGEND,
    });
    const panels = runs.map((run) => {
        const trace = run.traces.find((t) => t.lower !== null) ?? run.traces[0];
        const values = traceRows(trace);
        const x = utcTime('t', 'time (UTC)');
        const y = { type: 'quantitative', title: unit };
        return {
            title: { text: `${run.variant}: ${trace.alarm}`, fontSize: 13, anchor: 'start' },
            width: PLOT_WIDTH,
            height: 160,
            data: { values },
            transform: [traceTime(trace)],
            layer: [
                { mark: { type: 'area', opacity: 0.55, interpolate: 'step-after' }, encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color: color('band') } },
                { mark: { type: 'line', strokeDash: [4, 3], strokeWidth: 1, interpolate: 'step-after' }, encoding: { x, y: { ...y, field: 'e' }, color: color('expected value') } },
                {
                    params: [{ name: `zoom_${run.variant.replace(/\W+/g, '_')}`, select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
                    mark: { type: 'line', strokeWidth: 1.2, interpolate: 'step-after' },
                    encoding: { x, y: { ...y, field: 'v' }, color: color('metric'), tooltip: TRACE_TOOLTIP },
                },
                { transform: [{ filter: 'datum.b' }], mark: { type: 'point', filled: true, size: 18 }, encoding: { x, y: { ...y, field: 'v' }, color: color('breaching datapoint'), tooltip: TRACE_TOOLTIP } },
            ],
        };
    });
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: title, subtitle: 'the same hours of each variant\'s fault-free run (trial 1), each with its own learned band' },
        config: BASE_CONFIG,
        vconcat: panels,
        resolve: { scale: { y: 'shared', color: 'shared' } },
    };
}
