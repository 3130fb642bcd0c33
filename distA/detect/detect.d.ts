import { type Datapoints } from '../alarm/aggregate.js';
import { type BandComparison } from '../alarm/classify.js';
import { type Transition } from '../alarm/evaluate.js';
import { type Band, type BandOptions } from '../band/seasonalBand.js';
import { type Statistic, type AlarmState, type TreatMissingData } from '../core/alarmTerms.js';
import type { Series } from '../core/series.js';
/** A band alarm run over a metric's own data: period and statistic, band, comparison and M of N. */
export interface DetectOptions {
    /** Alarm period, seconds; a multiple of the data's step. Default: the step (60 s if the step is shorter and divides 60). */
    periodSeconds?: number;
    /** Default `Average`. */
    statistic: Statistic;
    /** Default `LessThanLowerOrGreaterThanUpperThreshold`. */
    comparison: BandComparison;
    /** Default {@link DEFAULT_BAND_OPTIONS} (seasonal model: daily, k = 2, 14 days, per-bucket σ); `model` picks another band model. */
    band: BandOptions;
    /** N, default 3. */
    evaluationPeriods: number;
    /** M, default 3. */
    datapointsToAlarm: number;
    /** Default `missing` (CloudWatch's default). */
    treatMissingData: TreatMissingData;
}
/** bandsim's default alarm for replayed data: a daily per-bucket band, k = 2, 3 of 3, Average, on the data's step. */
export declare const DEFAULT_DETECT_OPTIONS: Readonly<DetectOptions>;
/** Everything an alarm did over the data. Arrays are per datapoint. */
export interface Detection {
    datapoints: Datapoints;
    band: Band;
    /** BREACHING (1), NOT_BREACHING (0), MISSING (−1). */
    classes: Int8Array;
    /** State codes after each datapoint's evaluation ({@link STATE_CODES}). */
    states: Uint8Array;
    transitions: Transition[];
    /** Datapoints whose evaluation turned the alarm to ALARM: the detections. */
    alarmStarts: number[];
    /** How far sample times were moved back onto the step's clock grid (NAB's :01, :06 become :00, :05). */
    offsetMs: number;
}
/**
 * Runs the band alarm over datapoints: band, classification and CloudWatch evaluation, no faults. The band is
 * causal, so each datapoint's verdict uses only earlier data.
 *
 * @example
 * const d = detect(aggregate(series, 300, 'Average'), DEFAULT_DETECT_OPTIONS);
 * d.alarmStarts; // datapoint indices where the alarm went to ALARM
 */
export declare function detect(datapoints: Datapoints, options: DetectOptions): Detection;
/**
 * The default alarm period for a series: its step, or 60 s when the step is shorter and divides a minute.
 *
 * @example
 * defaultPeriodSeconds(300); // 300
 */
export declare function defaultPeriodSeconds(stepSeconds: number): number;
/**
 * {@link detect} on a raw series: samples are moved onto the step's clock grid (as CloudWatch stamps a
 * datapoint with its period's start), the series is padded with missing samples to whole clock periods
 * (00:00, 01:00, ... for an hourly period), then aggregated with the statistic. `band.excludedTimeRanges` are
 * in the data's own clock and move back with the samples.
 *
 * @throws RangeError when the period is not a multiple of the step
 * @example
 * detectSeries(parseMetricData(text, 'cpu.csv'), { ...DEFAULT_DETECT_OPTIONS, periodSeconds: 3600 });
 */
export declare function detectSeries(series: Series, options: DetectOptions): Detection;
/**
 * What a user should know about a detection, one line each: `warning:` when the band's lower edge is above its
 * upper edge on some datapoints (a lower-edge clamp above the data: those datapoints breach whatever their
 * value, so the alarm sits in ALARM), and `note:` when a window model's window is shorter than two periods
 * (the models use at least 2 datapoints, so the window was widened to that). Empty when all is well.
 *
 * @example
 * detectionNotes(detectSeries(series, { ...DEFAULT_DETECT_OPTIONS, band: { ...DEFAULT_BAND_OPTIONS, model: 'awsPromql' } }), options);
 * // ['warning: the lower edge is above the upper edge on 4000 of 4032 datapoints (99%) ...'] for a metric around −50
 */
export declare function detectionNotes(d: Detection, options: DetectOptions): string[];
/** One row of the per-datapoint table. */
export interface DetectRow {
    /** Start of the datapoint's period, ISO 8601 UTC. */
    timestamp: string;
    value: number;
    expected: number;
    lower: number;
    upper: number;
    sigma: number;
    /** (value − expected) / σ; ±Infinity when σ = 0 and the value differs; NaN without a band. */
    distanceSigma: number;
    breaching: 'breaching' | 'ok' | 'missing';
    state: AlarmState;
    /** `OK->ALARM` style text for the datapoint whose evaluation changed the state, else empty. */
    transition: string;
}
/**
 * The per-datapoint table of a {@link Detection}.
 *
 * @example
 * detectionRows(detect(datapoints, DEFAULT_DETECT_OPTIONS))[0].state; // 'INSUFFICIENT_DATA'
 */
export declare function detectionRows(d: Detection): DetectRow[];
/**
 * NAB's anomaly score per input row: 1 on the row that completes a datapoint whose evaluation turned the
 * alarm to ALARM (the last row inside that period; the first row after it when the period has none), else 0.
 * A NAB detector may use a row's own value, so the period's last row is when the alarm could first fire.
 *
 * @param rowTimesMs each input row's time, in time order (as readMetricRows gives the rows)
 * @example
 * rowAnomalyScores(detection, rows.map((r) => r.timeMs)); // Uint8Array of 0/1, one per row
 */
export declare function rowAnomalyScores(d: Detection, rowTimesMs: ArrayLike<number>): Uint8Array;
