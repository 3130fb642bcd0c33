import type { Summary } from '../metrics/summarize.js';
/**
 * The terminal summary, conclusions first: the findings in words; then per variant the fault-free
 * figures of each alarm, and per fault each alarm's detection rate, median, 90th percentile and slowest
 * latency and false alarms per day, with 95% intervals in brackets; below an alarm that missed, its
 * misses by reason; where TreatMissingData changes the outcome, the four settings side by side.
 * Every figure is written by `metrics/format.ts`, as in the report. Every line fits in 100 columns.
 *
 * @example
 * console.log(formatSummary(summary).join('\n'));
 */
export declare function formatSummary(summary: Summary): string[];
