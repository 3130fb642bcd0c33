import type { TopLevelSpec } from 'vega-lite';
import type { Trace } from '../simulate.js';
/** A chart: an id (file name and HTML element id), a title, and its Vega-Lite spec. */
export interface Chart {
    id: string;
    title: string;
    /** One or two sentences on what the chart shows and how to read it. */
    caption: string;
    spec: TopLevelSpec;
    /** Where the chart belongs in a report: a variant and fault, or neither (the whole scenario). */
    variant: string | null;
    fault: string | null;
}
/** Colours used across charts, so a state or a role always has the same colour. */
export declare const COLORS: {
    readonly metric: "#1f4e79";
    readonly band: "#9ecae1";
    readonly expected: "#6b6b6b";
    readonly breach: "#c51b7d";
    readonly fault: "#ff9f1c";
    readonly minimum: "#b2182b";
    readonly threshold: "#7b3294";
    readonly ok: "#cfe8cf";
    readonly alarm: "#d62728";
    readonly insufficient: "#bdbdbd";
};
/** The alarm states, in their codes' order (see STATE_CODES in core/alarmTerms.ts). */
export declare const STATE_NAMES: readonly ["OK", "ALARM", "INSUFFICIENT_DATA"];
/**
 * A spec inside a composition (an element of `vconcat`, `hconcat` or `concat`), as vega-lite's types check it:
 * build parts of a chart with these types, not with `as TopLevelSpec`, so that a misspelt field or mark fails
 * to compile.
 */
export type Spec = Extract<TopLevelSpec, {
    vconcat: unknown;
}>['vconcat'][number];
/** One layer of a layered spec. */
export type Layer = Extract<Spec, {
    layer: unknown;
}>['layer'][number];
/**
 * One colour per alarm, the same in every chart (by the alarm's position in the scenario). None is green,
 * red or grey: those belong to the alarm states (OK, ALARM, INSUFFICIENT_DATA) and to breaching datapoints;
 * none is the fault window's orange.
 */
export declare const ALARM_PALETTE: readonly ["#4e79a7", "#b07aa1", "#9c755f", "#17becf", "#e7ba52", "#6a51a3", "#393b79", "#8c6d31", "#ce6dbd", "#6b6ecf"];
/**
 * The colour scale of alarms: their names as the domain, {@link ALARM_PALETTE} as the range.
 *
 * @example
 * alarmColorScale(['band', 'static']); // { domain: ['band', 'static'], range: ['#4e79a7', '#b07aa1'] }
 */
export declare function alarmColorScale(alarms: readonly string[]): {
    domain: string[];
    range: ("#4e79a7" | "#b07aa1" | "#9c755f" | "#17becf" | "#e7ba52" | "#6a51a3" | "#393b79" | "#8c6d31" | "#ce6dbd" | "#6b6ecf")[];
};
/** Width of every chart's plot area, px: with axis labels and legends, charts stay within the report's page. */
export declare const PLOT_WIDTH = 720;
/**
 * The legend that names the marks of a metric panel (metric, band, expected value, ...): below the plot,
 * two columns, full-opacity square symbols (a band's shading would otherwise make its symbol invisible).
 */
export declare const ROLE_LEGEND: {
    readonly orient: "bottom";
    readonly direction: "horizontal";
    readonly columns: 2;
    readonly symbolType: "square";
    readonly symbolOpacity: 1;
    readonly symbolStrokeWidth: 2;
    readonly labelLimit: 440;
};
/**
 * {@link ROLE_LEGEND} for these labels: one column (with room for 600 px labels) when a label is too
 * long to share a row, so no label is ever cut.
 *
 * @example
 * roleLegend(['metric', 'band']).columns; // 2
 */
