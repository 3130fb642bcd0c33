import type { BandAlarm, Scenario, StaticAlarm } from '../scenario/parseScenario.js';
/** A static alarm put beside the band, and why. */
export interface Companion {
    alarm: StaticAlarm;
    /** What it is for, in a few words. */
    role: string;
}
/**
 * The static alarms the field report puts beside a band alarm, on the band's period and statistic:
 * - **impossible values**: below the metric's `possibleMinimum` (or outside [min, max] when a possible
 *   maximum is known), 1 of 1: a die's 0 or 7, a negative count;
 * - **zero or no data**: ≤ 0 with TreatMissingData `breaching`, 1 of 1, for a metric that cannot be negative
 *   (orders, requests): it catches zeros and a metric that stops being published, day and night;
 * - **ceiling**: above 130% of the highest datapoint in the last 30 days of the warm-up (or the whole warm-up
 *   when shorter), 3 of 3.
 *
 * @param possibleMaximum the highest value the metric can take, if known; default null
 * @example
 * companionAlarms(scenario, scenario.alarms[0] as BandAlarm).map((c) => c.alarm.name);
 * // ['impossible: < 0', 'zero or no data', 'ceiling: > 130% of recent max']
 */
export declare function companionAlarms(scenario: Scenario, base: BandAlarm, possibleMaximum?: number | null): Companion[];
