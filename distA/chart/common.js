import { STATE_CODES } from '../core/alarmTerms.js';
/** Colours used across charts, so a state or a role always has the same colour. */
export const COLORS = {
    metric: '#1f4e79',
    band: '#9ecae1',
    expected: '#6b6b6b',
    breach: '#c51b7d',
    fault: '#ff9f1c',
    minimum: '#b2182b',
    threshold: '#7b3294',
    ok: '#cfe8cf',
    alarm: '#d62728',
    insufficient: '#bdbdbd',
};
/** The alarm states, in their codes' order (see STATE_CODES in core/alarmTerms.ts). */
export const STATE_NAMES = STATE_CODES;
/**
 * One colour per alarm, the same in every chart (by the alarm's position in the scenario). None is green,
 * red or grey: those belong to the alarm states (OK, ALARM, INSUFFICIENT_DATA) and to breaching datapoints;
 * none is the fault window's orange.
 */
export const ALARM_PALETTE = ['#4e79a7', '#b07aa1', '#9c755f', '#17becf', '#e7ba52', '#6a51a3', '#393b79', '#8c6d31', '#ce6dbd', '#6b6ecf'];
/**
 * The colour scale of alarms: their names as the domain, {@link ALARM_PALETTE} as the range.
 *
 * @example
 * alarmColorScale(['band', 'static']); // { domain: ['band', 'static'], range: ['#4e79a7', '#b07aa1'] }
 */
export function alarmColorScale(alarms) {
    return { domain: [...alarms], range: alarms.map((_, i) => ALARM_PALETTE[i % ALARM_PALETTE.length]) };
}
/** Width of every chart's plot area, px: with axis labels and legends, charts stay within the report's page. */
export const PLOT_WIDTH = 720;
/**
 * The legend that names the marks of a metric panel (metric, band, expected value, ...): below the plot,
 * two columns, full-opacity square symbols (a band's shading would otherwise make its symbol invisible).
 */
export const ROLE_LEGEND = {
    orient: 'bottom',
    direction: 'horizontal',
    columns: 2,
    symbolType: 'square',
    symbolOpacity: 1,
    symbolStrokeWidth: 2,
    labelLimit: 440,
};
/**
 * {@link ROLE_LEGEND} for these labels: one column (with room for 600 px labels) when a label is too
 * long to share a row, so no label is ever cut.
 *
 * @example
 * roleLegend(['metric', 'band']).columns; // 2
 */
export function roleLegend(labels) {
    return labels.some((l) => l.length > 50) ? { ...ROLE_LEGEND, columns: 1, labelLimit: 700 } : ROLE_LEGEND;
}
/** Longest axis label for alarm names, px. */
export const ALARM_LABEL_LIMIT = 300;
/**
 * A UTC time axis encoding for epoch-millisecond fields: labels in UTC with the date (`13 Jan 03:00`),
 * and, when `domain` is given, that fixed domain, so stacked panels share one time scale.
 */
export function utcTime(field, title = 'time (UTC)', domain) {
    return {
        field,
        type: 'temporal',
        title,
        scale: domain ? { type: 'utc', domain: [...domain] } : { type: 'utc' },
        axis: { labelOverlap: true, tickCount: 6, format: '%d %b %H:%M', labelFlush: true },
    };
}
/** Minutes at which log-scaled latency axes are ticked (and labelled as minutes, hours or days). */
const LATENCY_TICKS = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 7200, 14400, 43200];
/**
 * A log-scaled axis of minutes over [low, high]: ticks at round minutes, labelled `5 min`, `4 h`, `2 d`.
 *
 * @example
 * minutesLogAxis(1, 300).values; // [1, 2, 5, 10, 15, 30, 60, 120, 240]
 */
export function minutesLogAxis(low, high) {
    const inside = LATENCY_TICKS.filter((t) => t >= low && t <= high);
    // Too many ticks crowd: keep about eight.
    const step = Math.ceil(inside.length / 8);
    return {
        values: inside.filter((_, i) => i % step === 0),
        labelExpr: "datum.value < 120 ? datum.value + ' min' : datum.value < 2880 ? (datum.value / 60) + ' h' : (datum.value / 1440) + ' d'",
    };
}
/** A tooltip entry for an epoch-millisecond field, shown in UTC to the minute. */
export function utcTooltip(field, title = 'time (UTC)') {
    return { field, type: 'temporal', title, timeUnit: 'utcyearmonthdatehoursminutes' };
}
/** A lower-case, file-name-safe id: letters, digits and dashes. */
export function slug(text) {
    const s = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/%/g, 'pct')
        .replace(/×/g, 'x')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return s.slice(0, 60) || 'chart';
}
/** Base config shared by every chart: readable fonts, no chart border. */
export const BASE_CONFIG = {
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e8e8e8' },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 1000, titleLimit: 1000 },
    title: { fontSize: 15, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#555' },
};
/**
 * One chart row per datapoint of a trace, with short keys and absent fields left out (a missing value,
 * no band yet, not breaching): the report carries every trial chart's data, so each byte counts. The
 * band and expected value keep four significant digits, the value five.
 *
 * @example
 * traceRows(trace)[0]; // { i: 0, v: 1293, lo: 1172, hi: 2007, e: 1590 }
 */
export function traceRows(trace) {
    const round = (x) => (x === undefined || !Number.isFinite(x) ? undefined : Number(x.toPrecision(4)));
    return trace.values.map((value, i) => {
        const row = { i };
        if (Number.isFinite(value))
            row.v = value;
        const lo = round(trace.lower?.[i]);
        const hi = round(trace.upper?.[i]);
        const e = round(trace.expected?.[i]);
        if (lo !== undefined)
            row.lo = lo;
        if (hi !== undefined)
            row.hi = hi;
        if (e !== undefined)
            row.e = e;
        if (trace.breaching[i] === 1)
            row.b = 1;
        return row;
    });
}
/**
 * The transform that gives rows of {@link traceRows} their time `t` (epoch ms): start + i × period.
 *
 * @example
 * { data: { values: traceRows(trace) }, transform: [traceTime(trace)], mark: 'line', encoding: { x: utcTime('t') } }
 */
export function traceTime(trace) {
    return { calculate: `${trace.startMs} + datum.i * ${trace.periodSeconds * 1000}`, as: 't' };
}
/** The tooltip of a datapoint of a trace. */
export const TRACE_TOOLTIP = [
    utcTooltip('t'),
    { field: 'v', type: 'quantitative', format: ',.5~g', title: 'value' },
    { field: 'lo', type: 'quantitative', format: ',.4~g', title: 'band lower' },
    { field: 'hi', type: 'quantitative', format: ',.4~g', title: 'band upper' },
];
