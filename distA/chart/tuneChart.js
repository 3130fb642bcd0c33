import { BASE_CONFIG, slug } from './common.js';
/**
 * The tune chart of one variant: one point per setting, false alarms per week (x, symlog scale so that 0
 * shows) against median detection latency (y), coloured as setting / Pareto front / recommended, sized by
 * the detection rate, with the false-alarm budget as a dashed rule. Settings that detected nothing have no
 * latency and are left out (the subtitle counts them).
 *
 * @example
 * tuneChart(result.variants[0], 1).spec; // a Vega-Lite layer spec
 */
export function tuneChart(variant, budget, scenarioName) {
    const rows = variant.settings
        .map((s, i) => ({
        setting: s.label,
        falseAlarmsPerWeek: Number(s.falseAlarmsPerWeek.toFixed(3)),
        latency: s.latencyP50,
        detection: Number((s.detectionRate * 100).toFixed(1)),
        role: i === variant.recommended ? 'recommended' : s.onFront ? 'Pareto front' : 'other setting',
        drawOrder: i === variant.recommended ? 2 : s.onFront ? 1 : 0,
    }))
        .filter((r) => r.latency !== null);
    const undetected = variant.settings.length - rows.length;
    const xTicks = logTicks(Math.max(budget, ...rows.map((r) => r.falseAlarmsPerWeek)));
    const yTicks = logTicks(Math.max(1, ...rows.map((r) => r.latency ?? 0)));
    const title = `${scenarioName}${variant.variant === 'default' ? '' : ` (${variant.variant})`}: false alarms vs latency`;
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: {
            text: title,
            subtitle: `${variant.settings.length} settings, budget ${budget} false alarms/week (dashed)${undetected ? `; ${undetected} setting(s) detected nothing and are not shown` : ''}`,
        },
        width: 560,
        height: 340,
        config: BASE_CONFIG,
        layer: [
            {
                data: { values: [{ budget }] },
                mark: { type: 'rule', strokeDash: [6, 4], color: '#555' },
                encoding: { x: { field: 'budget', type: 'quantitative' } },
            },
            {
                data: { values: rows },
                mark: { type: 'point', filled: true, opacity: 0.85 },
                encoding: {
                    x: { field: 'falseAlarmsPerWeek', type: 'quantitative', title: 'false alarms per week (fault-free runs)', scale: { type: 'symlog' }, axis: { values: xTicks } },
                    y: { field: 'latency', type: 'quantitative', title: 'median detection latency (min)', scale: { type: 'symlog' }, axis: { values: yTicks } },
                    color: {
                        field: 'role',
                        type: 'nominal',
                        title: null,
                        scale: { domain: ['other setting', 'Pareto front', 'recommended'], range: ['#9e9e9e', '#1f77b4', '#d62728'] },
                    },
                    shape: { field: 'role', type: 'nominal', title: null, scale: { domain: ['other setting', 'Pareto front', 'recommended'], range: ['circle', 'circle', 'diamond'] } },
                    size: { field: 'detection', type: 'quantitative', title: 'detected (%)', scale: { domain: [0, 100], range: [20, 220] } },
                    order: { field: 'drawOrder', type: 'quantitative', sort: 'ascending' },
                    tooltip: [
                        { field: 'setting', title: 'setting' },
                        { field: 'falseAlarmsPerWeek', title: 'false alarms/week' },
                        { field: 'latency', title: 'median latency (min)' },
                        { field: 'detection', title: 'detected (%)' },
                    ],
                },
            },
            {
                data: { values: rows.filter((r) => r.role === 'recommended') },
                mark: { type: 'text', align: 'left', dx: 10, dy: -8, fontSize: 11, fontWeight: 'bold', color: '#d62728' },
                encoding: {
                    x: { field: 'falseAlarmsPerWeek', type: 'quantitative' },
                    y: { field: 'latency', type: 'quantitative' },
                    text: { field: 'setting' },
                },
            },
        ],
    };
    return {
        id: `tune-${slug(variant.variant)}`,
        title,
        caption: 'One point per setting. Down and left is better; bigger points detect more. Blue points are on the Pareto front (no other setting has fewer false alarms, more detections and lower latency at once); the red diamond is the recommendation.',
        spec,
        variant: variant.variant,
        fault: null,
    };
}
/** 0, 1, 2, 5, 10, 20, 50, ... up to the first value at or above `max`: readable ticks for a symlog axis. */
function logTicks(max) {
    const ticks = [0];
    for (let decade = 1; ticks[ticks.length - 1] < max; decade *= 10)
        for (const m of [1, 2, 5])
            if (ticks[ticks.length - 1] < max)
                ticks.push(m * decade);
    return ticks;
}
