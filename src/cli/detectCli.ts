import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isStatistic } from '../alarm/aggregate.js';
import type { BandComparison } from '../alarm/classify.js';
import { slug } from '../chart/common.js';
import { DEFAULT_DETECT_OPTIONS, defaultPeriodSeconds, detectionNotes, detectionRows, detectSeries, rowAnomalyScores, type DetectOptions } from '../detect/detect.js';
import { labelsFor, noLabelsFor, rowLabels, windowsToRows } from '../detect/labels.js';
import { readMetricRows } from '../detect/rows.js';
import { scoreDetection } from '../detect/scoreDetection.js';
import {
  alignTable,
  detectCsv,
  detectTable,
  detectTotals,
  nabResultsCsv,
  windowsCsv,
  type DetectFileResult,
} from '../detect/writeDetect.js';
import { DataError } from '../replay/dataError.js';
import { isMetricData } from '../replay/readDataFile.js';
import { OUTPUT_MARKER, type OutputFile } from '../report/writeFilesAtomically.js';
import { readCommandLine } from './commandLine.js';
import { checkOutput, CliError, readLabels, readText, runCommand, writeOutput, type CliIo } from './runCli.js';
import { SEASONALITY_CHOICES } from '../band/seasonality.js';
import { BAND_COMPARISONS, TREATMENTS } from '../core/alarmTerms.js';
import { BAND_MODELS, SIGMA_KINDS, WINDOW_MODELS } from '../band/options.js';
import { alarmFieldsSchema, alarmRules, datapointsToAlarmOf } from '../alarm/options.js';
import { issueMessage } from '../scenario/parseScenario.js';

/** `npm run detect -- --help`. */
export const DETECT_USAGE = `Usage: npm run detect -- <data file|folder> [options]

Runs a band alarm over the metric itself (no faults): period aggregation, band, classification and
CloudWatch alarm evaluation. With labels, scores the alarms against the labelled anomaly windows: per
window caught or not and the latency, false alarms per week, and NAB's score (standard, reward_low_FP_rate,
reward_low_FN_rate profiles). A folder runs every .csv and AWS CLI .json file in it (recursively).

Options:
  --labels FILE               NAB combined_windows.json-style labels, or a CSV of start,end windows
                              (a CSV applies to every file)
  --settings FILE             one band alarm object in the scenario format (tune --labels writes
                              chosen.json); the options below override its fields, and the result is
                              checked as a scenario's alarm
  --out DIR                   output folder (default out/detect/<name>)
  --period SECONDS            alarm period (default: the data's step)
  --statistic S               Average (default), Sum, Minimum, Maximum, SampleCount, pNN
  --model M                   band model: seasonal (default), robust, ewma, dailyWeekday, grafanaAdaptive,
                              grafanaRobust, datadogBasic, awsPromql (README, "Band models")
  --k K                       band half-width in σ (default: the settings file's k, else 2; 3 for awsPromql)
  --min-sigma X               σ floor, absolute (default off)
  --min-sigma-relative R      σ floor as a share of |expected| (default off); the floor is the larger
  --half-life-days D          ewma: age at which a datapoint weighs half (default 3)
  --window-minutes M          window models: trailing window (default per model)
  --seasonality S             none, hourly, daily (default), weekly, auto
  --bucket-minutes M          bucket width (default per seasonality)
  --training-days D           trailing training window (default 14)
  --sigma perBucket|pooled    (default perBucket)
  --min-seasons N             (default 2)
  --clamp-lower X             keep the lower edge at or above X (default off; 0 for awsPromql,
                              grafanaAdaptive and grafanaRobust: for a metric that goes negative give
                              one below the data, e.g. --clamp-lower=-1e12)
  --comparison C              LessThanLowerOrGreaterThanUpperThreshold (default), LessThanLowerThreshold,
                              GreaterThanUpperThreshold
  --evaluation-periods N      N (default 3)
  --datapoints-to-alarm M     M (default 3, at most N)
  --treat-missing-data T      missing (default), notBreaching, breaching, ignore
  --exclude-windows           keep the labelled windows out of the band's training (ExcludedTimeRanges)
  --quiet                     print nothing but errors
  -h, --help                  show this help

Writes datapoints/<file>.csv (per datapoint: value, expected, lower, upper, σ, distance in σ, breaching,
state, transition), nab/bandsim/<file> (NAB results: timestamp,value,anomaly_score,label; anomaly_score is 1
where the alarm went to ALARM), files.csv, windows.csv and summary.json.
Exit codes: 0 done, 2 bad input (the message names the file and field), 1 unexpected error.`;

