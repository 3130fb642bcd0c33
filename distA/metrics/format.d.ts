import type { Interval } from './intervals.js';
import type { FaultAlarmSummary } from './summarize.js';
/**
 * How every figure is written, in the terminal, the HTML report and the charts alike: one function per
 * kind (count, rate, minutes, rate per day, threshold, duration). '–' stands for no value.
 */
/** A number for people: grouped thousands, at most `digits` decimals; '–' for no value. */
export declare function formatNumber(x: number | null | undefined, digits: number): string;
/**
 * A count of trials, datapoints or alarms: a whole number with grouped thousands.
 *
 * @example
 * formatCount(1234); // '1,234'
 */
export declare function formatCount(n: number): string;
/**
 * A share as a whole percentage (one decimal below 1%); '–' for no value.
 *
 * @example
 * formatPercent(0.95); // '95%'
 */
export declare function formatPercent(x: number | null | undefined): string;
/**
 * A rate with its 95% interval: `95% (84–99%)`.
 *
 * @example
 * formatRate(0.95, [0.835, 0.986]); // '95% (84–99%)'
 */
export declare function formatRate(rate: number, ci: Interval): string;
/**
 * Minutes, in the unit a reader would use: up to 120 minutes as minutes, up to 48 hours as hours, beyond
 * as days; at most one decimal. With an interval: `36.5 min (30–45)`, the interval in the same unit.
 *
 * @example
 * formatMinutes(3); // '3 min'
 * formatMinutes(248); // '4.1 h'
 * formatMinutes(36.5, [30, 45]); // '36.5 min (30–45)'
 */
export declare function formatMinutes(minutes: number | null | undefined, ci?: Interval | null): string;
/**
 * A rate per day (false alarms), three significant digits, with its 95% interval if given:
 * `7.4 (6.9–7.9)`.
 *
 * @example
 * formatPerDay(7.41, [6.9, 7.93]); // '7.41 (6.9–7.93)'
 * formatPerDay(0, [0, 0.023]); // '0 (0–0.023)'
 */
export declare function formatPerDay(perDay: number, ci?: Interval | null): string;
/**
 * A threshold or metric value: four significant digits, grouped thousands (`5,039`, `0.5`, `130`).
 * With a range over trials that differs (a threshold set from each trial's own data): `per trial 4,740–5,039`.
 *
 * @example
 * formatThreshold(5038.7); // '5,039'
 * formatThreshold(4900, [4739.8, 5038.7]); // 'per trial 4,740–5,039'
 */
export declare function formatThreshold(value: number | null, range?: Interval | null): string;
/**
 * The threshold cell of an alarm's fault-free row: its threshold (with the per-trial range), or a static
 * alarm's constant range (`outside 1–6`); empty for a band alarm.
 *
 * @example
 * formatControlThreshold({ threshold: null, thresholdRange: null }, { lower: 1, upper: 6 }); // 'outside 1–6'
 */
export declare function formatControlThreshold(control: {
    threshold: number | null;
    thresholdRange: Interval | null;
}, alarm: {
    lower?: number | null;
    upper?: number | null;
} | undefined): string;
/**
 * A duration given in days, in whole units: `14 days`, `7 days 20 min`, `2 h`.
 *
 * @example
 * formatDays(7.013888888888889); // '7 days 20 min'
 */
export declare function formatDays(days: number): string;
/** Column headers of {@link faultRow}, the same in the terminal and the report. */
export declare const FAULT_COLUMNS: string[];
/**
 * The figures shown for one alarm against one fault, as text, in the order of {@link FAULT_COLUMNS}:
 * alarm, detection rate with its interval, median latency with its interval, 90th percentile and slowest
 * latency, false alarms per day with its interval.
 *
 * @example
 * faultRow(summary.variants[0].faults[0].alarms[0]); // ['band', '95% (83–99%)', '3 min (3–3)', '3 min', '3 min', '7.22 (6.8–7.6)']
 */
export declare function faultRow(a: FaultAlarmSummary): string[];
