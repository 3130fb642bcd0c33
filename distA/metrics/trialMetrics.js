import { DAY_MS, HOUR_MS, MINUTE_MS } from '../core/time.js';
const ALARM = 1;
/** When datapoint `index` is evaluated: at the end of its period. */
export function evaluatedAt(datapoints, index) {
    return datapoints.startMs + (index + 1) * datapoints.periodSeconds * 1000;
}
/**
 * The first transition to ALARM evaluated after the onset and before `onsetMs + horizonMs`.
 * The datapoint that contains the onset is the first one that can detect it; its evaluation happens at the
 * end of its period, so the latency is at least one period minus the onset's offset into it.
 *
 * @example
 * detect(evaluation, datapoints, onsetMs, 60 * MINUTE_MS); // { latencyMinutes: 3, alreadyInAlarm: false }
 */
export function detect(evaluation, datapoints, onsetMs, horizonMs) {
    const periodMs = datapoints.periodSeconds * 1000;
    const first = Math.max(0, Math.floor((onsetMs - datapoints.startMs) / periodMs));
    const states = evaluation.states;
    const alreadyInAlarm = first > 0 && states[first - 1] === ALARM;
    for (let i = first; i < states.length; i++) {
        const at = evaluatedAt(datapoints, i);
        if (at >= onsetMs + horizonMs)
            break; // the same half-open window that false alarms leave out
        if (states[i] === ALARM && (i === 0 || states[i - 1] !== ALARM)) {
            return { latencyMinutes: (at - onsetMs) / MINUTE_MS, alreadyInAlarm };
        }
    }
    return { latencyMinutes: null, alreadyInAlarm };
}
/**
 * Transitions to ALARM evaluated in `[fromMs, toMs)`, leaving out those in `[skipFromMs, skipToMs)` (a
 * fault's window), counted per whole day since `fromMs`.
 *
 * @example
 * alarmsPerDay(evaluation, datapoints, warmupEndMs, endMs); // [0, 2, 0, ...]
 */
export function alarmsPerDay(evaluation, datapoints, fromMs, toMs, skipFromMs = Number.POSITIVE_INFINITY, skipToMs = Number.NEGATIVE_INFINITY) {
    const days = new Array(Math.ceil((toMs - fromMs) / DAY_MS)).fill(0);
    for (const transition of evaluation.transitions) {
        if (transition.to !== 'ALARM')
            continue;
        const at = evaluatedAt(datapoints, transition.index);
        if (at < fromMs || at >= toMs || (at >= skipFromMs && at < skipToMs))
            continue;
        days[Math.floor((at - fromMs) / DAY_MS)]++;
    }
    return days;
}
/** The last time the alarm was in ALARM, in days after `onsetMs`; null if never after it. */
export function lastAlarmDaysAfter(evaluation, datapoints, onsetMs) {
    for (let i = evaluation.states.length - 1; i >= 0; i--) {
        const at = evaluatedAt(datapoints, i);
        if (at <= onsetMs)
            return null;
        if (evaluation.states[i] === ALARM)
            return (at - onsetMs) / DAY_MS;
    }
    return null;
}
/**
 * Measures a band against a fault-free run's datapoints from index `from` on.
 *
 * @example
 * bandFit(band, datapoints, warmupEndIndex, 0).coverage; // 0.95
 */
export function bandFit(band, datapoints, from, possibleMinimum) {
    let points = 0;
    let inside = 0;
    let banded = 0;
    let belowMinimum = 0;
    let belowZero = 0;
    let minLower = Number.POSITIVE_INFINITY;
    let maxUpper = Number.NEGATIVE_INFINITY;
    const widthSum = new Float64Array(24);
    const widthCount = new Float64Array(24);
    const periodMs = datapoints.periodSeconds * 1000;
    const perDay = DAY_MS / periodMs;
    const days = Math.ceil((datapoints.values.length - from) / perDay);
    const dayWidth = new Float64Array(days);
    const dayError = new Float64Array(days);
    const dayBanded = new Float64Array(days);
    const dayValued = new Float64Array(days);
    for (let i = from; i < datapoints.values.length; i++) {
        const lo = band.lower[i];
        const hi = band.upper[i];
        if (Number.isNaN(lo))
            continue;
        banded++;
        const day = Math.floor((i - from) / perDay);
        dayWidth[day] += hi - lo;
        dayBanded[day]++;
        if (possibleMinimum !== null && lo < possibleMinimum)
            belowMinimum++;
        if (lo < 0)
            belowZero++;
        if (lo < minLower)
            minLower = lo;
        if (hi > maxUpper)
            maxUpper = hi;
        const e = band.expected[i];
        if (e > 0) {
            const hour = Math.floor(((datapoints.startMs + i * periodMs) % DAY_MS) / HOUR_MS);
            widthSum[hour] += (hi - lo) / e;
            widthCount[hour]++;
        }
        const x = datapoints.values[i];
        if (Number.isNaN(x))
            continue;
        dayError[day] += Math.abs(x - e);
        dayValued[day]++;
        points++;
        if (x >= lo && x <= hi)
            inside++;
    }
    return {
        points,
        bandedShare: datapoints.values.length > from ? banded / (datapoints.values.length - from) : 0,
        coverage: points > 0 ? inside / points : Number.NaN,
        lowerBelowMinimumShare: possibleMinimum === null ? null : banded > 0 ? belowMinimum / banded : Number.NaN,
        lowerBelowZeroShare: banded > 0 ? belowZero / banded : Number.NaN,
        minLower,
        maxUpper,
        relativeWidthByHour: Array.from(widthSum, (s, h) => (widthCount[h] > 0 ? s / widthCount[h] : Number.NaN)),
        widthByDay: Array.from(dayWidth, (w, d) => (dayBanded[d] > 0 ? w / dayBanded[d] : Number.NaN)),
        errorByDay: Array.from(dayError, (w, d) => (dayValued[d] > 0 ? w / dayValued[d] : Number.NaN)),
    };
}
