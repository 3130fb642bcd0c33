import { compareSimplicity, TuneInputError } from './grid.js';
/**
 * Parses a goal such as `zero orders<=5min`, `zero orders <= 5` or `zero orders<=5min@80%`.
 *
 * @throws Error quoting the goal when it does not read as `fault<=minutes[min][@share%]`
 * @example
 * parseGoal('zero orders at 03:00<=5min'); // { fault: 'zero orders at 03:00', withinMinutes: 5, minShare: 0.9 }
 */
export function parseGoal(text) {
    const m = /^(.+?)\s*<=\s*(\d+(?:\.\d+)?)\s*(?:min)?\s*(?:@\s*(\d+(?:\.\d+)?)\s*%)?$/.exec(text.trim());
    if (!m || Number(m[2]) <= 0 || (m[3] !== undefined && (Number(m[3]) <= 0 || Number(m[3]) > 100))) {
        throw new TuneInputError(`--goal "${text}": write it as "fault name<=5min" or "fault name<=5min@80%"`);
    }
    return { fault: m[1].trim(), withinMinutes: Number(m[2]), minShare: m[3] === undefined ? 0.9 : Number(m[3]) / 100 };
}
/**
 * The share of a fault's trials detected within the goal's minutes, and whether that meets the goal.
 * A goal for a fault the candidate was not tested on is not met.
 *
 * @example
 * goalShare({ fault: 'f', latencies: [1, 4, null, 9] }, { fault: 'f', withinMinutes: 5, minShare: 0.5 }); // { share: 0.5, met: true }
 */
export function goalShare(detections, goal) {
    if (!detections || detections.latencies.length === 0)
        return { share: 0, met: false };
    const within = detections.latencies.filter((l) => l !== null && l <= goal.withinMinutes).length;
    const share = within / detections.latencies.length;
    return { share, met: share >= goal.minShare - 1e-12 };
}
/**
 * Picks the recommended setting: among those with at most `maxFalseAlarmsPerWeek` false alarms per week
 * that meet every goal (of the faults they were tested on), the one that detects most (highest mean detection rate over the faults), then the
 * fastest (lowest median latency), then the one with fewer false alarms, then the simpler (see `compareSimplicity`), then the earlier in the grid.
 * The runners-up are the next ones in that order.
 *
 * @param runnersUp how many runner-up settings to return; default 3
 * @example
 * recommend(candidates, 1, [parseGoal('zero orders<=5min')]).best; // index of the recommendation, or null
 */
export function recommend(candidates, maxFalseAlarmsPerWeek, goals, runnersUp = 3) {
    const withinBudget = candidates.map((_, i) => i).filter((i) => candidates[i].falseAlarmsPerWeek <= maxFalseAlarmsPerWeek + 1e-12);
    // A goal binds only where its fault was tested (a fault may apply to some variants only).
    const eligible = withinBudget.filter((i) => goals.every((goal) => {
        const detections = candidates[i].faults.find((f) => f.fault === goal.fault);
        return detections === undefined || goalShare(detections, goal).met;
    }));
    eligible.sort((a, b) => compareCandidates(candidates[a], candidates[b]) || a - b);
    return { best: eligible[0] ?? null, runnersUp: eligible.slice(1, 1 + runnersUp), withinBudget: withinBudget.length, eligible: eligible.length };
}
/** Detects most, then fastest, then fewer false alarms, then simpler: negative when `a` is preferred. */
function compareCandidates(a, b) {
    const la = a.latencyP50 ?? Number.POSITIVE_INFINITY;
    const lb = b.latencyP50 ?? Number.POSITIVE_INFINITY;
    return b.detectionRate - a.detectionRate || (la === lb ? 0 : la < lb ? -1 : 1) || a.falseAlarmsPerWeek - b.falseAlarmsPerWeek || compareSimplicity(a.setting, b.setting);
}
