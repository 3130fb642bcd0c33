import type { TopLevelSpec } from 'vega-lite';
import type { RepresentativeRun, Trace } from '../simulate.js';
/** Above this many datapoints, the replay view shows min–max per bucket instead of every datapoint. */
export declare const REPLAY_MAX_POINTS = 2000;
/** A bucket of datapoints as the replay view draws it. */
interface Bucket {
    t: number;
    end: number;
    min: number | null;
    max: number | null;
    lower: number | null;
    upper: number | null;
}
/**
 * Reduces a trace to at most `buckets` rows, each the min and max of the values, the lowest lower and the
 * highest upper edge of its datapoints, so no spike and no band excursion disappears at any zoom.
 *
 * @example
 * minMaxBuckets(trace, 1000).length; // ≤ 1000
 */
export declare function minMaxBuckets(trace: Trace, buckets: number): Bucket[];
/**
 * The replay view: the whole replayed series (trial 1, no fault) with the first band alarm's band, its
 * breaching datapoints, and every alarm's state below, on one shared, zoomable time scale. Long series are
 * drawn as min–max per bucket of datapoints (the subtitle says so); states and breaching datapoints
 * come from every datapoint.
 *
 * @example
 * replayChart(simulation.representative.find((r) => r.whole)!, { title: 'ec2 CPU', unit: 'CPU %' });
 */
export declare function replayChart(run: RepresentativeRun, options: {
    title: string;
    unit?: string;
}): TopLevelSpec;
export {};
