import { aggregate, type Datapoints } from './alarm/aggregate.js';
import { classify } from './alarm/classify.js';
import { evaluateAlarm, evaluateSpan, resumeAlarm, type Evaluation, type EvaluationOptions } from './alarm/evaluate.js';
import {
  resumeSeasonalBand,
  seasonalBandsWithCheckpoints,
  shareSweep,
  type Band,
  type BandBuffers,
  type BandCheckpoint,
} from './band/seasonalBand.js';
import { computeBand } from './band/computeBand.js';
import { applyFault } from './faults/applyFault.js';
import { detectionWindowMs, drawOnset, faultSpanMs } from './faults/drawOnset.js';
import { generateSeries } from './generate/generateSeries.js';
import { explainOutcome } from './metrics/missReason.js';
import type { ControlOutcome, FaultOutcome, TrialOutcome } from './metrics/outcomes.js';
import { alarmsPerDay, bandFit, detect, evaluatedAt, lastAlarmDaysAfter } from './metrics/trialMetrics.js';
import { summarize, type Summary } from './metrics/summarize.js';
import { createRng } from './random/rng.js';
import type { Alarm, Scenario, Variant } from './scenario/parseScenario.js';
import { TREATMENTS, type TreatMissingData } from './core/alarmTerms.js';
import type { Series } from './core/series.js';
import { DAY_MS, MINUTE_MS } from './core/time.js';

export { TREATMENTS } from './core/alarmTerms.js';
export type { ControlOutcome, FaultOutcome, TrialOutcome } from './metrics/outcomes.js';

/** One alarm's datapoints, band and states over a chart window of the representative trial. */
export interface Trace {
  alarm: string;
  startMs: number;
  periodSeconds: number;
  values: number[];
  expected: number[] | null;
  lower: number[] | null;
  upper: number[] | null;
  /** Static alarms: their threshold(s). */
  threshold: { lower: number | null; upper: number | null } | null;
  breaching: number[];
  states: number[];
}

/** A run of the representative trial (trial 0) kept for charts: a fault run, or the control run (fault null). */
export interface RepresentativeRun {
  variant: string;
  fault: string | null;
  onsetMs: number | null;
  faultEndMs: number | null;
  /** True for the whole control run of a replayed series (the replay view); false for a window around a fault. */
  whole?: boolean;
  traces: Trace[];
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Called after each trial of each variant with (done, total). Default: none. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Only the trials' outcomes: no summary (its bootstrap intervals) and no representative runs for charts,
   * for callers that read the outcomes alone (a tune sweep). The outcomes are the same. Default false.
   */
  outcomesOnly?: boolean;
}

/** The result of a simulation: the summary (JSON-ready) and trial 0's runs for charts. */
export interface Simulation {
  summary: Summary;
  representative: RepresentativeRun[];
  outcomes: TrialOutcome[];
}

/** The result of a simulation with `outcomesOnly`: the outcomes in (variant, trial) order. */
export type SimulationOutcomes = Pick<Simulation, 'outcomes'>;

/**
 * What one (variant, trial) pair produced: its outcome and, for trial 0, the runs kept for charts.
 * Plain data, so it can cross a worker boundary unchanged.
 */
export interface TrialResult {
  outcome: TrialOutcome;
  representative: RepresentativeRun[];
}

/**
 * Runs a scenario: for every variant and trial, generates the series, measures every alarm on the
 * fault-free run, then applies each fault at its own onset and measures how each alarm met it.
 * Deterministic: the same scenario (seed included) gives the same result. Runs on the calling thread;
 * {@link simulateParallel} spreads the same trials over worker threads with the same result.
 *
 * @example
 * const { summary } = simulate(parseScenario(text, 'scenarios/dice.json'));
 * const { outcomes } = simulate(scenario, { outcomesOnly: true }); // no summary, no runs for charts
 */
export function simulate(scenario: Scenario, options: SimulateOptions & { outcomesOnly: true }): SimulationOutcomes;
export function simulate(scenario: Scenario, options?: SimulateOptions): Simulation;
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation | SimulationOutcomes {
  const total = trialCount(scenario);
  const results: TrialResult[] = [];
  for (let index = 0; index < total; index++) {
    results.push(runTrialAt(scenario, index, !options.outcomesOnly));
    options.onProgress?.(index + 1, total);
  }
  return options.outcomesOnly ? { outcomes: results.map((result) => result.outcome) } : assembleSimulation(scenario, results);
}

