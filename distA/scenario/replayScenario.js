import { basename } from 'node:path';
import { DataError } from '../replay/dataError.js';
import { DAY_MS } from '../core/time.js';
import { DEFAULT_BAND_OPTIONS } from '../band/options.js';
import { fitBucketMinutes } from '../band/seasonality.js';
/** The default replay's band alarms evaluate 3 of 3 datapoints. */
const EVALUATION_PERIODS = 3;
/** A default fault lasts at least this many alarm periods, so that the 3-of-3 alarm has time to fire. */
const MIN_FAULT_PERIODS = 2 * EVALUATION_PERIODS;
/**
 * The scenario bandsim runs when it is given metric data instead of a scenario file: the data replayed
 * once per trial, half of it (at most 14 days) as warm-up, a per-bucket and a pooled daily band alarm
 * (k = 2, 3 of 3) on the data's own step (at least 60 s), and four faults at random onsets after the
 * warm-up: the metric drops to zero for an hour, stops being published for an hour, falls by half for two
 * hours, doubles for an hour. Copy the resolved configuration from `summary.json` into a scenario file to
 * change any of it.
 *
 * Fitted to the step: the band's buckets are the smallest whole number of periods of at least 15 minutes
 * that divides a day ({@link fitBucketMinutes}: 15 minutes for 1- or 5-minute data, 16 for 2- or 4-minute
 * data, 20 for 10-minute data, 60 for hourly data), and a fault lasts at least 6 periods (twice the alarm's 3 periods: a fault
 * shorter than 3 periods cannot be caught by a 3-of-3 alarm), which the description then says.
 *
 * @throws DataError when the data is too short to hold a warm-up, onsets and a fault
 * @example
 * parseScenario(JSON.stringify(replayScenario('cpu.csv', parseMetricData(text, 'cpu.csv'))), 'cpu.csv');
 */
export function replayScenario(file, data) {
    const { series } = data;
    const days = (series.values.length * series.stepSeconds * 1000) / DAY_MS;
    const periodSeconds = Math.max(60, series.stepSeconds);
    const periodMinutes = periodSeconds / 60;
    if (EVALUATION_PERIODS * periodSeconds > 86_400) {
        throw new DataError(file, [
            `the data's step is ${series.stepSeconds} s: the default replay's 3-of-3 alarm needs a step of at most 8 hours (CloudWatch evaluates at most a day of datapoints)`,
        ]);
    }
    const bucketSeconds = fitBucketMinutes('daily', periodSeconds) * 60;
    const minFaultMinutes = MIN_FAULT_PERIODS * periodMinutes;
    const faults = [
        { name: 'drops to zero', effects: [{ type: 'outage', as: 'zero' }], minutes: 60 },
        { name: 'no data', effects: [{ type: 'outage', as: 'noData' }], minutes: 60 },
        { name: 'falls by half', effects: [{ type: 'scale', factor: 0.5 }], minutes: 120 },
        { name: 'doubles', effects: [{ type: 'scale', factor: 2 }], minutes: 60 },
    ].map(({ minutes, ...fault }) => ({ ...fault, durationMinutes: Math.max(minutes, minFaultMinutes) }));
    const lengthened = minFaultMinutes > 60;
    const longestDays = (Math.max(...faults.map((f) => f.durationMinutes)) + EVALUATION_PERIODS * periodMinutes) / 1440;
    const round = (d) => roundTo(d, periodSeconds);
    const warmupDays = round(Math.min(14, days * 0.5));
    const rest = days - warmupDays - periodSeconds / 86_400;
    const tailDays = ceilTo(Math.max(2 / 24, longestDays, Math.min(1, rest * 0.2)), periodSeconds);
    const onsetSpreadDays = round(rest - tailDays);
    if (!(onsetSpreadDays > 0)) {
        throw new DataError(file, [
            `${days.toFixed(2)} days of data are too short for the default replay (a warm-up of half the data, then room for ${(tailDays * 24).toFixed(1)} hours of fault and detection): give a longer export`,
        ]);
    }
    let nonNegative = true;
    for (const x of series.values)
        if (x < 0)
            nonNegative = false;
    for (const samples of series.extra?.values() ?? [])
        for (const x of samples)
            if (x < 0)
                nonNegative = false;
    const band = (name, sigma) => ({
        name,
        type: 'band',
        periodSeconds,
        statistic: 'Average',
        evaluationPeriods: EVALUATION_PERIODS,
        datapointsToAlarm: EVALUATION_PERIODS,
        band: { seasonality: 'daily', k: DEFAULT_BAND_OPTIONS.k, sigma, bucketMinutes: bucketSeconds / 60 },
    });
    return {
        name: basename(file).replace(/\.[^.]+$/, ''),
        description: `Replay of ${basename(file)} with bandsim's default alarms and faults.` +
            (lengthened
                ? ` Faults last at least ${minFaultMinutes} minutes (${MIN_FAULT_PERIODS} periods of ${periodMinutes} min): a fault shorter than ${EVALUATION_PERIODS} periods cannot be caught by a ${EVALUATION_PERIODS}-of-${EVALUATION_PERIODS} alarm.`
                : ''),
        seed: 1,
        trials: 50,
        start: new Date(series.startMs - (series.startMs % (periodSeconds * 1000))).toISOString(),
        // The data sets the step (attachReplayData); this field only keeps within the schema's range.
        stepSeconds: Math.min(series.stepSeconds, 3600),
        warmupDays,
        onsetSpreadDays,
        tailDays,
        possibleMinimum: nonNegative ? 0 : null,
        series: { generator: 'replay', file },
        alarms: [band('band', 'perBucket'), band('band (pooled σ)', 'pooled')],
        faults,
    };
}
/** Days rounded down to whole periods, so that the warm-up ends (and onsets fall) on a datapoint. */
function roundTo(days, periodSeconds) {
    const periodDays = periodSeconds / 86_400;
    return Math.floor(days / periodDays + 1e-9) * periodDays;
}
/** Days rounded up to whole periods. */
function ceilTo(days, periodSeconds) {
    const periodDays = periodSeconds / 86_400;
    return Math.ceil(days / periodDays - 1e-9) * periodDays;
}
