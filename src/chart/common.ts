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
export const COLORS = {
  metric: '#1f4e79',
  band: '#9ecae1',
  expected: '#6b6b6b',
  breach: '#d62728',
  fault: '#ff9f1c',
  minimum: '#b2182b',
  threshold: '#7b3294',
  ok: '#cfe8cf',
  alarm: '#d62728',
  insufficient: '#bdbdbd',
} as const;

export const STATE_NAMES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;

/** A UTC time axis encoding for epoch-millisecond fields (a utc scale formats its labels in UTC). */
export function utcTime(field: string, title = 'time (UTC)') {
  return {
    field,
    type: 'temporal' as const,
    title,
    scale: { type: 'utc' as const },
    axis: { labelOverlap: true, tickCount: 8 },
  };
}

/** A tooltip entry for an epoch-millisecond field, shown in UTC to the minute. */
export function utcTooltip(field: string, title = 'time (UTC)') {
  return { field, type: 'temporal' as const, title, timeUnit: 'utcyearmonthdatehoursminutes' as const };
}

/** A lower-case, file-name-safe id: letters, digits and dashes. */
export function slug(text: string): string {
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
  title: { fontSize: 15, anchor: 'start' as const, subtitleFontSize: 12, subtitleColor: '#555' },
} as const;

/** One chart row per datapoint of a trace: time, value, band edges, expected value, breaching (null: none). */
export function traceRows(trace: Trace) {
  const stepMs = trace.periodSeconds * 1000;
  return trace.values.map((value, i) => ({
    t: trace.startMs + i * stepMs,
    value: Number.isNaN(value) ? null : value,
    lower: trace.lower?.[i] ?? null,
    upper: trace.upper?.[i] ?? null,
    expected: trace.expected?.[i] ?? null,
    breaching: trace.breaching[i] === 1,
  }));
}

/** The tooltip of a datapoint of a trace. */
export const TRACE_TOOLTIP = [
  utcTooltip('t'),
  { field: 'value', type: 'quantitative', format: ',.4~g' },
  { field: 'lower', type: 'quantitative', format: ',.4~g' },
  { field: 'upper', type: 'quantitative', format: ',.4~g' },
];
