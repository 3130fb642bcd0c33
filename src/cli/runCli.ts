import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slug } from '../chart/common.js';
import { writeFilesAtomically, type OutputFile } from '../report/writeFilesAtomically.js';
import { DataError, isMetricData, parseMetricData } from '../generate/replay.js';
import type { Series } from '../generate/series.js';
import { attachReplayData } from '../scenario/attachReplayData.js';
import { parseScenario, ScenarioError, type Scenario } from '../scenario/parseScenario.js';
import { replayScenario } from '../scenario/replayScenario.js';
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

Options:
  --seed N        override the scenario's seed (same seed, same results)
  --trials N      override the number of Monte Carlo trials
  --out DIR       output folder (default: out/<scenario name>)
  --no-charts     write summary.json only (faster)
  --workers N     worker threads for the trials (default: the number of cores; 1: none, in-process)
  --quiet         print nothing but errors
  -h, --help      show this help

Writes summary.json, charts/*.vl.json (Vega-Lite), charts/*.svg, charts/*.png and index.html.
Exit codes: 0 done, 2 bad input (the message names the file and field), 1 unexpected error.`;

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
  try {
    return await run(rawArgs, io);
  } catch (error) {
    if (error instanceof CliError || error instanceof ScenarioError || error instanceof DataError) {
      io.stderr(`bandsim: ${error.message}`);
      return 2;
    }
    io.stderr(`bandsim: unexpected error (a bug; please report it):\n${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

async function run(rawArgs: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rawArgs,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        trials: { type: 'string' },
        out: { type: 'string' },
        'no-charts': { type: 'boolean' },
        workers: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`);
  }
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
  const scenario = loadScenario(file);
  if (values.seed !== undefined) {
    if (!/^-?\d+$/.test(values.seed) && values.seed.trim() === '') throw new CliError('--seed: give a number or a word');
    scenario.seed = /^-?\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  }
  if (values.trials !== undefined) {
    const trials = Number(values.trials);
    if (!Number.isInteger(trials) || trials < 1 || trials > 100_000) throw new CliError(`--trials: "${values.trials}" is not a whole number from 1 to 100000`);
    scenario.trials = trials;
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 1024) throw new CliError(`--workers: "${values.workers}" is not a whole number from 1 to 1024`);
  }
  const outDir = resolve(io.cwd, values.out ?? join('out', slug(scenario.name)));

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
  await writeFilesAtomically(outDir, files);
  if (!values.quiet) {
    io.stdout(formatSummary(simulation.summary).join('\n'));
    io.stdout(`\nWrote ${files.length} files to ${outDir}${values['no-charts'] ? '' : `\nReport: ${join(outDir, 'index.html')}`}`);
  }
  return 0;
}

/**
 * Loads a scenario file and the metric data its `replay` series name (relative to the scenario file), or,
 * when the file is metric data itself (CSV, AWS CLI JSON), the default replay scenario around it.
 */
export function loadScenario(file: string): Scenario {
  const text = readFileSync(file, 'utf8');
  if (isMetricData(file, text)) {
    const series = parseMetricData(text, file);
    return attachReplayData(parseScenario(JSON.stringify(replayScenario(file, series)), file), new Map([['default', series]]), file);
  }
  const scenario = parseScenario(text, file);
  const data = new Map<string, Series>();
  scenario.variants.forEach((variant, v) => {
    if (variant.series.generator !== 'replay') return;
    const dataFile = resolve(dirname(file), variant.series.file);
    if (!existsSync(dataFile) || !statSync(dataFile).isFile()) {
      const field = scenario.variants.length > 1 && variant.name !== 'default' ? `variants[${v}].series.file` : 'series.file';
      throw new ScenarioError(file, [`${field}: no such file ${dataFile}`]);
    }
    const { statistic, column } = variant.series;
    data.set(variant.name, parseMetricData(readFileSync(dataFile, 'utf8'), dataFile, { statistic, column }));
  });
  return attachReplayData(scenario, data, file);
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
  throw new CliError(`${arg}: no such scenario file, and no built-in scenario of that name (built-in: dice, skyline, coconut)`);
}
