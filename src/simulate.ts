import { aggregate, type Datapoints } from './alarm/aggregate.js';
import { classify } from './alarm/classify.js';
import { evaluateAlarm, type Evaluation, type TreatMissingData } from './alarm/evaluate.js';
import { seasonalBand, type Band } from './band/seasonalBand.js';
import { applyFault } from './faults/applyFault.js';
import { drawOnset } from './faults/drawOnset.js';
import { generateSeries } from './generate/generateSeries.js';
import { DAY_MS, MINUTE_MS, type Series } from './generate/series.js';
import { alarmsPerDay, bandFit, detect, lastAlarmDaysAfter, type BandFit } from './metrics/trialMetrics.js';
import { summarize, type Summary } from './metrics/summarize.js';
import { createRng } from './random/rng.js';
import type { Alarm, Scenario, Variant } from './scenario/parseScenario.js';

/** Every TreatMissingData setting, in CloudWatch's order; each fault is also evaluated under all four. */
export const TREATMENTS: readonly TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];

/** One alarm in one fault-free (control) run. */
export interface ControlOutcome {
  /** Transitions to ALARM per day of the evaluation period (after the warm-up); the last day may be partial. */
  alarmsPerDay: number[];
  /** Length of the evaluation period, days (exact). */
  evaluationDays: number;
  /** Band alarms only. */
  fit: BandFit | null;
  /** The threshold a static alarm used (resolved from data for `percentOfRecentMax`). */
  threshold: number | null;
}

/** One alarm against one fault in one trial. */
export interface FaultOutcome {
  latencyMinutes: number | null;
  alreadyInAlarm: boolean;
  /** Latency under each TreatMissingData setting (the configured one included). */
  latencyByTreatment: Record<TreatMissingData, number | null>;
  /** Transitions to ALARM in the evaluation period outside [onset, onset + horizon). */
  falseAlarms: number;
  /** Days of the evaluation period outside [onset, onset + horizon). */
  faultFreeDays: number;
  /** For faults that last until the end: how long after onset the alarm was last in ALARM, days. */
  lastAlarmDaysAfterOnset: number | null;
}

/** What one trial of one variant measured. */
export interface TrialOutcome {
  trial: number;
  variant: string;
  control: ControlOutcome[];
  faults: Array<{ fault: string; onsetMs: number; alarms: FaultOutcome[] }>;
}

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
  traces: Trace[];
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Called after each trial of each variant with (done, total). Default: none. */
  onProgress?: (done: number, total: number) => void;
}

/** The result of a simulation: the summary (JSON-ready) and trial 0's runs for charts. */
export interface Simulation {
  summary: Summary;
  representative: RepresentativeRun[];
  outcomes: TrialOutcome[];
}

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
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const total = trialCount(scenario);
  const results: TrialResult[] = [];
  for (let index = 0; index < total; index++) {
    results.push(runTrialAt(scenario, index));
    options.onProgress?.(index + 1, total);
  }
  return assembleSimulation(scenario, results);
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
 * Runs pair `index` (see {@link trialCount}) and keeps trial 0's runs for charts. Each pair draws only from
 * its own seeded streams, so pairs can run in any order, on any thread, with the same result.
 *
 * @example
 * const { outcome } = runTrialAt(scenario, 0); // trial 0 of the first variant
 */
