import { max, mean, min, quantile } from 'simple-statistics';
import type { ReplayFacts } from '../replay/readDataFile.js';
import { createRng } from '../random/rng.js';
import type { Scenario } from '../scenario/parseScenario.js';
import type { TrialOutcome } from './outcomes.js';
import { quantileInterval, rateInterval, wilsonInterval, type Interval } from './intervals.js';
import { MISS_REASONS, type MissReason } from './missReason.js';
import { TREATMENTS, type TreatMissingData } from '../core/alarmTerms.js';
import { DAY_MS, HOUR_MS, WEEKDAYS, weekdayIndex } from '../core/time.js';


/** Latency figures over the trials that detected the fault (minutes); null where none did. */
export interface LatencyStats {
  p50: number | null;
  p90: number | null;
  max: number | null;
  mean: number | null;
}

/** One alarm on the fault-free (control) runs of a variant. */
export interface ControlSummary {
  alarm: string;
  type: 'band' | 'static';
  /** Transitions to ALARM per day after the warm-up, mean over trials. */
  falseAlarmsPerDay: number;
  /** The same per day of the evaluation period (day 0 = first day after the warm-up): the learning curve. */
  falseAlarmsByDay: number[];
  /** First evaluation day from which every later day has fewer than 0.1 false alarms per trial; null if never. */
  quietFromDay: number | null;
  /** Static alarms: the threshold used, mean over trials (differs per trial for `percentOfRecentMax`). */
  threshold: number | null;
  /** Static alarms: the lowest and highest threshold over trials (equal unless it is set from each trial's data). */
  thresholdRange: Interval | null;
  /** 95% interval of `falseAlarmsPerDay`: bootstrap over trials (see `rateInterval`). */
  ci95: { falseAlarmsPerDay: Interval };
  /** Band alarms: how the band fitted the fault-free metric (means over trials; minLower is the lowest seen). */
  band: {
    coverage: number;
    lowerBelowMinimumShare: number | null;
    lowerBelowZeroShare: number;
    minLower: number;
    maxUpper: number;
    relativeWidthByHour: Array<number | null>;
    /** Mean band width (upper − lower) per evaluation day: how the band narrows as it learns. */
    widthByDay: Array<number | null>;
    /** Mean |value − expected| per evaluation day: how well the expected value follows the metric. */
    errorByDay: Array<number | null>;
  } | null;
}

/** One alarm against one fault, over all trials. */
export interface FaultAlarmSummary {
  alarm: string;
  trials: number;
  detected: number;
  detectionRate: number;
  latencyMinutes: LatencyStats;
  /** False alarms per day on the fault runs' fault-free time. */
  falseAlarmsPerDay: number;
  /** Trials in which the alarm was already in ALARM at onset. */
  alreadyInAlarm: number;
  /** 95% intervals: Wilson for the detection rate, seeded bootstrap for latency p50 / p90 and false alarms per day. */
  ci95: {
    detectionRate: Interval;
    latencyP50: Interval | null;
    latencyP90: Interval | null;
    falseAlarmsPerDay: Interval;
  };
  /** Missed trials by reason (they add up to trials − detected). */
  missed: Record<MissReason, number>;
  /** Detections that came from datapoints before the onset (e.g. a no-data outage fired by earlier breaches). */
  detectedByPreOnsetData: number;
  /** The same fault under each TreatMissingData setting. */
  byTreatMissingData: Record<TreatMissingData, { detectionRate: number; latencyP50: number | null }>;
  /** By UTC hour of the onset (24 rows). */
  byHourOfDay: Array<{ hour: number; trials: number; detected: number; latencyP50: number | null }>;
  /** By weekday of the onset, Monday first (7 rows). */
  byWeekday: Array<{ weekday: string; trials: number; detected: number; latencyP50: number | null }>;
  /** Faults lasting until the end: days after onset the alarm was last in ALARM (p50 and max over trials). */
  lastAlarmDaysAfterOnset: { p50: number | null; max: number | null } | null;
  /** Per trial, in trial order: onset (ISO), latency (null: not detected) and why it was missed (null: detected). */
  perTrial: Array<{ onset: string; latencyMinutes: number | null; missReason: MissReason | null }>;
}

export interface FaultSummary {
  fault: string;
  durationMinutes: number | null;
  alarms: FaultAlarmSummary[];
}

/** A replayed variant: what reading its file found, and warnings about what the replay can measure. */
export type DataSummary = ReplayFacts;