/**
 * How many (variant, trial) pairs a scenario runs: variants × trials. Pair `index` is trial
 * `index % trials` of variant `floor(index / trials)`: variants in order, trials in order within each.
 *
 * @example
 * trialCount(scenario); // 2 variants × 20 trials = 40
 */
export function trialCount(scenario: Scenario): number {
  return scenario.variants.length * scenario.trials;
}

/**
 * Runs pair `index` (see {@link trialCount}) and keeps trial 0's runs for charts (unless `keepRepresentative`
 * is false; default true). Each pair draws only from its own seeded streams, so pairs can run in any order,
 * on any thread, with the same result.
 *
 * @example
 * const { outcome } = runTrialAt(scenario, 0); // trial 0 of the first variant
 */
export function runTrialAt(scenario: Scenario, index: number, keepRepresentative = true): TrialResult {
  const variant = scenario.variants[Math.floor(index / scenario.trials)];
  const trial = index % scenario.trials;
  const representative: RepresentativeRun[] = [];
  const outcome = runTrial(scenario, variant, trial, trial === 0 && keepRepresentative ? representative : null);
  return { outcome, representative };
}

/**
 * Puts the results of every pair, given in pair order, together into a {@link Simulation}: the outcomes
 * in (variant, trial) order, the representative runs of each variant's trial 0, and their summary.
 *
 * @example
 * const simulation = assembleSimulation(scenario, [runTrialAt(scenario, 0), runTrialAt(scenario, 1)]);
 */
export function assembleSimulation(scenario: Scenario, results: readonly TrialResult[]): Simulation {
  const outcomes = results.map((result) => result.outcome);
  const representative = results.flatMap((result) => result.representative);
  return { summary: summarize(scenario, outcomes), representative, outcomes };
}

/**
 * One trial of one variant, as a table of contents of the pipeline:
 * 1. generate the series from the trial's `generate` stream;
 * 2. draw each fault's onset from its own stream and apply it;
 * 3. measure every alarm on the fault-free run (false alarms, band fit, static thresholds), keeping its band
 *    and evaluation state where each fault run departs from it;
 * 4. for each fault: compute every alarm from that departure on (before it, a fault run is the control run)
 *    and measure how it met the fault.
 */
export function runTrial(
  scenario: Scenario,
  variant: Variant,
  trial: number,
  keep: RepresentativeRun[] | null,
): TrialOutcome {
  const streams = [String(trial), variant.name];
  const length = Math.round(((scenario.warmupDays + scenario.onsetSpreadDays + scenario.tailDays) * DAY_MS) / (scenario.stepSeconds * 1000));
  const warmupEndMs = scenario.startMs + scenario.warmupDays * DAY_MS;
  const endMs = scenario.startMs + length * scenario.stepSeconds * 1000;
  const stepMs = scenario.stepSeconds * 1000;

  // 1. Generate.
  const generated = generateSeries(
    variant.series,
    createRng(scenario.seed, ...streams, 'generate'),
    scenario.startMs,
    scenario.stepSeconds,
    length,
    variant.data,
  );

  // 2. Each fault at its onset, and the first sample where it changes the series.
  const faulted = scenario.faults
    .filter((fault) => fault.variants.includes(variant.name))
    .map((fault) => {
      const avoid = variant.labels && { windows: variant.labels, spanMs: faultSpanMs(fault, scenario.alarms) };
      const onsetMs = drawOnset(scenario, fault.onset.timeOfDay, createRng(scenario.seed, ...streams, 'fault', fault.name), avoid);
      const start = (onsetMs - scenario.startMs) / stepMs;
      const faultEndMs = fault.durationMinutes === null ? endMs : Math.min(endMs, onsetMs + fault.durationMinutes * MINUTE_MS);
      const series = applyFault(generated, fault.effects, { start, end: (faultEndMs - scenario.startMs) / stepMs });
      // applyFault changes no sample before the window's start, so the search starts there.
      return { fault, onsetMs, faultEndMs, series, changedFrom: firstDifference(generated.series.values, series.values, Math.max(0, Math.ceil(start))) };
    });

  // 3. The fault-free run.
  const control = runControl(scenario, generated.series, faulted.map((f) => f.changedFrom));
  const thresholds = control.map((run) => run.threshold);
  const controlOutcomes = control.map<ControlOutcome>((run, a) => ({
    alarmsPerDay: alarmsPerDay(run.evaluation, run.datapoints, warmupEndMs, endMs),
    evaluationDays: (endMs - warmupEndMs) / DAY_MS,
    fit: run.band ? bandFit(run.band, run.datapoints, indexAt(run.datapoints, warmupEndMs), scenario.possibleMinimum) : null,
    threshold: scenario.alarms[a].type === 'static' ? thresholds[a]!.value : null,
  }));
  if (keep) keep.push(keepRun(scenario, variant.name, null, control, null, null, endMs - 8 * 3600_000, endMs));
  if (keep && variant.series.generator === 'replay') keep.push({ ...keepRun(scenario, variant.name, null, control, null, null, scenario.startMs, endMs), whole: true });

  // 4. Each fault.
  const faults: TrialOutcome['faults'] = [];
  const scratch: FaultScratch = { bands: new Map(), values: new Map(), classes: [], states: [] };
  const spanBuffers = new Map<number, Uint8Array>();
  for (const { fault, onsetMs, faultEndMs, series, changedFrom } of faulted) {
    const runs = runFault(scenario, control, series, changedFrom, scratch);
    const alarms = runs.map((run, a) => measureFault(scenario.alarms[a], fault, run, onsetMs, { warmupEndMs, endMs }, spanBuffers));
    faults.push({ fault: fault.name, onsetMs, alarms });
    if (keep) {
      const window = faultChartWindow(fault, onsetMs, faultEndMs, endMs);
      keep.push(keepRun(scenario, variant.name, fault.name, runs, onsetMs, faultEndMs, window.fromMs, window.toMs));
    }
  }
  return { trial, variant: variant.name, control: controlOutcomes, faults };
}

