import type { VariantTune } from '../tune/tune.js';
import { type Chart } from './common.js';
/**
 * The tune chart of one variant: one point per setting, false alarms per week (x, symlog scale so that 0
 * shows) against median detection latency (y), coloured as setting / Pareto front / recommended, sized by
 * the detection rate, with the false-alarm budget as a dashed rule. Settings that detected nothing have no
 * latency and are left out (the subtitle counts them).
 *
 * @example
 * tuneChart(result.variants[0], 1).spec; // a Vega-Lite layer spec
 */
export declare function tuneChart(variant: VariantTune, budget: number, scenarioName: string): Chart;
