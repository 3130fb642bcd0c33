import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slug } from '../chart/common.js';
import { checkOutputDir, OutputDirError, writeFilesAtomically, type OutputFile } from '../report/writeFilesAtomically.js';
import { decodeText } from '../replay/decodeText.js';
import { DataError } from '../replay/dataError.js';
import { describeSteps, isReplayStep } from '../replay/inferStep.js';
import { isMetricData, parseMetricData, type MetricDataOptions, type ReplayData } from '../replay/readDataFile.js';
import { attachReplayData } from '../scenario/attachReplayData.js';
import { parseScenario, ScenarioError, shortText, type Scenario } from '../scenario/parseScenario.js';
import { readCommandLine } from './commandLine.js';
import { replayScenario } from '../scenario/replayScenario.js';
import { labelsFor, noLabelsFor, parseNabLabels, parseWindowCsv, type LabelWindow } from '../detect/labels.js';
import { faultSpanMs, noOnsetRoom, onsetRoom } from '../faults/drawOnset.js';
import { TuneInputError } from '../tune/grid.js';
import { simulateParallel } from '../parallel/simulateParallel.js';
import { formatSummary } from './formatSummary.js';
import { progressBar } from './progress.js';

/** The package's root folder (where `scenarios/` is), from `src/cli/` under tsx and from `dist/cli/` when built or installed. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const USAGE = `Usage: npm run simulate <scenario|file.json> [-- options]

Simulates (or replays) a metric, its anomaly-detection band and alarms, injects faults and reports how quickly
each alarm detects each fault. Built-in scenarios: dice, skyline, coconut (scenarios/*.json).
Given metric data (a .csv file, or AWS CLI get-metric-data / get-metric-statistics JSON) instead of a
scenario, it replays that data with default band alarms and faults.
Installed, the same command is \`bandsim <scenario> [options]\`.

Other commands (each with --help):
  npm run detect -- <data file|folder> [--labels FILE]   the band alarm over your own data, scored on labels
  npm run tune -- <scenario|data file>                    recommend band settings under a false-alarm budget
  npm run tune -- --labels FILE <data folder>             choose detect settings on labelled data (NAB score)

Options:
  --seed N        override the scenario's seed (same seed, same results)
  --trials N      override the number of Monte Carlo trials
  --out DIR       output folder (default: out/<scenario name>): a new or empty folder, or an earlier
                  result (it is replaced); any other folder is refused
  --no-charts     write summary.json only (faster)
  --period S      metric data: group rows into periods of S seconds (default: the most common gap)
  --metric NAME   metric data: the get-metric-data Id, get-metric-statistics statistic or CSV column
  --labels FILE   metric data: labelled incident windows (NAB combined_windows.json or a CSV of start,end);
                  injected faults are drawn so that a fault and its detection horizon overlap none
  --workers N     worker threads for the trials (default: the number of cores; 1: none, in-process)
  --quiet         print nothing but errors
  -h, --help      show this help

Writes summary.json, charts/*.vl.json (Vega-Lite), charts/*.svg, charts/*.png and index.html.
Exit codes: 0 done, 2 bad input (the message names the file and field), 1 unexpected error,
130/143 interrupted (SIGINT/SIGTERM; an earlier result is kept).`;

/** A user mistake: printed without a stack trace, exits with `code` (2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Where the CLI talks to the world; tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal and a progress bar may be drawn. */
  interactive: boolean;
}

/**
 * The whole command: parse arguments, load and validate the scenario, simulate, render and write the
 * outputs atomically, print the summary. Returns the exit code; never calls `process.exit`.
 *
 * @example
 * await runCli(['dice', '--trials', '5'], { cwd: process.cwd(), stdout: console.log, stderr: console.error, interactive: false });
 */
export async function runCli(rawArgs: string[], io: CliIo): Promise<number> {
  return runCommand('bandsim', io, () => run(rawArgs, io));
}

