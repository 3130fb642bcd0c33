import type { z } from 'zod';
import type { ReplayFacts } from '../generate/replay.js';
import { bandWindowProblem } from '../band/seasonalBand.js';
import { bucketLayout, bucketMinutesFor, SEASONALITIES, type Seasonality } from '../band/seasonality.js';
import { onsetCandidates } from '../faults/drawOnset.js';
import {
  LIMITS,
  defaultUnit,
  scenarioSchema,
  seriesSchema,
  type BandAlarmConfig,
  type FaultConfig,
  type SeriesConfig,
  type StaticAlarmConfig,
} from './schema.js';
import type { Series } from '../core/series.js';

/** At most this many problems are listed in a message; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 20;

/**
 * A scenario file that failed validation: every problem, each with the path of the field. The message
 * lists at most 20 problems, one line each, cut to 200 characters.
 */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  - ${shortText(p.replace(/\s+/g, ' '), 200)}`);
    if (problems.length > MAX_PROBLEMS_SHOWN) shown.push(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
    super(`${file}: invalid scenario\n${shown.join('\n')}`);
    this.name = 'ScenarioError';
  }
}

/**
 * Cuts text echoed in a message (a value, a key, a name) to `max` characters, ending in "…", with control
 * characters as spaces.
 *
 * @param max default 60
 * @example
 * shortText('x'.repeat(100)); // 'xxx…x…' (60 characters)
 */
export function shortText(text: string, max: number = LIMITS.echoedChars): string {
  // Control characters (a newline in a name) would break the one-line message.
  const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** A band alarm with every band option resolved. */
export type BandAlarm = Omit<BandAlarmConfig, 'datapointsToAlarm'> & { datapointsToAlarm: number };
/** A static alarm. */
export type StaticAlarm = Omit<StaticAlarmConfig, 'datapointsToAlarm'> & { datapointsToAlarm: number };
export type Alarm = BandAlarm | StaticAlarm;

/** One series setup of a scenario; a scenario without `variants` has one, named "default". */
export interface Variant {
  name: string;
  description: string;
  series: SeriesConfig;
  /** The replayed metric, for `replay` series, once loaded (see attachReplayData). */
  data?: Series;
  /** What reading the replayed file found (rows, step, rows sharing a period, warnings). */
  facts?: ReplayFacts;
  /** The replayed data's labelled windows (UTC ms, both ends inclusive), once loaded: injected faults avoid them. */
  labels?: Array<{ startMs: number; endMs: number }>;
}

/** A validated scenario with every default filled in: plain data, ready for `simulate`. */
export interface Scenario {
  name: string;
  description: string;
  seed: number | string;
  trials: number;
  startMs: number;
  stepSeconds: number;
  warmupDays: number;
  onsetSpreadDays: number;
  tailDays: number;
  possibleMinimum: number | null;
  /** The metric's unit for chart axes (`unit`, or the generator's default). */
  unit: string;
  variants: Variant[];
  alarms: Alarm[];
  faults: Array<FaultConfig & { variants: string[] }>;
}

/**
 * Parses and validates a scenario file's text. Problems are collected, not thrown one at a time, and each
 * names its field (`alarms[1].evaluationPeriods`).
 *
 * @param text the file's contents (JSON)
 * @param file the file's name, used in messages
 * @throws ScenarioError listing every problem
 * @example
 * const scenario = parseScenario(readFileSync('scenarios/dice.json', 'utf8'), 'scenarios/dice.json');
 */
export function parseScenario(text: string, file: string): Scenario {
  text = text.replace(/^\uFEFF/, ''); // a byte-order mark, as some Windows editors write
  if (text.trim() === '') throw new ScenarioError(file, ['the file is empty']);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  // Overlong lists are refused before validating each element (100,000 alarms would take seconds).
  const overlong = (['alarms', 'faults', 'variants'] as const).flatMap((key) => {
    const list = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) && list.length > LIMITS[key] ? [`${key}: ${list.length} entries, more than ${LIMITS[key]}`] : [];
  });
  if (overlong.length > 0) throw new ScenarioError(file, overlong);
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) throw new ScenarioError(file, describe(parsed.error));
  const input = parsed.data;
  const problems: string[] = [];

  const startMs = Date.parse(input.start);
  const variants: Variant[] = [];
  if (input.variants) {
    input.variants.forEach((variant, v) => {
      // Merge what the user wrote (not the defaults); a variant naming another generator replaces the series.
      const base = (json as { series: Record<string, unknown> }).series;
      const own = variant.series as Record<string, unknown>;
      const raw = own.generator !== undefined && own.generator !== base.generator ? own : { ...base, ...own };
      const merged = seriesSchema.safeParse(raw);
      if (!merged.success) {
        problems.push(...describe(merged.error, `variants[${v}].series`));
      } else {
        variants.push({ name: variant.name, description: variant.description, series: merged.data });
      }
    });
    const names = input.variants.map((v) => v.name);
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) problems.push(`variants[${i}].name: "${shortText(n)}" is used twice`);
    });
  } else {
    variants.push({ name: 'default', description: '', series: input.series });
  }
  for (const variant of variants) {
    if (variant.series.generator === 'skyline') {
      if (input.stepSeconds !== 60) problems.push('stepSeconds: the skyline generator draws one value per minute: use 60');
    }
  }

  const totalDays = input.warmupDays + input.onsetSpreadDays + input.tailDays;
  // Bounded so that memory and run time stay finite (replayed data is bounded by its file instead).
  const datapoints = Math.ceil((totalDays * 86_400) / input.stepSeconds);
  if (!variants.some((v) => v.series.generator === 'replay')) {
    if (datapoints > LIMITS.datapointsPerRun) {
      problems.push(
        `warmupDays: warmupDays + onsetSpreadDays + tailDays = ${totalDays} days of ${input.stepSeconds}-second steps is ` +
          `${datapoints.toLocaleString('en-US')} datapoints per run, more than ${LIMITS.datapointsPerRun.toLocaleString('en-US')}: shorten the run or lengthen stepSeconds`,
      );
    } else {
      const work = input.variants === undefined ? 1 : input.variants.length;
      const perTrial = work * (input.faults.length + 1) * input.alarms.length * datapoints;
      if (perTrial > LIMITS.workPerTrial) {
        problems.push(
          `faults: ${work} variant(s) × (${input.faults.length} faults + 1) × ${input.alarms.length} alarms × ${datapoints.toLocaleString('en-US')} datapoints ` +
            `is more than ${LIMITS.workPerTrial.toLocaleString('en-US')} per trial: use fewer faults or alarms, or a shorter run`,
        );
      }
    }
  }
  // Replayed data sets the step and the start (attachReplayData checks the periods against them).
  const replay = variants.some((v) => v.series.generator === 'replay');
  const alarmNames = input.alarms.map((a) => a.name);
  const alarms: Alarm[] = input.alarms.map((alarm, a) => {
    const at = `alarms[${a}]`;
    if (alarmNames.indexOf(alarm.name) !== a) problems.push(`${at}.name: "${shortText(alarm.name)}" is used twice`);
    const datapointsToAlarm = alarm.datapointsToAlarm ?? alarm.evaluationPeriods;
    if (datapointsToAlarm > alarm.evaluationPeriods) {
      problems.push(`${at}.datapointsToAlarm: ${datapointsToAlarm} is more than evaluationPeriods (${alarm.evaluationPeriods})`);
    }
    if (!replay && alarm.periodSeconds % input.stepSeconds !== 0) {
      problems.push(`${at}.periodSeconds: ${alarm.periodSeconds} s is not a multiple of stepSeconds (${input.stepSeconds} s)`);
    }
    if (!replay && startMs % (alarm.periodSeconds * 1000) !== 0) {
      problems.push(`${at}.periodSeconds: the scenario start ${input.start} is not on a ${alarm.periodSeconds}-second boundary`);
    }
    if (alarm.evaluationPeriods * alarm.periodSeconds > 86_400) {
      problems.push(`${at}.evaluationPeriods: evaluationPeriods × periodSeconds must be at most one day (CloudWatch's limit)`);
    }
    if (alarm.type === 'band') {
      const band = alarm.band;
      // The bucket layout the band will use (every candidate for auto), checked here with its path.
      const seasonalities: Seasonality[] = band.seasonality === 'auto' ? [...SEASONALITIES] : [band.seasonality];
      for (const seasonality of seasonalities) {
        const bucketMinutes = bucketMinutesFor(band.bucketMinutes, seasonality, alarm.periodSeconds);
        try {
          bucketLayout(seasonality, bucketMinutes, alarm.periodSeconds);
          const windowProblem = bandWindowProblem(band, alarm.periodSeconds);
          if (windowProblem) problems.push(`${at}.band.trainingDays: ${windowProblem}`);
        } catch (error) {
          problems.push(`${at}.band.bucketMinutes: ${(error as Error).message.replace(/^band: /, '')}`);
          break;
        }
      }
      return { ...alarm, datapointsToAlarm, band };
    }
    const needsRange = alarm.comparison === 'LessThanLowerOrGreaterThanUpperThreshold';
    if (needsRange && (alarm.lower === undefined || alarm.upper === undefined || alarm.threshold !== undefined)) {
      problems.push(`${at}: a static range alarm needs "lower" and "upper" (and no "threshold")`);
    } else if (needsRange && alarm.lower! > alarm.upper!) {
      problems.push(`${at}.lower: ${alarm.lower} is above upper (${alarm.upper})`);
    } else if (!needsRange && (alarm.threshold === undefined || alarm.lower !== undefined || alarm.upper !== undefined)) {
      problems.push(`${at}.threshold: a static alarm with ${alarm.comparison} needs "threshold" (and no "lower"/"upper")`);
    }
    if (typeof alarm.threshold === 'object' && alarm.threshold.days > input.warmupDays) {
      problems.push(`${at}.threshold.days: ${alarm.threshold.days} days is longer than the warm-up (${input.warmupDays} days)`);
    }
    return { ...alarm, datapointsToAlarm };
  });

  const variantNames = variants.map((v) => v.name);
  const faultNames = input.faults.map((f) => f.name);
  const faults = input.faults.map((fault, f) => {
    const at = `faults[${f}]`;
    if (faultNames.indexOf(fault.name) !== f) problems.push(`${at}.name: "${shortText(fault.name)}" is used twice`);
    for (const v of fault.variants ?? []) {
      if (!variantNames.includes(v)) problems.push(`${at}.variants: no variant is named "${shortText(v)}" (have: ${shortText(variantNames.join(', '))})`);
    }
    const applies = fault.variants ?? variantNames;
    fault.effects.forEach((effect, e) => {
      if (effect.type !== 'cadence' && effect.type !== 'stopRuns') return;
      for (const v of variants) {
        if (applies.includes(v.name) && v.series.generator !== 'skyline') {
          problems.push(`${at}.effects[${e}]: a ${effect.type} fault needs the skyline generator (variant "${v.name}" uses ${v.series.generator})`);
        }
      }
    });
    if (fault.onset.timeOfDay !== undefined) {
      const from = startMs + input.warmupDays * 86_400_000;
      if (onsetCandidates(from, from + input.onsetSpreadDays * 86_400_000, fault.onset.timeOfDay).length === 0) {
        problems.push(`${at}.onset.timeOfDay: ${fault.onset.timeOfDay} UTC never falls within the onset spread (${input.onsetSpreadDays} days after the warm-up)`);
      }
    }
    const minutes = fault.durationMinutes ?? 0;
    if (minutes > input.tailDays * 1440 && fault.durationMinutes !== null) {
      problems.push(`${at}.durationMinutes: ${minutes} minutes does not fit in tailDays (${input.tailDays} days) after the last onset`);
    }
    if ((fault.horizonMinutes ?? 0) > input.tailDays * 1440) {
      problems.push(`${at}.horizonMinutes: ${fault.horizonMinutes} minutes does not fit in tailDays (${input.tailDays} days)`);
    }
    return { ...fault, variants: applies };
  });

  if (totalDays * 86_400 < input.stepSeconds) problems.push('warmupDays: the run is shorter than one step');
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return {
    name: input.name,
    description: input.description,
    seed: input.seed,
    trials: input.trials,
    startMs,
    stepSeconds: input.stepSeconds,
    warmupDays: input.warmupDays,
    onsetSpreadDays: input.onsetSpreadDays,
    tailDays: input.tailDays,
    possibleMinimum: input.possibleMinimum,
    unit: input.unit ?? defaultUnit(input.series),
    variants,
    alarms,
    faults,
  };
}

function describe(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : String(key)),
      prefix,
    );
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.slice(0, 5).map((k) => JSON.stringify(shortText(k))).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`
        : shortText(issue.message, 160);
    return `${path || '(top level)'}: ${message}`;
  });
}
