import { ALARM_LABEL_LIMIT, BASE_CONFIG, minutesLogAxis } from './common.js';
import { WEEKDAYS } from '../core/time.js';
/** Cells never detected: a pale fill, not the grey of INSUFFICIENT_DATA. */
const NEVER_DETECTED = '#f3f3f3';
/**
 * Detection latency by the UTC hour of the fault's onset and by its weekday, one row per alarm: this is
 * where "zero orders at 3 a.m." shows. Colour is the median latency of the detected trials (darker is
 * slower, blue to purple: red and grey belong to alarm states); a cell whose trials were all missed is
 * pale; the text is detected/trials.
 *
 * @example
 * latencyHeatmap(summary.variants[0].faults[0], 'coconut: zero orders');
 */
export function latencyHeatmap(fault, title) {
    const cell = (alarm, key, g) => ({
        alarm,
        key,
        trials: g.trials,
        detected: g.detected,
        latency: g.latencyP50,
        label: `${g.detected}/${g.trials}`,
        missed: g.detected === 0 ? 'never detected' : '',
    });
    const byHour = fault.alarms.flatMap((a) => a.byHourOfDay.filter((g) => g.trials > 0).map((g) => cell(a.alarm, String(g.hour).padStart(2, '0'), g)));
    const byWeekday = fault.alarms.flatMap((a) => a.byWeekday.filter((g) => g.trials > 0).map((g) => cell(a.alarm, g.weekday, g)));
    const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
    const weekdays = [...WEEKDAYS];
    const alarms = fault.alarms.map((a) => a.alarm);
    const maxLatency = Math.max(1, ...[...byHour, ...byWeekday].map((c) => c.latency ?? 0));
    const panel = (values, keys, xTitle, width) => ({
        width,
        height: { step: 26 },
        data: { values },
        encoding: {
            x: { field: 'key', type: 'ordinal', title: xTitle, sort: keys, scale: { domain: keys }, axis: { labelAngle: 0 } },
            y: { field: 'alarm', type: 'nominal', title: null, sort: alarms, scale: { domain: alarms }, axis: { labelLimit: ALARM_LABEL_LIMIT } },
        },
        layer: [
            {
                transform: [{ filter: 'datum.detected > 0' }],
                mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
                encoding: {
                    color: {
                        field: 'latency',
                        type: 'quantitative',
                        title: 'median time to ALARM',
                        scale: { type: 'log', scheme: 'bluepurple', domain: [1, maxLatency] },
                        legend: { orient: 'right', ...minutesLogAxis(1, maxLatency) },
                    },
                    tooltip: tooltip(xTitle),
                },
            },
            {
                transform: [{ filter: 'datum.detected === 0' }],
                mark: { type: 'rect', color: NEVER_DETECTED, stroke: '#cccccc', strokeWidth: 1 },
                encoding: { tooltip: tooltip(xTitle) },
            },
            {
                mark: { type: 'text', fontSize: 9, color: '#222' },
                encoding: { text: { field: 'label' } },
            },
        ],
    });
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: {
            text: title,
            subtitle: 'median latency by the onset\'s UTC hour and weekday; pale: never detected; text: detected/trials',
        },
        config: BASE_CONFIG,
        vconcat: [panel(byHour, hours, 'hour of onset (UTC)', 24 * 26), panel(byWeekday, weekdays, 'weekday of onset', 7 * 60)],
        resolve: { scale: { color: 'shared' } },
    };
}
function tooltip(keyTitle) {
    return [
        { field: 'alarm', type: 'nominal' },
        { field: 'key', type: 'ordinal', title: keyTitle },
        { field: 'trials', type: 'quantitative' },
        { field: 'detected', type: 'quantitative' },
        { field: 'latency', type: 'quantitative', title: 'median latency (min)', format: ',.1f' },
    ];
}