const COMPARISONS: readonly BandComparison[] = BAND_COMPARISONS;

/**
 * The `detect` subcommand: arguments in, files written atomically, table printed, exit code out
 * (0 done, 2 bad input with nothing written, 1 a bug). Never calls `process.exit`.
 *
 * @example
 * await runDetectCli(['data/cpu.csv', '--labels', 'incidents.csv'], { cwd, stdout, stderr, interactive: false });
 */
export async function runDetectCli(rawArgs: string[], io: CliIo): Promise<number> {
  return runCommand('bandsim detect', io, () => run(rawArgs, io));
}

async function run(rawArgs: string[], io: CliIo): Promise<number> {
  const parsed = readCommandLine(
    rawArgs,
    {
      labels: { type: 'string' },
      settings: { type: 'string' },
      out: { type: 'string' },
      period: { type: 'string' },
      statistic: { type: 'string' },
      model: { type: 'string' },
      k: { type: 'string' },
      'min-sigma': { type: 'string' },
      'min-sigma-relative': { type: 'string' },
      'half-life-days': { type: 'string' },
      'window-minutes': { type: 'string' },
      seasonality: { type: 'string' },
      'bucket-minutes': { type: 'string' },
      'training-days': { type: 'string' },
      sigma: { type: 'string' },
      'min-seasons': { type: 'string' },
      'clamp-lower': { type: 'string' },
      comparison: { type: 'string' },
      'evaluation-periods': { type: 'string' },
      'datapoints-to-alarm': { type: 'string' },
      'treat-missing-data': { type: 'string' },
      'exclude-windows': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    DETECT_USAGE,
  );
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout(DETECT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`name exactly one data file or folder\n\n${DETECT_USAGE}`);
  const settings = v.settings === undefined ? undefined : readSettings(resolve(io.cwd, v.settings));
  const { options, ruleProblems } = detectOptions(v, settings);

  // 1. Inputs: the data files, and the labels.
  const input = resolve(io.cwd, positionals[0]);
  const outDir = resolve(io.cwd, v.out ?? join('out', 'detect', slug(basename(input).replace(/\.[^.]+$/, ''))));
  await checkOutput(outDir, io);
  const files = dataFiles(input, outDir);
  const labelsFile = v.labels === undefined ? undefined : resolve(io.cwd, v.labels);
  const labels = labelsFile === undefined ? undefined : readLabels(labelsFile);
  if (v['exclude-windows'] && labels === undefined) throw new CliError(`--exclude-windows needs --labels\n\n${DETECT_USAGE}`);

  // 2. Detect and score each file; every problem is found before anything is written.
  const outputs: OutputFile[] = [];
  const results: DetectFileResult[] = [];
  const missingLabels: string[] = [];
  for (const file of files) {
    const name = statSync(input).isDirectory() ? relative(input, file).replaceAll('\\', '/') : basename(file);
    const { series, rows } = readMetricRows(readText(file), file);
    const windowsMs = labels === undefined ? undefined : Array.isArray(labels) ? labels : labelsFor(labels, file);
    // Windows are inclusive; an excluded range ends (exclusive) one step after the window's last sample.
    const excluded = (windowsMs ?? []).map((w) => ({ startMs: w.startMs, endMs: w.endMs + series.stepSeconds * 1000 }));
    const fileOptions = v['exclude-windows'] ? { ...options, band: { ...options.band, excludedTimeRanges: excluded } } : options;
    const bucketProblem = bucketMinutesProblem(options, series.stepSeconds);
    if (bucketProblem) throw new DataError(file, [bucketProblem]);
    // The alarm schema's rules (a day of evaluation, buckets, training window) against this file's period.
    const periodSeconds = options.periodSeconds ?? defaultPeriodSeconds(series.stepSeconds);
    if ((periodSeconds / series.stepSeconds) % 1 === 0) {
      const lines = ruleProblems(periodSeconds);
      if (lines.length > 0 && options.periodSeconds !== undefined) throw new CliError(lines.join('\n'));
      if (lines.length > 0) throw new DataError(file, lines.map((l) => `${l} (with the data's ${periodSeconds}-second period)`));
    }
    let detection;
    try {
      detection = detectSeries(series, fileOptions);
    } catch (error) {
      if (error instanceof RangeError) throw new DataError(file, [error.message]);
      throw error;
    }
    const times = rows.map((r) => r.timeMs);
    const scores = rowAnomalyScores(detection, times);
    if (labels !== undefined && windowsMs === undefined) missingLabels.push(name);
    const windows = windowsMs === undefined ? [] : windowsToRows(times, windowsMs);
    const result: DetectFileResult = {
      file: name,
      rows: rows.length,
      datapoints: detection.datapoints.values.length,
      periodSeconds: detection.datapoints.periodSeconds,
      seasonality: detection.band.seasonality,
      bucketMinutes: detection.band.bucketMinutes,
      alarms: detection.alarmStarts.length,
    };
    if (windowsMs !== undefined) result.score = scoreDetection(times, scores, windows, series.stepSeconds);
    const notes = detectionNotes(detection, fileOptions);
    if (notes.length > 0) result.notes = notes;
    results.push(result);
    const stem = name.replace(/\.[^./]+$/, '');
    const dir = dirname(name);
    outputs.push({ name: `datapoints/${stem}.csv`, data: detectCsv(detectionRows(detection)) });
    outputs.push({
      name: `nab/bandsim/${dir === '.' ? '' : `${dir}/`}bandsim_${basename(stem)}.csv`,
      data: nabResultsCsv(rows, scores, rowLabels(rows.length, windows)),
    });
  }
  if (missingLabels.length > 0) {
    throw new DataError(labelsFile!, missingLabels.map(noLabelsFor));
  }

  // 3. Write and print.
  const totals = detectTotals(results);
  const summary = { input: positionals[0], labels: v.labels ?? null, settings: v.settings ?? null, excludeWindows: Boolean(v['exclude-windows']), options: { ...options, periodSeconds: options.periodSeconds ?? 'the data step' }, files: results, totals };
  outputs.push({ name: 'summary.json', data: `${JSON.stringify(summary, null, 2)}\n` });
  outputs.push({ name: 'files.csv', data: `${detectTable(results, totals).map((row) => row.join(',')).join('\n')}\n` });
  if (labels !== undefined) outputs.push({ name: 'windows.csv', data: windowsCsv(results) });
  await writeOutput(outDir, outputs);
  if (!v.quiet) {
    for (const line of alignTable(detectTable(results, totals))) io.stdout(line);
    const notes = results.flatMap((r) => (r.notes ?? []).map((note) => note.replace(/^(\w+): /, `$1: ${r.file}: `)));
    if (notes.length > 0) io.stdout(`\n${notes.join('\n')}`);
    io.stdout(`\nwrote ${outDir}`);
  }
  return 0;
}

/**
 * The data files: the file itself (if it is metric data, by the rules `simulate` uses: a .csv file or AWS CLI
 * JSON), or every metric file under the folder, sorted by path. The scan leaves out the output folder and
 * every folder holding bandsim's output marker (earlier results written there).
 *
 * @throws CliError when the input does not exist or holds no metric data
 * @example
 * dataFiles('/data/nab/data', '/work/out/detect/data'); // ['/data/nab/data/artificialNoAnomaly/art_flatline.csv', ...]
 */
export function dataFiles(input: string, outDir: string): string[] {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new CliError(`${input}: no such file or folder`);
  }
  if (!stat.isDirectory()) {
    if (!isMetricData(input, readText(input))) {
      throw new CliError(`${input}: not metric data: give a .csv file or AWS CLI get-metric-data / get-metric-statistics JSON`);
    }
    return [input];
  }
  const found: string[] = [];
  const walk = (dir: string) => {
    if (resolve(dir) === outDir || existsSync(join(dir, OUTPUT_MARKER))) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(csv|json)$/i.test(entry.name) && isMetricData(path, readText(path))) found.push(path);
    }
  };
  walk(input);
  if (found.length === 0) throw new CliError(`${input}: no .csv or AWS CLI .json metric files in this folder`);
  return found;
}

