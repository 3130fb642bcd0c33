import type { TopLevelSpec } from 'vega-lite';
import type { FaultSummary } from '../metrics/summarize.js';
/**
 * Detection latency by the UTC hour of the fault's onset and by its weekday, one row per alarm: this is
 * where "zero orders at 3 a.m." shows. Colour is the median latency of the detected trials (darker is
 * slower, blue to purple: red and grey belong to alarm states); a cell whose trials were all missed is
 * pale; the text is detected/trials.
 *
 * @example
 * latencyHeatmap(summary.variants[0].faults[0], 'coconut: zero orders');
 */
export declare function latencyHeatmap(fault: FaultSummary, title: string): TopLevelSpec;
