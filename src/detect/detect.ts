import { aggregate, type Datapoints } from '../alarm/aggregate.js';
import { classify, type BandComparison } from '../alarm/classify.js';
import { BREACHING, evaluateAlarm, MISSING, type Transition } from '../alarm/evaluate.js';
import { computeBand } from '../band/computeBand.js';
import { DEFAULT_BAND_OPTIONS, type Band, type BandOptions } from '../band/seasonalBand.js';
import { clampLowerOf, windowMinutesOf, WINDOW_MODELS } from '../band/options.js';
import { windowPointsOf } from '../band/models/windowSweep.js';
import { type Statistic, STATE_CODES, type AlarmState, type TreatMissingData } from '../core/alarmTerms.js';
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
export const DEFAULT_DETECT_OPTIONS: Readonly<DetectOptions> = Object.freeze({
  statistic: 'Average',
  comparison: 'LessThanLowerOrGreaterThanUpperThreshold',
  band: DEFAULT_BAND_OPTIONS,
  evaluationPeriods: 3,
  datapointsToAlarm: 3,
  treatMissingData: 'missing',
});

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
export function detect(datapoints: Datapoints, options: DetectOptions, band: Band = computeBand(datapoints, options.band)): Detection {
  const classes = classify(datapoints.values, { lower: band.lower, upper: band.upper }, options.comparison);
  const { states, transitions } = evaluateAlarm(classes, {
    evaluationPeriods: options.evaluationPeriods,
    datapointsToAlarm: options.datapointsToAlarm,
    treatMissingData: options.treatMissingData,
  });
  const alarmStarts = transitions.filter((t) => t.to === 'ALARM').map((t) => t.index);
  return { datapoints, band, classes, states, transitions, alarmStarts, offsetMs: 0 };
}

/**
 * The default alarm period for a series: its step, or 60 s when the step is shorter and divides a minute.
 *
 * @example
 * defaultPeriodSeconds(300); // 300
 */
export function defaultPeriodSeconds(stepSeconds: number): number {
  return stepSeconds >= 60 ? stepSeconds : 60 % stepSeconds === 0 ? 60 : stepSeconds;
}

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
export function detectSeries(series: Series, options: DetectOptions, cache?: DetectCache): Detection {
  const stepMs = series.stepSeconds * 1000;
  const periodSeconds = options.periodSeconds ?? defaultPeriodSeconds(series.stepSeconds);
  const periodMs = periodSeconds * 1000;
  if (periodMs % stepMs !== 0) {
    throw new RangeError(`detect: the period (${periodSeconds} s) must be a multiple of the data's step (${series.stepSeconds} s)`);
  }
  const offsetMs = ((series.startMs % stepMs) + stepMs) % stepMs;
  const onGrid = series.startMs - offsetMs;
  const startMs = Math.floor(onGrid / periodMs) * periodMs;
  const before = (onGrid - startMs) / stepMs;
  const ratio = periodMs / stepMs;
  const length = Math.ceil((before + series.values.length) / ratio) * ratio;
  const values = new Float64Array(length).fill(Number.NaN);
  values.set(series.values, before);
  // Cells holding several samples (rows sharing a period) keep them all, moved with their cell.
  const extra = series.extra && new Map(Array.from(series.extra, ([i, more]) => [i + before, more] as const));
  const datapointsKey = `${periodSeconds}/${options.statistic}`;
  let datapoints = cache?.datapoints.get(datapointsKey);
  if (!datapoints) {
    datapoints = aggregate({ startMs, stepSeconds: series.stepSeconds, values, extra }, periodSeconds, options.statistic);
    cache?.datapoints.set(datapointsKey, datapoints);
  }
  // Excluded ranges are in the data's own clock: they move back with the samples.
  const excludedTimeRanges = options.band.excludedTimeRanges.map((r) => ({ startMs: r.startMs - offsetMs, endMs: r.endMs - offsetMs }));
  const band = { ...options.band, excludedTimeRanges };
  const bandKey = `${datapointsKey}/${JSON.stringify(band)}`;
  let computed = cache?.bands.get(bandKey);
  if (!computed) {
    computed = computeBand(datapoints, band);
    cache?.bands.set(bandKey, computed);
  }
  return { ...detect(datapoints, { ...options, band }, computed), offsetMs };
}

/**
 * What {@link detectSeries} can keep between calls on the same series: datapoints by period and statistic,
 * bands by those and the band options. Settings that differ only in M of N, TreatMissingData or the
 * comparison then share one band (as a tune sweep's do).
 *
 * @example
 * const cache = newDetectCache();
 * for (const options of settings) detectSeries(series, options, cache);
 */
