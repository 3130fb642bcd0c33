import type { FaultAlarmSummary } from './summarize.js';

/** A number for people: grouped thousands, at most `digits` decimals; '–' for no value. */
export function formatNumber(x: number | null | undefined, digits: number): string {
  return x === null || x === undefined ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A share as a whole percentage (one decimal below 1%); '–' for no value. */
export function formatPercent(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${(x * 100).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;
}

/**
 * The figures shown for one alarm against one fault, as text, in the order of both the terminal table and
 * the report: alarm, detected, latency p50, p90, max (minutes), false alarms per day.
 *
 * @example
 * faultRow(summary.variants[0].faults[0].alarms[0]); // ['band', '95%', '3', '3', '3', '7.22']
 */
export function faultRow(a: FaultAlarmSummary): string[] {
  return [
    a.alarm,
    formatPercent(a.detectionRate),
    formatNumber(a.latencyMinutes.p50, 1),
    formatNumber(a.latencyMinutes.p90, 1),
    formatNumber(a.latencyMinutes.max, 1),
    formatNumber(a.falseAlarmsPerDay, 2),
  ];
}
