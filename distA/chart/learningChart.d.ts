import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../metrics/summarize.js';
/**
 * How the alarms behave day by day on fault-free runs after the warm-up: false alarms per day (all
 * alarms) and the band's mean width (band alarms). Colour is the alarm (the same colour as in every other
 * chart); with several variants, the dash pattern is the variant. A band that learns a pattern narrows and
 * goes quiet; one that cannot stays wide.
 *
 * @example
 * learningChart(summary, 'CPU %'); // skyline: loop vs loop-then-cron vs cron
 */
export declare function learningChart(summary: Summary, unit?: string): TopLevelSpec;