/**
 * Runs one command of the CLI and turns what it throws into an exit code: a user mistake (bad arguments,
 * scenario, data, tune grid or `--out`) is one message and exit 2; anything else is a bug, printed with its
 * stack, exit 1. Shared by `simulate`, `detect` and `tune`.
 *
 * @example
 * await runCommand('bandsim detect', io, () => run(args, io));
 */
export async function runCommand(prefix: string, io: CliIo, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof CliError || error instanceof ScenarioError || error instanceof DataError || error instanceof TuneInputError) {
      io.stderr(`${prefix}: ${error.message}`);
      return 2;
    }
    if (error instanceof OutputDirError) {
      io.stderr(`${prefix}: --out ${error.message}`);
      return 2;
    }
    io.stderr(`${prefix}: unexpected error (a bug; please report it):\n${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

/** Refuses an output folder that is not a new or empty folder or an earlier result, before any work (exit 2). */
export async function checkOutput(outDir: string, io: CliIo): Promise<void> {
  await checkOutputDir(outDir, [io.cwd, homedir()]).catch(rethrowAsCliError);
}

/** Writes every output file or none ({@link writeFilesAtomically}); a path problem is a one-line exit-2 message. */
export async function writeOutput(outDir: string, files: OutputFile[]): Promise<void> {
  await writeFilesAtomically(outDir, files).catch(rethrowAsCliError);
}

async function run(rawArgs: string[], io: CliIo): Promise<number> {
  const parsed = readCommandLine(
    rawArgs,
    {
      seed: { type: 'string' },
      trials: { type: 'string' },
      out: { type: 'string' },
      'no-charts': { type: 'boolean' },
      period: { type: 'string' },
      metric: { type: 'string' },
      labels: { type: 'string' },
      workers: { type: 'string' },
      quiet: { type: 'boolean' },
    },
    USAGE,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new CliError(`${positionals.length === 0 ? 'name a scenario' : 'name exactly one scenario'}\n\n${USAGE}`);
  }

  // 1. Load and validate.
  const file = resolveScenarioFile(positionals[0], io.cwd);
  const dataOptions: MetricDataOptions = {};
  if (values.period !== undefined) {
    if (!/^\d+$/.test(values.period) || !isReplayStep(Number(values.period))) {
      throw new CliError(`--period: ${JSON.stringify(values.period.slice(0, 20))} is not a period bandsim replays on: use ${describeSteps()} seconds`);
    }
    dataOptions.periodSeconds = Number(values.period);
  }
  if (values.metric !== undefined) dataOptions.metric = values.metric;
  const scenario = loadScenario(file, dataOptions, values.labels === undefined ? undefined : resolve(io.cwd, values.labels));
  if (values.seed !== undefined) {
    if (values.seed.trim() === '' || values.seed.length > 100) throw new CliError('--seed: give a number or a word (at most 100 characters)');
    // A whole number stays a number while it is exact; a longer one is kept as the text given.
    scenario.seed = /^-?\d+$/.test(values.seed) && Number.isSafeInteger(Number(values.seed)) ? Number(values.seed) : values.seed;
  }
  if (values.trials !== undefined) {
    const trials = Number(values.trials);
    if (!Number.isInteger(trials) || trials < 1 || trials > 100_000) {
      throw new CliError(`--trials: "${shortText(values.trials)}" is not a whole number from 1 to 100000`);
    }
    scenario.trials = trials;
  }
  if (values.out !== undefined && values.out.trim() === '') throw new CliError('--out: give a folder name');
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 1024) throw new CliError(`--workers: "${values.workers}" is not a whole number from 1 to 1024`);
  }
  const outDir = resolve(io.cwd, values.out ?? join('out', slug(scenario.name)));
  // Refuse a folder that is not ours before any work, and touch nothing.
  await checkOutput(outDir, io);

  // 2. Simulate.
  const progress = io.interactive && !values.quiet ? progressBar(io.stderr) : null;
  const simulation = await simulateParallel(scenario, { workers, onProgress: progress ?? undefined });
  progress?.(-1, -1);

  // 3. Charts and report.
  const files: OutputFile[] = [{ name: 'summary.json', data: `${JSON.stringify(simulation.summary, null, 2)}\n` }];
  if (!values['no-charts']) {
    // Loaded only when rendering: vega, vega-lite and resvg take most of the start-up time.
    const [{ buildCharts }, { renderHtml }, { renderPng }, { renderSvg }, { reportPage }] = await Promise.all([
      import('../chart/buildCharts.js'),
      import('../report/html.js'),
      import('../report/renderPng.js'),
      import('../report/renderSvg.js'),
      import('../report/reportPage.js'),
    ]);
    const charts = buildCharts(scenario, simulation);
    for (const [c, chart] of charts.entries()) {
      if (progress) io.stderr(`\r\x1b[2Krendering chart ${c + 1}/${charts.length}`);
      const svg = await renderSvg(chart.spec);
      files.push({ name: `charts/${chart.id}.vl.json`, data: `${JSON.stringify(chart.spec, null, 2)}\n` });
      files.push({ name: `charts/${chart.id}.svg`, data: svg });
      files.push({ name: `charts/${chart.id}.png`, data: renderPng(svg) });
    }
    files.push({ name: 'index.html', data: renderHtml(reportPage(simulation.summary, charts)) });
    if (progress) io.stderr('\r\x1b[2K');
  }

  // 4. Write everything or nothing.
  await writeOutput(outDir, files);
  if (!values.quiet) {
    io.stdout(formatSummary(simulation.summary).join('\n'));
    io.stdout(`\nWrote ${files.length} files to ${outDir}${values['no-charts'] ? '' : `\nReport: ${join(outDir, 'index.html')}`}`);
  }
  return 0;
}

/** A path problem found while checking or writing `--out` becomes a one-line exit-2 message. */
function rethrowAsCliError(error: unknown): never {
  if (error instanceof OutputDirError) throw new CliError(`--out ${error.message}`);
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  if (cause?.code) throw new CliError(`--out: ${shortText((error as Error).message.replace(/^writeFilesAtomically: /, ''), 300)}`);
  throw error;
}

/**
 * Loads a scenario file and the metric data its `replay` series name (relative to the scenario file), or,
 * when the file is metric data itself (CSV, AWS CLI JSON), the default replay scenario around it, read with
 * `dataOptions` (`--period`, `--metric`; for a scenario file they are set in its series instead).
 */
export function loadScenario(file: string, dataOptions: MetricDataOptions = {}, labelsFile?: string): Scenario {
  const text = readText(file);
  if (isMetricData(file, text)) {
    const replay = parseMetricData(text, file, dataOptions);
    const input = replayScenario(file, replay);
    if (labelsFile !== undefined && input.series.generator === 'replay') input.series.labels = labelsFile;
    return attachLabels(attachReplayData(parseScenario(JSON.stringify(input), file), new Map([['default', replay]]), file), file);
  }
  if (Object.keys(dataOptions).length > 0 || labelsFile !== undefined) {
    throw new CliError(`--period, --metric and --labels apply to a metric data file; in a scenario, set series.periodSeconds, series.metric and series.labels`);
  }
  const scenario = parseScenario(text, file);
  const data = new Map<string, ReplayData>();
  scenario.variants.forEach((variant, v) => {
    if (variant.series.generator !== 'replay') return;
    const dataFile = resolve(dirname(file), variant.series.file);
    if (!existsSync(dataFile) || !statSync(dataFile).isFile()) {
      const field = scenario.variants.length > 1 && variant.name !== 'default' ? `variants[${v}].series.file` : 'series.file';
      throw new ScenarioError(file, [`${field}: no such file ${dataFile}`]);
    }
    const { statistic, column, metric, periodSeconds } = variant.series;
    data.set(variant.name, parseMetricData(readText(dataFile), dataFile, { statistic, column, metric, periodSeconds }));
  });
  return attachLabels(attachReplayData(scenario, data, file), file);
}

/**
 * Reads each replay variant's `series.labels` (relative to the scenario file) into `variant.labels`, and checks
 * that every fault of the variant has an onset whose span keeps clear of the windows.
 */
function attachLabels(scenario: Scenario, file: string): Scenario {
  const problems: string[] = [];
  const variants = scenario.variants.map((variant, v) => {
    if (variant.series.generator !== 'replay' || variant.series.labels === undefined) return variant;
    const field = scenario.variants.length > 1 && variant.name !== 'default' ? `variants[${v}].series.labels` : 'series.labels';
    const labelsFile = resolve(dirname(file), variant.series.labels);
    if (!existsSync(labelsFile) || !statSync(labelsFile).isFile()) throw new ScenarioError(file, [`${field}: no such file ${labelsFile}`]);
    const labels = readLabels(labelsFile);
    const dataFile = resolve(dirname(file), variant.series.file);
    const windows = Array.isArray(labels) ? labels : labelsFor(labels, dataFile);
    if (windows === undefined) throw new ScenarioError(file, [`${field}: ${labelsFile} has ${noLabelsFor(dataFile)}`]);
    scenario.faults.forEach((fault, f) => {
      if (!fault.variants.includes(variant.name)) return;
      const avoid = { windows, spanMs: faultSpanMs(fault, scenario.alarms) };
      if (onsetRoom(scenario, fault.onset.timeOfDay, avoid) === 0) {
        problems.push(`faults[${f}] ("${fault.name}"): ${noOnsetRoom(avoid, field)}: widen onsetSpreadDays or shorten the fault`);
      }
    });
    return { ...variant, labels: windows.map((w) => ({ startMs: w.startMs, endMs: w.endMs })) };
  });
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return { ...scenario, variants };
}

/** Files bandsim reads are at most this large (a scenario or a year of one-minute data is far smaller). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Reads an input file (a scenario, metric data, labels) as UTF-8 (other encodings are named and refused); a
 * file too large or unreadable is a one-line exit-2 message.
 *
 * @example
 * readText('/data/cpu.csv');
 */
export function readText(file: string): string {
  try {
    if (statSync(file).size > MAX_INPUT_BYTES) throw new CliError(`${shortText(file)}: larger than 256 MB; bandsim reads scenarios and metric data of at most 256 MB`);
    return decodeText(readFileSync(file), file);
  } catch (error) {
    if (error instanceof CliError || error instanceof DataError) throw error;
    throw new CliError(`${shortText(file)}: cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * A labels file: NAB's combined_windows.json (a map by data file) or a CSV of start,end windows (every file's).
 *
 * @example
 * readLabels('/data/nab/labels.json').get('realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv');
 */
export function readLabels(file: string): Map<string, LabelWindow[]> | LabelWindow[] {
  const text = readText(file);
  return text.trimStart().startsWith('{') ? parseNabLabels(text, file) : parseWindowCsv(text, file);
}

/**
 * A scenario argument is a file path if such a file exists, else the name of a built-in scenario
 * (`scenarios/<name>.json` in the package).
 */
export function resolveScenarioFile(arg: string, cwd: string): string {
  const asPath = resolve(cwd, arg);
  if (existsSync(asPath) && statSync(asPath).isFile()) return asPath;
  const builtIn = join(PACKAGE_ROOT, 'scenarios', `${basename(arg)}.json`);
  if (/^[\w-]+$/.test(arg) && existsSync(builtIn)) return builtIn;
  throw new CliError(`${shortText(arg)}: no such scenario file, and no built-in scenario of that name (built-in: dice, skyline, coconut)`);
}