export declare function roleLegend(labels: readonly string[]): {
    readonly orient: "bottom";
    readonly direction: "horizontal";
    readonly columns: 2;
    readonly symbolType: "square";
    readonly symbolOpacity: 1;
    readonly symbolStrokeWidth: 2;
    readonly labelLimit: 440;
} | {
    columns: number;
    labelLimit: number;
    orient: "bottom";
    direction: "horizontal";
    symbolType: "square";
    symbolOpacity: 1;
    symbolStrokeWidth: 2;
};
/** Longest axis label for alarm names, px. */
export declare const ALARM_LABEL_LIMIT = 300;
/**
 * A UTC time axis encoding for epoch-millisecond fields: labels in UTC with the date (`13 Jan 03:00`),
 * and, when `domain` is given, that fixed domain, so stacked panels share one time scale.
 */
export declare function utcTime(field: string, title?: string, domain?: [number, number]): {
    field: string;
    type: "temporal";
    title: string;
    scale: {
        type: "utc";
        domain: number[];
    } | {
        type: "utc";
        domain?: undefined;
    };
    axis: {
        labelOverlap: boolean;
        tickCount: number;
        format: string;
        labelFlush: boolean;
    };
};
/**
 * A log-scaled axis of minutes over [low, high]: ticks at round minutes, labelled `5 min`, `4 h`, `2 d`.
 *
 * @example
 * minutesLogAxis(1, 300).values; // [1, 2, 5, 10, 15, 30, 60, 120, 240]
 */
export declare function minutesLogAxis(low: number, high: number): {
    values: number[];
    labelExpr: string;
};
/** A tooltip entry for an epoch-millisecond field, shown in UTC to the minute. */
export declare function utcTooltip(field: string, title?: string): {
    field: string;
    type: "temporal";
    title: string;
    timeUnit: "utcyearmonthdatehoursminutes";
};
/** A lower-case, file-name-safe id: letters, digits and dashes. */
export declare function slug(text: string): string;
/** Base config shared by every chart: readable fonts, no chart border. */
export declare const BASE_CONFIG: {
    readonly view: {
        readonly stroke: null;
    };
    readonly axis: {
        readonly labelFontSize: 11;
        readonly titleFontSize: 12;
        readonly gridColor: "#e8e8e8";
    };
    readonly legend: {
        readonly labelFontSize: 11;
        readonly titleFontSize: 12;
        readonly labelLimit: 1000;
        readonly titleLimit: 1000;
    };
    readonly title: {
        readonly fontSize: 15;
        readonly anchor: "start";
        readonly subtitleFontSize: 12;
        readonly subtitleColor: "#555";
    };
};
/**
 * A chart row of a trace: datapoint index `i` (the time `t` is computed in the chart by
 * {@link traceTime}), value `v`, band `lo`/`hi`, expected `e`, `b` = 1 if breaching.
 */
export interface TraceRow {
    i: number;
    v?: number;
    lo?: number;
    hi?: number;
    e?: number;
    b?: 1;
}
/**
 * One chart row per datapoint of a trace, with short keys and absent fields left out (a missing value,
 * no band yet, not breaching): the report carries every trial chart's data, so each byte counts. The
 * band and expected value keep four significant digits, the value five.
 *
 * @example
 * traceRows(trace)[0]; // { i: 0, v: 1293, lo: 1172, hi: 2007, e: 1590 }
 */
export declare function traceRows(trace: Trace): TraceRow[];
/**
 * The transform that gives rows of {@link traceRows} their time `t` (epoch ms): start + i × period.
 *
 * @example
 * { data: { values: traceRows(trace) }, transform: [traceTime(trace)], mark: 'line', encoding: { x: utcTime('t') } }
 */
export declare function traceTime(trace: Trace): {
    calculate: string;
    as: string;
};
/** The tooltip of a datapoint of a trace. */
export declare const TRACE_TOOLTIP: ({
    field: string;
    type: "temporal";
    title: string;
    timeUnit: "utcyearmonthdatehoursminutes";
} | {
    field: string;
    type: "quantitative";
    format: string;
    title: string;
})[];