/**
 * How one alarm met one fault: latency (under its own TreatMissingData and the other three), whether it was
 * already in ALARM, false alarms outside the detection horizon, and why a miss was a miss.
 */
function measureFault(
  alarm: Alarm,
  fault: Scenario['faults'][number],
  run: AlarmRun,
  onsetMs: number,
  { warmupEndMs, endMs }: { warmupEndMs: number; endMs: number },
  spanBuffers: Map<number, Uint8Array>,
): FaultOutcome {
  const horizonMs = detectionHorizonMs(fault, alarm, onsetMs, endMs);
  const detection = detect(run.evaluation, run.datapoints, onsetMs, horizonMs);
  const latencyByTreatment = {} as Record<TreatMissingData, number | null>;
  for (const treatment of TREATMENTS) {
    latencyByTreatment[treatment] =
      treatment === alarm.treatMissingData
        ? detection.latencyMinutes
        : detectUnder(alarm, treatment, run, onsetMs, horizonMs, spanBuffers).latencyMinutes;
  }
  const horizonEnd = Math.min(endMs, onsetMs + horizonMs);
  const falseAlarms = alarmsPerDay(run.evaluation, run.datapoints, warmupEndMs, endMs, onsetMs, horizonEnd).reduce((s, x) => s + x, 0);
  return {
    latencyMinutes: detection.latencyMinutes,
    alreadyInAlarm: detection.alreadyInAlarm,
    latencyByTreatment,
    falseAlarms,
    faultFreeDays: (endMs - warmupEndMs - (horizonEnd - onsetMs)) / DAY_MS,
    lastAlarmDaysAfterOnset: fault.durationMinutes === null ? lastAlarmDaysAfter(run.evaluation, run.datapoints, onsetMs) : null,
    explanation: explainOutcome(run.evaluation, run.classes, run.datapoints, onsetMs, horizonMs, detection.latencyMinutes, alarm),
  };
}

/** How long after onset a detection counts (see {@link detectionWindowMs}; to the end for a fault that lasts). */
function detectionHorizonMs(fault: Scenario['faults'][number], alarm: Alarm, onsetMs: number, endMs: number): number {
  return detectionWindowMs(fault, alarm) ?? endMs - onsetMs;
}

/** The hours a trial chart shows: a fault whole with context around, or a fault that lasts to the end for its first 12 hours. */
function faultChartWindow(fault: Scenario['faults'][number], onsetMs: number, faultEndMs: number, endMs: number): { fromMs: number; toMs: number } {
  const before = fault.durationMinutes === null ? 6 * 3600_000 : Math.max(3 * 3600_000, (faultEndMs - onsetMs) * 0.5);
  const to = fault.durationMinutes === null ? onsetMs + 12 * 3600_000 : faultEndMs + Math.max(3 * 3600_000, (faultEndMs - onsetMs) * 0.5);
  return { fromMs: onsetMs - before, toMs: Math.min(endMs, to) };
}

