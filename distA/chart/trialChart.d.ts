import type { TopLevelSpec } from 'vega-lite';
import type { RepresentativeRun, Trace } from '../simulate.js';
import { type Spec } from './common.js';
/** Options of {@link trialChart}. */
export interface TrialChartOptions {
    /** The lowest value the metric can take, drawn where the band reaches below it; null: none. */
    possibleMinimum: number | null;
    title: string;
    subtitle?: string;
    /** The metric's unit, for the y axis (default 'value'). */
    unit?: string;
    /** Static alarms whose threshold differs per trial: the range over trials, for the legend. */
    thresholdRanges?: ReadonlyMap<string, [number, number]>;
    /** Each alarm's colour (see `alarmColorScale`), used for its threshold line. */
    alarmColors?: ReadonlyMap<string, string>;
}
/** Legend entries of a metric panel, in legend order, with their colours. */
export declare const TRIAL_ROLES: {
    readonly metric: "#1f4e79";
    readonly band: "#9ecae1";
    readonly 'expected value': "#6b6b6b";
    readonly 'breaching datapoint': "#c51b7d";
    readonly 'fault window': "#ff9f1c";
    readonly 'possible minimum': "#b2182b";
};
/**
 * The representative trial of one fault (or of the fault-free run): for each band alarm a panel with the
 * metric, the band (shaded), the expected value, breaching datapoints, the fault window, static
 * thresholds and the metric's possible minimum where the band crosses it, every mark named in the
 * legend; below, one strip per alarm with its state over time. All panels share one UTC time scale
 * (drag to pan, wheel to zoom them together). A state is drawn from the moment it was evaluated, the end of
 * its datapoint's period, so an ALARM never appears to start before the datapoints that caused it.
 *
 * @example
 * trialChart(simulation.representative[0], { possibleMinimum: 0, title: 'zero orders', unit: 'orders/min' });
 */
export declare function trialChart(run: RepresentativeRun, options: TrialChartOptions): TopLevelSpec;
/** The time span every panel of a run shows: from the earliest datapoint to the end of the last period. */
export declare function timeDomain(traces: Trace[]): [number, number];
/**
 * The alarm-state strips, one row per alarm, over `domain`: state `i` holds from the evaluation of
 * datapoint `i` (the end of its period) to the next evaluation.
 *
 * @example
 * stateStrip(run.traces, timeDomain(run.traces));
 */
export declare function stateStrip(traces: Trace[], domain: [number, number], title?: string): Spec;