export interface DetectCache {
  datapoints: Map<string, Datapoints>;
  bands: Map<string, Band>;
}

/**
 * An empty {@link DetectCache}, for one series.
 *
 * @example
 * const cache = newDetectCache();
 */
export function newDetectCache(): DetectCache {
  return { datapoints: new Map(), bands: new Map() };
}

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
export function detectionNotes(d: Detection, options: DetectOptions): string[] {
  const notes: string[] = [];
  const { lower, upper } = d.band;
  let inverted = 0;
  let banded = 0;
  for (let i = 0; i < lower.length; i++) {
    if (lower[i] === lower[i]) banded++;
    if (lower[i] > upper[i]) inverted++;
  }
  if (inverted > 0) {
    const model = options.band.model ?? 'seasonal';
    const clamp = clampLowerOf(options.band);
    notes.push(
      `warning: the lower edge is above the upper edge on ${inverted} of ${banded} banded datapoints (${((100 * inverted) / banded).toFixed(0)}%): ` +
        `the lower edge is clamped at ${clamp}${options.band.clampLower === null ? ` (${model}'s default)` : ''} and the data lies below it, so those datapoints breach whatever their value; ` +
        `give a --clamp-lower below the data (e.g. --clamp-lower=-1e12), or "clampLower" in --settings`,
    );
  }
  const model = options.band.model ?? 'seasonal';
  if (WINDOW_MODELS.includes(model)) {
    const periodSeconds = d.datapoints.periodSeconds;
    const minutes = windowMinutesOf(options.band);
    if (minutes * 60 < 2 * periodSeconds) {
      const points = windowPointsOf(options.band, periodSeconds);
      notes.push(`note: the ${minutes}-minute window is shorter than two ${periodSeconds}-second periods; ${model} uses ${points} datapoints (${(points * periodSeconds) / 60} minutes)`);
    }
  }
  return notes;
}

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
export function detectionRows(d: Detection): DetectRow[] {
  const { values, startMs, periodSeconds } = d.datapoints;
  const changed = new Map(d.transitions.map((t) => [t.index, `${t.from}->${t.to}`]));
  const rows: DetectRow[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const expected = d.band.expected[i];
    const sigma = d.band.sigma[i];
    const diff = value - expected;
    const distanceSigma = sigma > 0 ? diff / sigma : diff === 0 ? 0 : diff > 0 ? Infinity : diff < 0 ? -Infinity : Number.NaN;
    rows.push({
      timestamp: new Date(startMs + i * periodSeconds * 1000).toISOString(),
      value,
      expected,
      lower: d.band.lower[i],
      upper: d.band.upper[i],
      sigma,
      distanceSigma,
      breaching: d.classes[i] === BREACHING ? 'breaching' : d.classes[i] === MISSING ? 'missing' : 'ok',
      state: STATE_CODES[d.states[i]],
      transition: changed.get(i) ?? '',
    });
  }
  return rows;
}

/**
 * NAB's anomaly score per input row: 1 on the row that completes a datapoint whose evaluation turned the
 * alarm to ALARM (the last row inside that period; the first row after it when the period has none), else 0.
 * A NAB detector may use a row's own value, so the period's last row is when the alarm could first fire.
 *
 * @param rowTimesMs each input row's time, in time order (as readMetricRows gives the rows)
 * @example
 * rowAnomalyScores(detection, rows.map((r) => r.timeMs)); // Uint8Array of 0/1, one per row
 */
export function rowAnomalyScores(d: Detection, rowTimesMs: ArrayLike<number>): Uint8Array {
  const { startMs, periodSeconds, values } = d.datapoints;
  const periodMs = periodSeconds * 1000;
  const n = rowTimesMs.length;
  const datapointOf = new Float64Array(n);
  for (let r = 0; r < n; r++) datapointOf[r] = Math.floor((rowTimesMs[r] - d.offsetMs - startMs) / periodMs);
  const lastRow = new Int32Array(values.length).fill(-1);
  for (let r = 0; r < n; r++) {
    const k = datapointOf[r];
    if (k >= 0 && k < values.length) lastRow[k] = r;
  }
  const scores = new Uint8Array(n);
  for (const k of d.alarmStarts) {
    let row = lastRow[k];
    if (row < 0) {
      for (let r = 0; r < n; r++) {
        if (datapointOf[r] > k) {
          row = r;
          break;
        }
      }
    }
    if (row >= 0) scores[row] = 1;
  }
  return scores;
}