interface AlarmRun {
  datapoints: Datapoints;
  band: Band | null;
  threshold: { value: number; lower: number; upper: number } | null;
  classes: Int8Array;
  evaluation: Evaluation;
  /** First datapoint computed for this run (0 for the control run; a fault run copies the control run before it). */
  from: number;
}

/** The control run of one alarm, with what fault runs resume from. */
interface ControlRun extends AlarmRun {
  /** Band alarms: the band sweep's state at each datapoint where a fault run departs. */
  checkpoints: Map<number, BandCheckpoint>;
}

/** A fault run's band arrays, reused by the next fault: they hold the control run's band before `equalsControlBefore`. */
interface ReusedBand {
  buffers: BandBuffers;
  equalsControlBefore: number;
}

/** The arrays fault runs write into, reused from one fault to the next (fresh memory costs more than the copy). */
interface FaultScratch {
  /** By band key (period, statistic, band options). */
  bands: Map<string, ReusedBand>;
  /** Datapoints, by period and statistic. */
  values: Map<string, Float64Array>;
  /** Classes and states, by alarm. */
  classes: Int8Array[];
  states: Uint8Array[];
}

/** `source` copied into `target` when it has the same length, else into a new array. */
function copyInto<T extends Float64Array | Int8Array>(target: T | undefined, source: T): T {
  if (target === undefined || target.length !== source.length) return source.slice() as T;
  target.set(source);
  return target;
}