export function runTrialAt(scenario: Scenario, index: number): TrialResult {
  const variant = scenario.variants[Math.floor(index / scenario.trials)];
  const trial = index % scenario.trials;
  const representative: RepresentativeRun[] = [];
  const outcome = runTrial(scenario, variant, trial, trial === 0 ? representative : null);
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
 * 2. measure every alarm on the fault-free run (false alarms, band fit, static thresholds);
 * 3. for each fault: draw its onset from its own stream, apply it, measure every alarm against it.
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

  // 1. Generate.
  const generated = generateSeries(
    variant.series,
    createRng(scenario.seed, ...streams, 'generate'),
    scenario.startMs,
    scenario.stepSeconds,
    length,
    variant.data,
  );

  // 2. The fault-free run.
  const control = runAlarms(scenario, generated.series, null);
  const thresholds = control.map((run) => run.threshold);
  const controlOutcomes = control.map<ControlOutcome>((run, a) => ({
    alarmsPerDay: alarmsPerDay(run.evaluation, run.datapoints, warmupEndMs, endMs),
    evaluationDays: (endMs - warmupEndMs) / DAY_MS,
    fit: run.band ? bandFit(run.band, run.datapoints, indexAt(run.datapoints, warmupEndMs), scenario.possibleMinimum) : null,
    threshold: scenario.alarms[a].type === 'static' ? thresholds[a]!.value : null,
  }));
  if (keep) keep.push(keepRun(scenario, variant.name, null, control, null, null, endMs - 8 * 3600_000, endMs));

  // 3. Each fault.
  const faults: TrialOutcome['faults'] = [];
  for (const fault of scenario.faults) {
    if (!fault.variants.includes(variant.name)) continue;
    const onsetMs = drawOnset(scenario, fault.onset.timeOfDay, createRng(scenario.seed, ...streams, 'fault', fault.name));
    const stepMs = scenario.stepSeconds * 1000;
    const start = (onsetMs - scenario.startMs) / stepMs;
    const faultEndMs = fault.durationMinutes === null ? endMs : Math.min(endMs, onsetMs + fault.durationMinutes * MINUTE_MS);
    const series = applyFault(generated, fault.effects, { start, end: (faultEndMs - scenario.startMs) / stepMs });
    const runs = runAlarms(scenario, series, thresholds);
    const alarms = runs.map<FaultOutcome>((run, a) => {
      const alarm = scenario.alarms[a];
      const horizonMs =
        fault.horizonMinutes !== undefined
          ? fault.horizonMinutes * MINUTE_MS
          : fault.durationMinutes === null
            ? endMs - onsetMs
            : fault.durationMinutes * MINUTE_MS + alarm.evaluationPeriods * alarm.periodSeconds * 1000;
      const detection = detect(run.evaluation, run.datapoints, onsetMs, horizonMs);
      const latencyByTreatment = {} as Record<TreatMissingData, number | null>;
      for (const treatment of TREATMENTS) {
        const evaluation = treatment === alarm.treatMissingData ? run.evaluation : evaluate(alarm, run.classes, treatment);
        latencyByTreatment[treatment] = detect(evaluation, run.datapoints, onsetMs, horizonMs).latencyMinutes;
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
      };
    });
    faults.push({ fault: fault.name, onsetMs, alarms });
    if (keep) {
      const before = fault.durationMinutes === null ? 6 * 3600_000 : Math.max(3 * 3600_000, (faultEndMs - onsetMs) * 0.5);
      // A fault that lasts to the end is shown for its first 12 hours; others whole, with context around.
      const to = fault.durationMinutes === null ? onsetMs + 12 * 3600_000 : faultEndMs + Math.max(3 * 3600_000, (faultEndMs - onsetMs) * 0.5);
      keep.push(keepRun(scenario, variant.name, fault.name, runs, onsetMs, faultEndMs, onsetMs - before, Math.min(endMs, to)));
    }
  }
  return { trial, variant: variant.name, control: controlOutcomes, faults };
}

interface AlarmRun {
  datapoints: Datapoints;
  band: Band | null;
  threshold: { value: number; lower: number; upper: number } | null;
  classes: Int8Array;
  evaluation: Evaluation;
}

/** Aggregates, bands, classifies and evaluates every alarm of the scenario on one series. */
function runAlarms(scenario: Scenario, series: Series, thresholds: Array<AlarmRun['threshold']> | null): AlarmRun[] {
  const datapointCache = new Map<string, Datapoints>();
  const bandCache = new Map<string, Band>();
  const warmupEndMs = scenario.startMs + scenario.warmupDays * DAY_MS;
  return scenario.alarms.map((alarm, a) => {
    const key = `${alarm.periodSeconds}/${alarm.statistic}`;
    let datapoints = datapointCache.get(key);
    if (!datapoints) {
      datapoints = aggregate(series, alarm.periodSeconds, alarm.statistic);
      datapointCache.set(key, datapoints);
    }
    let band: Band | null = null;
    let threshold: AlarmRun['threshold'] = null;
    let classes: Int8Array;
    if (alarm.type === 'band') {
      const bandKey = `${key}/${JSON.stringify(alarm.band)}`;
      band = bandCache.get(bandKey) ?? seasonalBand(datapoints, alarm.band);
      bandCache.set(bandKey, band);
      classes = classify(datapoints.values, band, alarm.comparison);
    } else {
      threshold = thresholds?.[a] ?? resolveThreshold(alarm, datapoints, warmupEndMs);
      classes = classify(datapoints.values, threshold, alarm.comparison);
    }
    return { datapoints, band, threshold, classes, evaluation: evaluate(alarm, classes, alarm.treatMissingData) };
  });
}

function evaluate(alarm: Alarm, classes: Int8Array, treatMissingData: TreatMissingData): Evaluation {
  return evaluateAlarm(classes, {
    evaluationPeriods: alarm.evaluationPeriods,
    datapointsToAlarm: alarm.datapointsToAlarm,
    treatMissingData,
  });
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
    const slice = (xs: ArrayLike<number>) => Array.from(xs).slice(from, to).map(round4);
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
