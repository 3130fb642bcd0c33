import type { TopLevelSpec } from 'vega-lite';
import type { RepresentativeRun } from '../simulate.js';
/**
 * The same hours of the fault-free run of every variant, one panel under the other, each with its first
 * band alarm's band: for skyline, how the band fits a loop it cannot learn and an hourly cron it can.
 * Every mark is in the legend; the y axis is in the metric's unit and shared, so widths compare.
 *
 * @example
 * bandFitChart(simulation.representative.filter((r) => r.fault === null), 'skyline', 'CPU %');
 */
export declare function bandFitChart(runs: RepresentativeRun[], title: string, unit?: string): TopLevelSpec;