export interface VariantSummary {
  variant: string;
  description: string;
  /** Replayed data only: rows read, the step and how it was chosen, rows sharing a period, warnings. */
  data?: DataSummary;
  control: ControlSummary[];
  faults: FaultSummary[];
}

/**
 * Everything a simulation measured, JSON-ready. Measured figures (rates, latencies, band fit, false alarms,
 * static thresholds from `percentOfRecentMax`) are rounded to {@link MEASURED_SIGNIFICANT_DIGITS} significant
 * digits. Everything echoed from the input (seed, trials, the configuration, a fault's duration, a numeric
 * static threshold) keeps its exact value, so the recorded run can be reproduced.
 */
export interface Summary {
  scenario: string;
  description: string;
  seed: number | string;
  trials: number;
  configuration: unknown;
  variants: VariantSummary[];
}

/**
 * Aggregates trial outcomes into the summary: per variant, alarm and fault the detection rate, latency
 * p50 / p90 / max (simple-statistics' `quantile` over the detected trials), false alarms per day, results
 * under each TreatMissingData, and breakdowns by the onset's hour and weekday.
 *
 * @example
 * summarize(scenario, outcomes).variants[0].faults[0].alarms[0].detectionRate; // 0.9
 */
export function summarize(scenario: Scenario, outcomes: TrialOutcome[]): Summary {
  const variants = scenario.variants.map<VariantSummary>((variant) => {
    const trials = outcomes.filter((o) => o.variant === variant.name);
    const control = scenario.alarms.map<ControlSummary>((alarm, a) => {
      const perTrial = trials.map((t) => t.control[a]);
      const days = perTrial[0]?.alarmsPerDay.length ?? 0;
      const byDay = Array.from({ length: days }, (_, d) => mean(perTrial.map((c) => c.alarmsPerDay[d])));
      let quietFromDay: number | null = days;
      while (quietFromDay! > 0 && byDay[quietFromDay! - 1] < 0.1) quietFromDay!--;
      if (quietFromDay === days) quietFromDay = null;
      const fits = perTrial.map((c) => c.fit).filter((f) => f !== null);
      const thresholds = perTrial.map((c) => c.threshold).filter((t): t is number => t !== null && Number.isFinite(t));
      return {
        alarm: alarm.name,
        type: alarm.type,
        falseAlarmsPerDay: mean(perTrial.map((c) => sum(c.alarmsPerDay) / c.evaluationDays)),
        falseAlarmsByDay: byDay,
        quietFromDay,
        threshold: alarm.type === 'static' ? mean(perTrial.map((c) => c.threshold ?? Number.NaN)) : null,
        thresholdRange: thresholds.length ? [min(thresholds), max(thresholds)] : null,
        ci95: {
          falseAlarmsPerDay: rateInterval(
            perTrial.map((c) => ({ events: sum(c.alarmsPerDay), days: c.evaluationDays })),
            createRng(scenario.seed, 'bootstrap', variant.name, 'control', alarm.name),
          ),
        },
        band:
          fits.length === 0
            ? null
            : {
                coverage: mean(fits.map((f) => f.coverage)),
                lowerBelowMinimumShare: scenario.possibleMinimum === null ? null : mean(fits.map((f) => f.lowerBelowMinimumShare ?? 0)),
                lowerBelowZeroShare: mean(fits.map((f) => f.lowerBelowZeroShare)),
                minLower: Math.min(...fits.map((f) => f.minLower)),
                maxUpper: Math.max(...fits.map((f) => f.maxUpper)),
                relativeWidthByHour: Array.from({ length: 24 }, (_, h) => meanOrNull(fits.map((f) => f.relativeWidthByHour[h]))),
                widthByDay: Array.from({ length: days }, (_, d) => meanOrNull(fits.map((f) => f.widthByDay[d]))),
                errorByDay: Array.from({ length: days }, (_, d) => meanOrNull(fits.map((f) => f.errorByDay[d]))),
              },
      };
    });
    const faults = scenario.faults
      .filter((f) => f.variants.includes(variant.name))
      .map<FaultSummary>((fault) => {
        const runs = trials.map((t) => t.faults.find((f) => f.fault === fault.name)!);
        return {
          fault: fault.name,
          durationMinutes: fault.durationMinutes,
          alarms: scenario.alarms.map<FaultAlarmSummary>((alarm, a) => {
            const results = runs.map((r) => ({ onsetMs: r.onsetMs, ...r.alarms[a] }));
            const latencies = results.map((r) => r.latencyMinutes);
            const detectedLatencies = latencies.filter((l): l is number => l !== null);
            const byTreatMissingData = {} as FaultAlarmSummary['byTreatMissingData'];
            for (const treatment of TREATMENTS) {
              const ls = results.map((r) => r.latencyByTreatment[treatment]).filter((l): l is number => l !== null);
              byTreatMissingData[treatment] = { detectionRate: ls.length / results.length, latencyP50: ls.length ? quantile(ls, 0.5) : null };
            }
            const group = <K>(key: (onsetMs: number) => K, keys: K[]) =>
              keys.map((k) => {
                const rs = results.filter((r) => key(r.onsetMs) === k);
                const ls = rs.map((r) => r.latencyMinutes).filter((l): l is number => l !== null);
                return { key: k, trials: rs.length, detected: ls.length, latencyP50: ls.length ? quantile(ls, 0.5) : null };
              });
            const lastAlarm = results.map((r) => r.lastAlarmDaysAfterOnset).filter((d): d is number => d !== null);
            const stream = (figure: string) => createRng(scenario.seed, 'bootstrap', variant.name, fault.name, alarm.name, figure);
            const missed = Object.fromEntries(MISS_REASONS.map((m) => [m, results.filter((r) => r.explanation.missReason === m).length])) as Record<MissReason, number>;
            return {
              alarm: alarm.name,
              trials: results.length,
              detected: detectedLatencies.length,
              detectionRate: detectedLatencies.length / results.length,
              latencyMinutes: latencyStats(detectedLatencies),
              falseAlarmsPerDay: sum(results.map((r) => r.falseAlarms)) / Math.max(1e-9, sum(results.map((r) => r.faultFreeDays))),
              alreadyInAlarm: results.filter((r) => r.alreadyInAlarm).length,
              ci95: {
                detectionRate: wilsonInterval(detectedLatencies.length, results.length),
                latencyP50: quantileInterval(detectedLatencies, 0.5, stream('latencyP50')),
                latencyP90: quantileInterval(detectedLatencies, 0.9, stream('latencyP90')),
                falseAlarmsPerDay: rateInterval(
                  results.map((r) => ({ events: r.falseAlarms, days: r.faultFreeDays })),
                  stream('falseAlarmsPerDay'),
                ),
              },
              missed,
              detectedByPreOnsetData: results.filter((r) => r.explanation.detectedByPreOnsetData).length,
              byTreatMissingData,
              byHourOfDay: group(
                (t) => Math.floor((((t % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS),
                Array.from({ length: 24 }, (_, h) => h),
              ).map(({ key, ...rest }) => ({ hour: key, ...rest })),
              byWeekday: group(
                (t) => WEEKDAYS[weekdayIndex(t)],
                [...WEEKDAYS],
              ).map(({ key, ...rest }) => ({ weekday: key, ...rest })),
              lastAlarmDaysAfterOnset:
                fault.durationMinutes === null
                  ? { p50: lastAlarm.length ? quantile(lastAlarm, 0.5) : null, max: lastAlarm.length ? max(lastAlarm) : null }
                  : null,
              perTrial: results.map((r) => ({
                onset: new Date(r.onsetMs).toISOString(),
                latencyMinutes: r.latencyMinutes,
                missReason: r.explanation.missReason,
              })),
            };
          }),
        };
      });
    const data = variant.facts ? replayData(scenario, variant.facts, variant.name, trials) : undefined;
    return { variant: variant.name, description: variant.description, data, control, faults };
  });
  const measured = roundDeep(variants) as VariantSummary[];
  // Inputs echoed among the measured figures stay exact, and so do the replayed file's counts (rows, periods).
  measured.forEach((variant, v) => {
    if (variants[v].data !== undefined) variant.data = jsonReady(variants[v].data) as VariantSummary['data'];
  });
  for (const variant of measured) {
    variant.control.forEach((control, a) => {
      const alarm = scenario.alarms[a];
      if (alarm.type === 'static' && typeof alarm.threshold === 'number') control.threshold = alarm.threshold;
      if (alarm.type === 'static' && alarm.threshold === undefined) control.threshold = null;
    });
    for (const fault of variant.faults) {
      fault.durationMinutes = scenario.faults.find((f) => f.name === fault.fault)!.durationMinutes;
    }
  }
  return {
    scenario: scenario.name,
    description: scenario.description,
    seed: scenario.seed,
    trials: scenario.trials,
    configuration: jsonReady(describeScenario(scenario)),
    variants: measured,
  };
}

/** The resolved scenario as JSON-ready data, times as ISO text. */
export function describeScenario(scenario: Scenario): unknown {
  return {
    ...scenario,
    startMs: undefined,
    start: new Date(scenario.startMs).toISOString(),
    variants: scenario.variants.map(({ data: _data, facts: _facts, labels: _labels, ...variant }) => variant),
    alarms: scenario.alarms.map((alarm) =>
      alarm.type === 'band'
        ? {
            ...alarm,
            band: {
              ...alarm.band,
              excludedTimeRanges: alarm.band.excludedTimeRanges.map((r) => ({
                start: new Date(r.startMs).toISOString(),
                end: new Date(r.endMs).toISOString(),
              })),
            },
          }
        : alarm,
    ),
  };
}

/**
 * The replay facts of a variant, with warnings added where the simulation shows the replay cannot measure
 * what it seems to: a band alarm whose band never (or rarely) formed after the warm-up, and a fault shorter
 * than the M periods an M-of-N alarm needs.
 */
function replayData(scenario: Scenario, facts: ReplayFacts, variant: string, trials: TrialOutcome[]): DataSummary {
  const warnings = [...facts.warnings];
  scenario.alarms.forEach((alarm, a) => {
    const fits = trials.map((t) => t.control[a].fit).filter((f) => f !== null);
    if (fits.length === 0) return;
    const share = mean(fits.map((f) => f.bandedShare));
    if (share === 0) {
      warnings.push(`alarm "${alarm.name}" never had a band after the warm-up: too little history per bucket, or too many missing datapoints`);
    } else if (share < 0.5) {
      warnings.push(`alarm "${alarm.name}" had a band for only ${(share * 100).toFixed(0)}% of the datapoints after the warm-up`);
    }
  });
  for (const fault of scenario.faults) {
    if (!fault.variants.includes(variant) || fault.durationMinutes === null) continue;
    for (const alarm of scenario.alarms) {
      if (fault.durationMinutes * 60 < alarm.datapointsToAlarm * alarm.periodSeconds) {
        warnings.push(
          `fault "${fault.name}" (${fault.durationMinutes} min) is shorter than ${alarm.datapointsToAlarm} periods of alarm "${alarm.name}" (${alarm.periodSeconds / 60} min each): a ${alarm.datapointsToAlarm}-of-${alarm.evaluationPeriods} alarm cannot catch it`,
        );
      }
    }
  }
  // A measured share: rounded like every measured figure.
  return { ...facts, emptyPeriodShare: Number(facts.emptyPeriodShare.toPrecision(MEASURED_SIGNIFICANT_DIGITS)), warnings };
}

function latencyStats(latencies: number[]): LatencyStats {
  if (latencies.length === 0) return { p50: null, p90: null, max: null, mean: null };
  return { p50: quantile(latencies, 0.5), p90: quantile(latencies, 0.9), max: max(latencies), mean: mean(latencies) };
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function meanOrNull(xs: number[]): number | null {
  const finite = xs.filter((x) => Number.isFinite(x));
  return finite.length ? mean(finite) : null;
}

/**
 * The precision of measured figures in the summary: 6 significant digits (stable, readable JSON).
 *
 * @example
 * Number((2 / 3).toPrecision(MEASURED_SIGNIFICANT_DIGITS)); // 0.666667
 */
export const MEASURED_SIGNIFICANT_DIGITS = 6;

/**
 * Rounds every number in a JSON-like value to {@link MEASURED_SIGNIFICANT_DIGITS} significant digits;
 * non-finite numbers become null, undefined fields are dropped. For measured figures written to files.
 *
 * @example
 * roundDeep({ score: 2 / 3, runs: [Infinity] }); // { score: 0.666667, runs: [null] }
 */
export function roundDeep(value: unknown): unknown {
  return mapNumbers(value, (x) => Number(x.toPrecision(MEASURED_SIGNIFICANT_DIGITS)));
}

/** Drops undefined fields and turns non-finite numbers into null; every finite number stays exact. */
function jsonReady(value: unknown): unknown {
  return mapNumbers(value, (x) => x);
}

function mapNumbers(value: unknown, finite: (x: number) => number): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? finite(value) : null;
  if (Array.isArray(value)) return value.map((v) => mapNumbers(v, finite));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, mapNumbers(v, finite)]),
    );
  }
  return value;
}
