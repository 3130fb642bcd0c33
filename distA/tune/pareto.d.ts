/** What the Pareto front compares: fewer false alarms, more detections, faster detections. */
export interface TradeOff {
    /** False alarms per week on fault-free runs (lower is better). */
    falseAlarmsPerWeek: number;
    /** Share of fault trials detected, 0..1 (higher is better). */
    detectionRate: number;
    /** Median minutes from onset to ALARM over detected trials; null when nothing was detected (worst). */
    latencyP50: number | null;
}
/**
 * True when `a` dominates `b`: at least as good on every axis (false alarms, detection rate, latency) and
 * strictly better on one. A null latency (nothing detected) is worse than any latency.
 *
 * @example
 * dominates({ falseAlarmsPerWeek: 0, detectionRate: 1, latencyP50: 3 }, { falseAlarmsPerWeek: 1, detectionRate: 1, latencyP50: 3 }); // true
 */
export declare function dominates(a: TradeOff, b: TradeOff): boolean;
/**
 * The Pareto front: indices (ascending) of the points that no other point dominates. Points with equal
 * figures are all on the front when none is dominated. O(n²), fine for grids of a few hundred settings.
 *
 * @example
 * paretoFront([{ falseAlarmsPerWeek: 0, detectionRate: 0.5, latencyP50: 9 }, { falseAlarmsPerWeek: 2, detectionRate: 1, latencyP50: 3 }]); // [0, 1]
 */
export declare function paretoFront(points: readonly TradeOff[]): number[];
