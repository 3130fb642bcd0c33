import type { TopLevelSpec } from 'vega-lite';
import type { FaultSummary } from '../metrics/summarize.js';
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
export declare function latencyChart(fault: FaultSummary, title: string, alarmNames?: readonly string[]): TopLevelSpec;