/**
 * Why an explicit --bucket-minutes cannot be used with this data's alarm period, or null. The band would
 * otherwise widen a bucket shorter than a period to one period without saying so. Without the option the
 * band fits its bucket to the period (16 minutes for 2-minute periods, 60 for hourly ones).
 */
function bucketMinutesProblem(options: DetectOptions, stepSeconds: number): string | null {
  const minutes = options.band.bucketMinutes;
  if (minutes === undefined) return null;
  const periodSeconds = options.periodSeconds ?? defaultPeriodSeconds(stepSeconds);
  if (Number.isInteger((minutes * 60) / periodSeconds)) return null;
  return `--bucket-minutes ${minutes}: not a whole number of the alarm's ${periodSeconds}-second periods (${periodSeconds === stepSeconds ? "the data's step" : '--period'}); give a multiple of ${periodSeconds / 60} minutes, or leave it out to fit the bucket to the period`;
}

type Values = Record<string, string | boolean | undefined>;

/** A settings file's alarm as written (scenario format), not yet checked: detect merges the options over it first. */
interface Settings {
  file: string;
  alarm: Record<string, unknown>;
}

/**
 * The alarm of a settings file: one band alarm object in the scenario format (`tune --labels` writes one as
 * chosen.json). Only its form is checked here; its fields are checked with the options merged over them
 * ({@link detectOptions}).
 */
