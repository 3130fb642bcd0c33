import type { Summary } from './summarize.js';
/**
 * One conclusion in words, about a fault of a variant, or about a variant's false alarms (fault null): a
 * lead (the fault's name, or "False alarms") and its points, one sentence each.
 */
export interface Finding {
    variant: string;
    fault: string | null;
    lead: string;
    points: string[];
}
/**
 * The conclusions a reader should draw, generated from the figures, in report order. Per fault: the best
 * alarm (highest detection rate, then lowest median latency) with its rate and latency, the alarms whose
 * rate cannot be told apart from the best one at this trial count (Newcombe's interval for the difference,
 * see `ratesDiffer`), every alarm's misses by reason, and detections that came from datapoints before the
 * onset. Per variant last: the false-alarm price of each alarm.
 *
 * @example
 * findings(summary)[0];
 * // { lead: 'zero orders at 03:00', points: ['static zero orders catches it best: 100% (91–100%) of 40 trials, median 1 min (1–1).', ...] }
 */
export declare function findings(summary: Summary): Finding[];