/** The first index at or after `from` where two series differ (NaN equals NaN, 0 differs from −0); their length if nowhere. */
function firstDifference(a: Float64Array, b: Float64Array, from: number): number {
  for (let i = from; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length;
}

/** The datapoint of `datapoints` that holds sample `sample` of a series with `stepSeconds` (its length if none). */
function datapointOf(datapoints: Datapoints, stepSeconds: number, sample: number): number {
  return Math.min(datapoints.values.length, Math.floor(sample / (datapoints.periodSeconds / stepSeconds)));
}

/**
 * Aggregates, bands, classifies and evaluates every alarm on the fault-free series. Band sweeps keep their
 * state at the datapoints that hold the samples `departures` (where fault runs start to differ).
 */
function runControl(scenario: Scenario, series: Series, departures: number[]): ControlRun[] {
  const datapointCache = new Map<string, Datapoints>();
  const bandCache = new Map<string, { band: Band; checkpoints: Map<number, BandCheckpoint> }>();
  const warmupEndMs = scenario.startMs + scenario.warmupDays * DAY_MS;
  return scenario.alarms.map((alarm) => {
    const key = `${alarm.periodSeconds}/${alarm.statistic}`;
    let datapoints = datapointCache.get(key);
    if (!datapoints) {
      datapoints = aggregate(series, alarm.periodSeconds, alarm.statistic);
      datapointCache.set(key, datapoints);
    }
    let band: Band | null = null;
    let checkpoints = new Map<number, BandCheckpoint>();
    let threshold: AlarmRun['threshold'] = null;
    let classes: Int8Array;
    if (alarm.type === 'band') {
      const bandKey = `${key}/${JSON.stringify(alarm.band)}`;
      let cached = bandCache.get(bandKey);
      if (!cached) {
        if ((alarm.band.model ?? 'seasonal') === 'seasonal') {
          // Every later band alarm on the same datapoints whose bucket statistics are this band's (another k,
          // σ kind or clamp) comes from the same sweep, with the same checkpoints.
          // (This alarm's band alone when it shares with none, itself included: trainOnBreaching false.)
          const siblings = new Map([[bandKey, alarm.band]]);
          for (const other of scenario.alarms) {
            if (other.type !== 'band' || `${other.periodSeconds}/${other.statistic}` !== key || !shareSweep(other.band, alarm.band)) continue;
            siblings.set(`${key}/${JSON.stringify(other.band)}`, other.band);
          }
          const at = departures.map((sample) => datapointOf(datapoints!, series.stepSeconds, sample));
          const result = seasonalBandsWithCheckpoints(datapoints, [...siblings.values()], at);
          const shared = new Map(result.checkpoints.map((c) => [c.index, c]));
          [...siblings.keys()].forEach((siblingKey, j) => bandCache.set(siblingKey, { band: result.bands[j], checkpoints: shared }));
          cached = bandCache.get(bandKey)!;
        } else {
          // Other models keep no checkpoints: fault runs recompute their band (see runFault).
          cached = { band: computeBand(datapoints, alarm.band), checkpoints: new Map() };
        }
        bandCache.set(bandKey, cached);
      }
      band = cached.band;
      checkpoints = cached.checkpoints;
      classes = classify(datapoints.values, band, alarm.comparison);
    } else {
      threshold = resolveThreshold(alarm, datapoints, warmupEndMs);
      classes = classify(datapoints.values, threshold, alarm.comparison);
    }
    const evaluation = evaluateAlarm(classes, evaluationOptions(alarm, alarm.treatMissingData));
    return { datapoints, band, threshold, classes, evaluation, from: 0, checkpoints };
  });
}

/**
 * {@link detect} on a run evaluated under another TreatMissingData setting. Detection reads the states from
 * the datapoint before the onset's to the horizon's end only, so only those are evaluated (from the run's
 * configured evaluation, see {@link evaluateSpan}), into a buffer reused across faults (`buffers`, by length).
 */
function detectUnder(
  alarm: Alarm,
  treatment: TreatMissingData,
  run: AlarmRun,
  onsetMs: number,
  horizonMs: number,
  buffers: Map<number, Uint8Array>,
): ReturnType<typeof detect> {
  const { datapoints } = run;
  const n = datapoints.values.length;
  const first = Math.max(0, Math.floor((onsetMs - datapoints.startMs) / (datapoints.periodSeconds * 1000)));
  let to = Math.min(first, n);
  while (to < n && evaluatedAt(datapoints, to) < onsetMs + horizonMs) to++;
  let states = buffers.get(n);
  if (!states) {
    states = new Uint8Array(n);
    buffers.set(n, states);
  }
  evaluateSpan(run.classes, evaluationOptions(alarm, treatment), run.evaluation, Math.max(0, Math.min(first, n) - 1), to, states);
  return detect({ states, transitions: [] }, datapoints, onsetMs, horizonMs);
}

/**
 * Every alarm on a fault's series, which equals the control series before sample `changedFrom`: the
 * datapoints, band, classes and evaluation before the datapoint holding that sample are the control run's
 * (the band at a datapoint depends only on earlier ones; the evaluator is a state machine), so only the
 * rest is computed. Static thresholds stay those resolved on the control run. Band outputs are written into
 * `scratch`, as are the datapoints, classes and states: a fault run is read before the next one starts.
 */
function runFault(
  scenario: Scenario,
  control: ControlRun[],
  series: Series,
  changedFrom: number,
  scratch: FaultScratch,
): AlarmRun[] {
  const datapointCache = new Map<string, Datapoints>();
  const bandCache = new Map<string, Band>();
  return scenario.alarms.map((alarm, a) => {
    const base = control[a];
    const from = datapointOf(base.datapoints, series.stepSeconds, changedFrom);
    const key = `${alarm.periodSeconds}/${alarm.statistic}`;
    let datapoints = datapointCache.get(key);
    if (!datapoints) {
      datapoints = { ...base.datapoints, values: copyInto(scratch.values.get(key), base.datapoints.values) };
      scratch.values.set(key, datapoints.values);
      const ratio = alarm.periodSeconds / series.stepSeconds;
      const n = datapoints.values.length;
      if (from < n) {
        const rest: Series = {
          startMs: series.startMs + from * alarm.periodSeconds * 1000,
          stepSeconds: series.stepSeconds,
          values: series.values.subarray(from * ratio, n * ratio),
        };
        datapoints.values.set(aggregate(rest, alarm.periodSeconds, alarm.statistic).values, from);
      }
      datapointCache.set(key, datapoints);
    }
    const classes = copyInto(scratch.classes[a], base.classes);
    scratch.classes[a] = classes;
    let band: Band | null = null;
    if (alarm.type === 'band') {
      const bandKey = `${key}/${JSON.stringify(alarm.band)}`;
      band = bandCache.get(bandKey) ?? null;
      if (!band) {
        const reused = scratch.bands.get(bandKey);
        // The seasonal band resumes from the control run's checkpoint at the departure. Other models sweep the
        // whole fault run: by causality their band before `from` equals the control run's, as the rest assumes.
        band =
          (alarm.band.model ?? 'seasonal') === 'seasonal'
            ? resumeSeasonalBand(datapoints, alarm.band, base.band!, base.checkpoints.get(from)!, {
                reuse: reused?.buffers,
                reuseEqualsPriorBefore: reused?.equalsControlBefore,
                priorValues: base.datapoints.values,
              })
            : computeBand(datapoints, alarm.band, reused?.buffers);
        bandCache.set(bandKey, band);
        scratch.bands.set(bandKey, { buffers: band, equalsControlBefore: from });
      }
      const edges = { lower: band.lower.subarray(from), upper: band.upper.subarray(from) };
      classes.set(classify(datapoints.values.subarray(from), edges, alarm.comparison), from);
    } else {
      classes.set(classify(datapoints.values.subarray(from), base.threshold!, alarm.comparison), from);
    }
    const evaluation = resumeAlarm(classes, evaluationOptions(alarm, alarm.treatMissingData), base.evaluation, from, scratch.states[a]);
    scratch.states[a] = evaluation.states;
    return { datapoints, band, threshold: base.threshold, classes, evaluation, from };
  });
}

function evaluationOptions(alarm: Alarm, treatMissingData: TreatMissingData): EvaluationOptions {
  return { evaluationPeriods: alarm.evaluationPeriods, datapointsToAlarm: alarm.datapointsToAlarm, treatMissingData };
}

/**
 * A static alarm's threshold(s). `percentOfRecentMax` is set the way a person would set it before going
 * live: that percentage of the highest datapoint in the last `days` days of the warm-up.
 */
function resolveThreshold(
  alarm: Extract<Alarm, { type: 'static' }>,
  datapoints: Datapoints,
  warmupEndMs: number,
): { value: number; lower: number; upper: number } {
  if (alarm.comparison === 'LessThanLowerOrGreaterThanUpperThreshold') {
    return { value: Number.NaN, lower: alarm.lower!, upper: alarm.upper! };
  }
  let value: number;
  if (typeof alarm.threshold === 'number') {
    value = alarm.threshold;
  } else {
    const spec = alarm.threshold!;
    // Only datapoints wholly inside the last `days` of the warm-up.
    const to = Math.floor((warmupEndMs - datapoints.startMs) / (datapoints.periodSeconds * 1000));
    const from = Math.max(0, indexAt(datapoints, warmupEndMs - spec.days * DAY_MS));
    let max = Number.NEGATIVE_INFINITY;
    for (let i = from; i < to; i++) if (datapoints.values[i] > max) max = datapoints.values[i];
    value = (max * spec.percentOfRecentMax) / 100;
  }
  return { value, lower: value, upper: value };
}

function indexAt(datapoints: Datapoints, timeMs: number): number {
  return Math.max(0, Math.min(datapoints.values.length, Math.ceil((timeMs - datapoints.startMs) / (datapoints.periodSeconds * 1000))));
}

function keepRun(
  scenario: Scenario,
  variant: string,
  fault: string | null,
  runs: AlarmRun[],
  onsetMs: number | null,
  faultEndMs: number | null,
  fromMs: number,
  toMs: number,
): RepresentativeRun {
  const traces = runs.map<Trace>((run, a) => {
    const from = indexAt(run.datapoints, fromMs);
    const to = indexAt(run.datapoints, toMs);
    const slice = (xs: Float64Array) => Array.from(xs.subarray(from, to), round4);
    return {
      alarm: scenario.alarms[a].name,
      startMs: run.datapoints.startMs + from * run.datapoints.periodSeconds * 1000,
      periodSeconds: run.datapoints.periodSeconds,
      values: slice(run.datapoints.values),
      expected: run.band ? slice(run.band.expected) : null,
      lower: run.band ? slice(run.band.lower) : null,
      upper: run.band ? slice(run.band.upper) : null,
      threshold: run.threshold
        ? Number.isNaN(run.threshold.value)
          ? { lower: run.threshold.lower, upper: run.threshold.upper }
          : scenario.alarms[a].comparison.startsWith('Less')
            ? { lower: run.threshold.value, upper: null }
            : { lower: null, upper: run.threshold.value }
        : null,
      breaching: Array.from(run.classes.subarray(from, to)),
      states: Array.from(run.evaluation.states.subarray(from, to)),
    };
  });
  return { variant, fault, onsetMs, faultEndMs, traces };
}

function round4(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(5)) : x;
}