function readSettings(file: string): Settings {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof CliError || error instanceof DataError) throw error;
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new CliError(`${file}: give one alarm object (e.g. a scenario's alarms[0]), not ${Array.isArray(json) ? 'a list' : String(json)}`);
  }
  const alarm = json as Record<string, unknown>;
  if ('alarms' in alarm || 'series' in alarm || 'faults' in alarm || 'variants' in alarm) {
    throw new CliError(`${file}: this is a whole scenario; give one alarm object (e.g. a scenario's alarms[0])`);
  }
  if (alarm.type !== 'band') throw new CliError(`${file}: type: detect runs a band alarm ("type": "band"), not ${JSON.stringify(alarm.type ?? null)}`);
  return { file, alarm };
}

/** Each option's field in the alarm (scenario format), to name the option in the alarm schema's messages. */
const FLAG_FIELDS: Readonly<Record<string, string>> = {
  period: 'periodSeconds',
  statistic: 'statistic',
  comparison: 'comparison',
  'evaluation-periods': 'evaluationPeriods',
  'datapoints-to-alarm': 'datapointsToAlarm',
  'treat-missing-data': 'treatMissingData',
  model: 'band.model',
  k: 'band.k',
  'min-sigma': 'band.minSigma.absolute',
  'min-sigma-relative': 'band.minSigma.relative',
  'half-life-days': 'band.halfLifeDays',
  'window-minutes': 'band.windowMinutes',
  seasonality: 'band.seasonality',
  'bucket-minutes': 'band.bucketMinutes',
  'training-days': 'band.trainingDays',
  sigma: 'band.sigma',
  'min-seasons': 'band.minSeasons',
  'clamp-lower': 'band.clampLower',
};

