import { type TuneSetting } from './grid.js';
import type { TradeOff } from './pareto.js';
/**
 * A per-fault latency goal: at least `minShare` of the fault's trials detected within `withinMinutes`.
 * Written on the command line as `"fault name<=5min"` or `"fault name<=5min@80%"` (default share 90%).
 */
export interface LatencyGoal {
    fault: string;
    withinMinutes: number;
    minShare: number;
}
/** One fault's detections by one alarm, over the trials. */
export interface FaultDetections {
    fault: string;
    /** Latency per trial in trial order; null: not detected. */
    latencies: Array<number | null>;
}
/** What the recommendation needs of a setting. */
export interface Candidate extends TradeOff {
    setting: TuneSetting;
    faults: FaultDetections[];
}
/** The outcome of {@link recommend}: indices into the candidates. */
export interface Recommendation {
    /** The recommended setting, or null when none meets the budget and the goals. */
    best: number | null;
    /** The next best settings that also meet the budget and goals (at most `runnersUp`). */
    runnersUp: number[];
    /** How many settings meet the budget, and how many meet the budget and every goal. */
    withinBudget: number;
    eligible: number;
}
/**
 * Parses a goal such as `zero orders<=5min`, `zero orders <= 5` or `zero orders<=5min@80%`.
 *
 * @throws Error quoting the goal when it does not read as `fault<=minutes[min][@share%]`
 * @example
 * parseGoal('zero orders at 03:00<=5min'); // { fault: 'zero orders at 03:00', withinMinutes: 5, minShare: 0.9 }
 */
export declare function parseGoal(text: string): LatencyGoal;
/**
 * The share of a fault's trials detected within the goal's minutes, and whether that meets the goal.
 * A goal for a fault the candidate was not tested on is not met.
 *
 * @example
 * goalShare({ fault: 'f', latencies: [1, 4, null, 9] }, { fault: 'f', withinMinutes: 5, minShare: 0.5 }); // { share: 0.5, met: true }
 */
export declare function goalShare(detections: FaultDetections | undefined, goal: LatencyGoal): {
    share: number;
    met: boolean;
};
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
export declare function recommend(candidates: readonly Candidate[], maxFalseAlarmsPerWeek: number, goals: readonly LatencyGoal[], runnersUp?: number): Recommendation;
