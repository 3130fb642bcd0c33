import { formatMinutes, formatRate } from '../metrics/format.js';
import { ALARM_LABEL_LIMIT, alarmColorScale, BASE_CONFIG, minutesLogAxis, PLOT_WIDTH } from './common.js';
/** Dash patterns and widths per alarm, so curves that coincide stay visible (widest drawn first). */
const DASHES = [[1, 0], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4], [1, 0]];
const WIDTHS = [7, 4.5, 2.5, 1.5, 1.2, 1];
/**
 * Detection of one fault by every alarm. Top: each alarm's detection rate as a bar with its Wilson 95%
 * interval, and the rate and median latency (with intervals) as text. Bottom: the latency as an empirical
 * CDF over all trials; a curve stops at the detection rate, so undetected trials show as the gap up to
 * 100%. Curves that coincide stay visible: each alarm has its own dash and width, the first widest.
 * Log-scaled minutes, ticked at round minutes and hours. Colours are the alarms' own (`alarmColors`).
 *
 * @example
 * latencyChart(summary.variants[0].faults[0], 'dice: a single 0', ['band (hourly)', 'band (no season)', 'static']);
 */
export function latencyChart(fault, title, alarmNames = fault.alarms.map((a) => a.alarm)) {
    const detected = fault.alarms.map((a) => a.perTrial
        .map((p) => p.latencyMinutes)
        .filter((l) => l !== null)
        .map((l) => Math.max(l, 0.5))
        .sort((x, y) => x - y));
    // A loop, not Math.min(...spread): 100,000 trials of two alarms would pass 200,000 arguments (stack overflow).
    let lowest = 1;
    let highest = 2;
    for (const latencies of detected) {
        if (latencies.length === 0)
            continue;
        lowest = Math.min(lowest, latencies[0]);
        highest = Math.max(highest, latencies[latencies.length - 1]);
    }
    const domain = [lowest * 0.8, highest * 1.25];
    // One row per distinct latency with the share detected by then, from 0 at the left edge to the final
    // share at the right edge: equal latencies make one step, and a curve's plateau is always drawn.
    const points = [];
    fault.alarms.forEach((a, i) => {
        points.push({ alarm: a.alarm, latency: domain[0], share: 0, step: false });
        detected[i].forEach((latency, k) => {
            if (detected[i][k + 1] === latency)
                return;
            points.push({ alarm: a.alarm, latency, share: (k + 1) / a.trials, step: true });
        });
        points.push({ alarm: a.alarm, latency: domain[1], share: detected[i].length / a.trials, step: false });
    });
    const color = { field: 'alarm', type: 'nominal', title: 'alarm', scale: alarmColorScale(alarmNames), legend: { orient: 'bottom', columns: 2, symbolType: 'stroke', symbolStrokeWidth: 4 } };
    const bars = fault.alarms.map((a) => ({
        alarm: a.alarm,
        rate: a.detectionRate,
        low: a.ci95.detectionRate[0],
        high: a.ci95.detectionRate[1],
        text: `${formatRate(a.detectionRate, a.ci95.detectionRate)}${a.latencyMinutes.p50 !== null ? ` · median ${formatMinutes(a.latencyMinutes.p50, a.ci95.latencyP50)}` : ' · never detected'}`,
    }));
    const y = { field: 'alarm', type: 'nominal', title: null, sort: alarmNames, scale: { domain: fault.alarms.map((a) => a.alarm) }, axis: { labelLimit: ALARM_LABEL_LIMIT } };
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: title, subtitle: `${fault.alarms[0]?.trials ?? 0} trials; whiskers and brackets: 95% intervals` },
        config: BASE_CONFIG,
        vconcat: [
            {
                width: 300,
                height: { step: 24 },
                data: { values: bars },
                encoding: { y },
                layer: [
                    { mark: { type: 'bar', color: '#eeeeee', height: 14 }, encoding: { x: { datum: 1, type: 'quantitative', scale: { domain: [0, 1] } } } },
                    {
                        mark: { type: 'bar', height: 14 },
                        encoding: {
                            x: { field: 'rate', type: 'quantitative', title: 'share of trials detected', scale: { domain: [0, 1] }, axis: { format: '%', tickCount: 5 } },
                            color,
                            tooltip: [{ field: 'alarm' }, { field: 'text', title: 'detected · median latency' }],
                        },
                    },
                    { mark: { type: 'rule', color: '#333', strokeWidth: 1.5 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
                    // Text right of the 100% end of every bar: it never overlaps a bar or another label.
                    { mark: { type: 'text', align: 'left', dx: 8, fontSize: 11 }, encoding: { x: { datum: 1, type: 'quantitative' }, text: { field: 'text' } } },
                ],
            },
            {
                width: PLOT_WIDTH,
                height: 260,
                data: { values: points },
                layer: [
                    // One layer per alarm, in scenario order: the widest curve is drawn first, under the others.
                    ...fault.alarms.map((a) => {
                        const i = alarmNames.indexOf(a.alarm);
                        return {
                            transform: [{ filter: { field: 'alarm', equal: a.alarm } }],
                            mark: {
                                type: 'line',
                                interpolate: 'step-after',
                                strokeDash: DASHES[i % DASHES.length],
                                strokeWidth: WIDTHS[Math.min(i, WIDTHS.length - 1)],
                            },
                            encoding: {
                                x: {
                                    field: 'latency',
                                    type: 'quantitative',
                                    title: 'time from fault onset to ALARM (log scale)',
                                    scale: { type: 'log', domain, nice: false },
                                    axis: minutesLogAxis(domain[0], domain[1]),
                                },
                                y: { field: 'share', type: 'quantitative', title: 'share of trials detected by then', scale: { domain: [0, 1] }, axis: { format: '%' } },
                                color,
                                tooltip: [
                                    { field: 'alarm', type: 'nominal' },
                                    { field: 'latency', type: 'quantitative', title: 'latency (min)', format: ',.1f' },
                                    { field: 'share', type: 'quantitative', title: 'detected by then', format: '.0%' },
                                ],
                            },
                        };
                    }),
                    {
                        transform: [{ filter: 'datum.step' }],
                        mark: { type: 'point', filled: true, size: 22, opacity: 0.9 },
                        encoding: { x: { field: 'latency', type: 'quantitative' }, y: { field: 'share', type: 'quantitative' }, color },
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
    };
}
