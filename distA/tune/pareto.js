/**
 * True when `a` dominates `b`: at least as good on every axis (false alarms, detection rate, latency) and
 * strictly better on one. A null latency (nothing detected) is worse than any latency.
 *
 * @example
 * dominates({ falseAlarmsPerWeek: 0, detectionRate: 1, latencyP50: 3 }, { falseAlarmsPerWeek: 1, detectionRate: 1, latencyP50: 3 }); // true
 */
export function dominates(a, b) {
    const la = a.latencyP50 ?? Number.POSITIVE_INFINITY;
    const lb = b.latencyP50 ?? Number.POSITIVE_INFINITY;
    const noWorse = a.falseAlarmsPerWeek <= b.falseAlarmsPerWeek && a.detectionRate >= b.detectionRate && la <= lb;
    const better = a.falseAlarmsPerWeek < b.falseAlarmsPerWeek || a.detectionRate > b.detectionRate || la < lb;
    return noWorse && better;
}
/**
 * The Pareto front: indices (ascending) of the points that no other point dominates. Points with equal
 * figures are all on the front when none is dominated. O(n²), fine for grids of a few hundred settings.
 *
 * @example
 * paretoFront([{ falseAlarmsPerWeek: 0, detectionRate: 0.5, latencyP50: 9 }, { falseAlarmsPerWeek: 2, detectionRate: 1, latencyP50: 3 }]); // [0, 1]
 */
export function paretoFront(points) {
    const front = [];
    points.forEach((p, i) => {
        if (!points.some((q, j) => j !== i && dominates(q, p)))
            front.push(i);
    });
    return front;
}