/** What {@link detectOptions} returns. */
interface ResolvedOptions {
  options: DetectOptions;
  /**
   * The alarm schema's rules between fields for a period, run per file (the period may be the data's step, and
   * a period that is not a multiple of the step has its own message). One line per problem, as
   * {@link detectOptions} words them.
   */
  ruleProblems: (periodSeconds: number) => string[];
}

/**
 * The alarm from the options merged over the settings file's fields (or detect's defaults), checked by the
 * alarm schema with its rules (src/alarm/options.ts): each problem one line, naming the option when an
 * option gave the field, else the settings file and the field. k is --k, else the settings file's k, else the
 * model's default.
 */
function detectOptions(v: Values, settings: Settings | undefined): ResolvedOptions {
  const problems: string[] = [];
  const flagged = new Set<string>(); // options with a problem of their own: the schema's words on them are left out
  const problem = (name: string, text: string) => {
    flagged.add(name);
    problems.push(`--${name}: ${text}`);
  };
  const num = (name: string, check: (x: number) => boolean, what: string): number | undefined => {
    const text = v[name];
    if (typeof text !== 'string') return undefined;
    const x = Number(text);
    if (text.trim() === '' || !Number.isFinite(x) || !check(x)) {
      problem(name, `"${text}" is not ${what}`);
      return undefined;
    }
    return x;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const text = v[name];
    if (typeof text !== 'string') return undefined;
    if (!allowed.includes(text as T)) problem(name, `"${text}" is not one of ${allowed.join(', ')}`);
    return text as T;
  };
  const positiveInt = (x: number) => Number.isInteger(x) && x >= 1;
  const base = settings?.alarm ?? { name: 'detect', type: 'band', evaluationPeriods: DEFAULT_DETECT_OPTIONS.evaluationPeriods, datapointsToAlarm: DEFAULT_DETECT_OPTIONS.datapointsToAlarm };
  const baseBand = (base.band !== null && typeof base.band === 'object' && !Array.isArray(base.band) ? base.band : {}) as Record<string, unknown>;
  const band: Record<string, unknown> = { ...baseBand };
  const alarm: Record<string, unknown> = { ...base, band };
  const set = (target: Record<string, unknown>, field: string, value: unknown) => {
    if (value !== undefined) target[field] = value;
  };

  const model = oneOf('model', BAND_MODELS);
  set(band, 'model', model);
  // k: --k, else the settings file's k, else (left out) the model's default, filled in by the band schema.
  set(band, 'k', num('k', (x) => x > 0, 'a number above 0'));
  const minSigma = num('min-sigma', (x) => x >= 0, 'a number of at least 0');
  const minSigmaRelative = num('min-sigma-relative', (x) => x >= 0, 'a number of at least 0');
  if (minSigma !== undefined || minSigmaRelative !== undefined) band.minSigma = { absolute: minSigma ?? 0, relative: minSigmaRelative ?? 0 };
  const bandModel = (band.model ?? 'seasonal') as (typeof BAND_MODELS)[number];
  const halfLife = num('half-life-days', (x) => x > 0, 'a number of days above 0');
  if (halfLife !== undefined && bandModel !== 'ewma') problem('half-life-days', 'applies only to --model ewma');
  set(band, 'halfLifeDays', halfLife);
  const windowMinutes = num('window-minutes', (x) => x > 0, 'a number of minutes above 0');
  if (windowMinutes !== undefined && !WINDOW_MODELS.includes(bandModel)) problem('window-minutes', `applies only to --model ${WINDOW_MODELS.join(', ')}`);
  set(band, 'windowMinutes', windowMinutes);
  set(band, 'seasonality', oneOf('seasonality', SEASONALITY_CHOICES));
  set(band, 'bucketMinutes', num('bucket-minutes', (x) => x > 0, 'a number of minutes above 0'));
  set(band, 'trainingDays', num('training-days', (x) => x > 0, 'a number of days above 0'));
  const sigma = oneOf('sigma', SIGMA_KINDS);
  if (sigma === 'pooled' && bandModel !== 'seasonal') problem('sigma', 'pooled applies only to --model seasonal');
  set(band, 'sigma', sigma);
  set(band, 'minSeasons', num('min-seasons', (x) => x > 0, 'a number above 0'));
  set(band, 'clampLower', num('clamp-lower', () => true, 'a number'));
  const statistic = typeof v.statistic === 'string' ? v.statistic : undefined;
  if (statistic !== undefined && !isStatistic(statistic)) problem('statistic', `"${statistic}" is not Average, Sum, Minimum, Maximum, SampleCount or p0..p100`);
  set(alarm, 'statistic', statistic);
  set(alarm, 'periodSeconds', num('period', positiveInt, 'a whole number of seconds from 1'));
  set(alarm, 'comparison', oneOf('comparison', COMPARISONS));
  set(alarm, 'treatMissingData', oneOf('treat-missing-data', TREATMENTS));
  const n = num('evaluation-periods', positiveInt, 'a whole number from 1');
  const m = num('datapoints-to-alarm', positiveInt, 'a whole number from 1');
  if (n !== undefined) {
    alarm.evaluationPeriods = n;
    // M of the settings (or detect's 3), at most the new N.
    const baseM = typeof base.datapointsToAlarm === 'number' ? base.datapointsToAlarm : typeof base.evaluationPeriods === 'number' ? base.evaluationPeriods : n;
    if (m === undefined) alarm.datapointsToAlarm = Math.min(n, baseM);
  }
  set(alarm, 'datapointsToAlarm', m);

  // The alarm schema's checks, on the merged alarm. Without a period anywhere, the rules wait for the data's step.
  const periodKnown = alarm.periodSeconds !== undefined || settings !== undefined;
  const parsed = alarmFieldsSchema.safeParse(periodKnown ? alarm : { ...alarm, periodSeconds: 60 });
  const word = (path: ReadonlyArray<PropertyKey>, message: string): string | null => {
    const field = path.map(String).join('.');
    const flag = Object.keys(FLAG_FIELDS).find((name) => v[name] !== undefined && (FLAG_FIELDS[name] === field || FLAG_FIELDS[name].startsWith(`${field}.`) || field.startsWith(`${FLAG_FIELDS[name]}.`)));
    if (flag !== undefined) return flagged.has(flag) ? null : `--${flag}: ${message}`;
    return settings ? `${settings.file}: ${field || '(top level)'}: ${message}` : `${field}: ${message}`;
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const line = word(issue.path, issueMessage(issue));
      if (line !== null) problems.push(line);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new CliError(`${problems.join('\n')}\n\n${DETECT_USAGE}`);
  const config = parsed.data;
  if (config.type !== 'band') throw new CliError('detect runs a band alarm'); // readSettings has checked the type
  const ruleProblems = (periodSeconds: number): string[] => {
    const lines: string[] = [];
    alarmRules({ ...config, periodSeconds }, (path, message) => {
      const line = word(path, message);
      if (line !== null) lines.push(line);
    });
    return lines;
  };
  const options: DetectOptions = {
    periodSeconds: periodKnown ? config.periodSeconds : undefined,
    statistic: config.statistic,
    comparison: config.comparison,
    band: config.band,
    evaluationPeriods: config.evaluationPeriods,
    datapointsToAlarm: datapointsToAlarmOf(config),
    treatMissingData: config.treatMissingData,
  };
  return { options, ruleProblems };
}

