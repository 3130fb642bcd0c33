/**
 * How every figure is written, in the terminal, the HTML report and the charts alike: one function per
 * kind (count, rate, minutes, rate per day, threshold, duration). '–' stands for no value.
 */
/** A number for people: grouped thousands, at most `digits` decimals; '–' for no value. */
export function formatNumber(x, digits) {
    return x === null || x === undefined ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: digits });
}
/**
 * A count of trials, datapoints or alarms: a whole number with grouped thousands.
 *
 * @example
 * formatCount(1234); // '1,234'
 */
export function formatCount(n) {
    return Math.round(n).toLocaleString('en-US');
}
/**
 * A share as a whole percentage (one decimal below 1%); '–' for no value.
 *
 * @example
 * formatPercent(0.95); // '95%'
 */
export function formatPercent(x) {
    return x === null || x === undefined ? '–' : `${(x * 100).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;
}
/**
 * A rate with its 95% interval: `95% (84–99%)`.
 *
 * @example
 * formatRate(0.95, [0.835, 0.986]); // '95% (84–99%)'
 */
export function formatRate(rate, ci) {
    return `${formatPercent(rate)} (${percentDigits(ci[0])}–${formatPercent(ci[1])})`;
}
function percentDigits(x) {
    return formatPercent(x).replace('%', '');
}
/**
 * Minutes, in the unit a reader would use: up to 120 minutes as minutes, up to 48 hours as hours, beyond
 * as days; at most one decimal. With an interval: `36.5 min (30–45)`, the interval in the same unit.
 *
 * @example
 * formatMinutes(3); // '3 min'
 * formatMinutes(248); // '4.1 h'
 * formatMinutes(36.5, [30, 45]); // '36.5 min (30–45)'
 */
export function formatMinutes(minutes, ci) {
    if (minutes === null || minutes === undefined)
        return '–';
    const [divisor, unit] = minutes <= 120 ? [1, 'min'] : minutes <= 48 * 60 ? [60, 'h'] : [1440, 'days'];
    const text = (m) => formatNumber(Number((m / divisor).toFixed(1)), 1);
    return `${text(minutes)} ${unit}${ci ? ` (${text(ci[0])}–${text(ci[1])})` : ''}`;
}
/**
 * A rate per day (false alarms), three significant digits, with its 95% interval if given:
 * `7.4 (6.9–7.9)`.
 *
 * @example
 * formatPerDay(7.41, [6.9, 7.93]); // '7.41 (6.9–7.93)'
 * formatPerDay(0, [0, 0.023]); // '0 (0–0.023)'
 */
export function formatPerDay(perDay, ci) {
    return `${formatSignificant(perDay, 3)}${ci ? ` (${formatSignificant(ci[0], 3)}–${formatSignificant(ci[1], 3)})` : ''}`;
}
/**
 * A threshold or metric value: four significant digits, grouped thousands (`5,039`, `0.5`, `130`).
 * With a range over trials that differs (a threshold set from each trial's own data): `per trial 4,740–5,039`.
 *
 * @example
 * formatThreshold(5038.7); // '5,039'
 * formatThreshold(4900, [4739.8, 5038.7]); // 'per trial 4,740–5,039'
 */
export function formatThreshold(value, range) {
    if (value === null || !Number.isFinite(value))
        return '–';
    if (range && formatSignificant(range[0], 4) !== formatSignificant(range[1], 4)) {
        return `per trial ${formatSignificant(range[0], 4)}–${formatSignificant(range[1], 4)}`;
    }
    return formatSignificant(value, 4);
}
/**
 * The threshold cell of an alarm's fault-free row: its threshold (with the per-trial range), or a static
 * alarm's constant range (`outside 1–6`); empty for a band alarm.
 *
 * @example
 * formatControlThreshold({ threshold: null, thresholdRange: null }, { lower: 1, upper: 6 }); // 'outside 1–6'
 */
export function formatControlThreshold(control, alarm) {
    if (control.threshold !== null)
        return formatThreshold(control.threshold, control.thresholdRange);
    if (typeof alarm?.lower === 'number' && typeof alarm.upper === 'number') {
        return `outside ${formatSignificant(alarm.lower, 4)}–${formatSignificant(alarm.upper, 4)}`;
    }
    return '';
}
/**
 * A duration given in days, in whole units: `14 days`, `7 days 20 min`, `2 h`.
 *
 * @example
 * formatDays(7.013888888888889); // '7 days 20 min'
 */
export function formatDays(days) {
    const totalMinutes = Math.round(days * 1440);
    const d = Math.floor(totalMinutes / 1440);
    const h = Math.floor((totalMinutes % 1440) / 60);
    const m = totalMinutes % 60;
    const parts = [d ? `${d} day${d === 1 ? '' : 's'}` : '', h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean);
    return parts.length ? parts.join(' ') : '0 min';
}
/** `digits` significant digits, grouped thousands, no trailing zeros. */
function formatSignificant(x, digits) {
    if (x === 0)
        return '0';
    const rounded = Number(x.toPrecision(digits));
    return rounded.toLocaleString('en-US', { maximumFractionDigits: 10 });
}
/** Column headers of {@link faultRow}, the same in the terminal and the report. */
export const FAULT_COLUMNS = ['alarm', 'detected (95% CI)', 'median latency (95% CI)', '90th pct latency', 'slowest', 'false alarms/day (95% CI)'];
/**
 * The figures shown for one alarm against one fault, as text, in the order of {@link FAULT_COLUMNS}:
 * alarm, detection rate with its interval, median latency with its interval, 90th percentile and slowest
 * latency, false alarms per day with its interval.
 *
 * @example
 * faultRow(summary.variants[0].faults[0].alarms[0]); // ['band', '95% (83–99%)', '3 min (3–3)', '3 min', '3 min', '7.22 (6.8–7.6)']
 */
export function faultRow(a) {
    return [
        a.alarm,
        formatRate(a.detectionRate, a.ci95.detectionRate),
        formatMinutes(a.latencyMinutes.p50, a.ci95.latencyP50),
        formatMinutes(a.latencyMinutes.p90),
        formatMinutes(a.latencyMinutes.max),
        formatPerDay(a.falseAlarmsPerDay, a.ci95.falseAlarmsPerDay),
    ];
}
