import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slug } from '../chart/common.js';
import { tuneChart } from '../chart/tuneChart.js';
import { cliJson } from '../deploy/cliJson.js';
import { cloudFormationYaml } from '../deploy/cloudFormation.js';
import { deploymentProblems, PLACEHOLDER_METRIC, type MetricIdentity } from '../deploy/deployment.js';
import { deploymentFor } from '../deploy/fromTune.js';
import { terraform } from '../deploy/terraform.js';
import { renderHtml } from '../report/html.js';
import { renderPng } from '../report/renderPng.js';
import { renderSvg } from '../report/renderSvg.js';
import { tunePage, type DeploySnippets } from '../report/tunePage.js';
import type { OutputFile } from '../report/writeFilesAtomically.js';
import type { BandAlarm } from '../scenario/parseScenario.js';
import { defaultGrid, GRID_DIMENSIONS, parseGridLists, type GridDimension, type TuneGrid } from '../tune/grid.js';
import { parseGoal } from '../tune/recommend.js';
import { formatMinutes } from '../metrics/format.js';
import { tune, type TuneResult } from '../tune/tune.js';
import { runTuneLabels } from './tuneLabelsCli.js';
import { readCommandLine } from './commandLine.js';
import { checkOutput, CliError, loadScenario, resolveScenarioFile, runCommand, writeOutput, type CliIo } from './runCli.js';

/** The help text of `bandsim tune` (`npm run tune -- --help`). */
export const TUNE_USAGE = `Usage: npm run tune <scenario|data file> [-- options]

Sweeps band alarm settings on the same trials, and recommends the one that detects the faults best within a
false-alarm budget, with the static alarms worth putting beside it and deployable CloudFormation, Terraform
and AWS CLI JSON. With --labels, tunes on labelled data files instead (npm run tune -- --labels x --help).

Options:
  --max-false-alarms-per-week X   the budget on fault-free runs (default 1)
  --goal "fault<=5min[@90%]"      a latency goal: that share of the fault's trials (default 90%) detected
                                  within the minutes; repeat for several faults
  --trials N, --seed N            override the scenario's trials and seed
  --workers N                     worker threads for the trials (default: the number of cores; 1: in-process)
  --grid FILE                     a JSON grid: {"k": [2, 3], "seasonality": ["daily"], "m-of-n": ["3/3"], ...}
  --k 2,3,4,5                     band widths (σ)            --seasonality none,hourly,daily,weekly,auto
  --sigma perBucket,pooled        σ per bucket or pooled      --m-of-n 1/1,3/3,3/5 (DatapointsToAlarm/EvaluationPeriods)
  --training-days 14              --period 60,300 (seconds)   --statistic Sum,Average
  --treat-missing-data missing,breaching
  --possible-maximum X            the highest value the metric can take (for the impossible-values alarm)
  --namespace NS --metric-name NAME --dimension Name=Value (repeatable) --metric-timezone Europe/Paris
                                  the CloudWatch metric of the exports (default: placeholders to replace)
  --out DIR                       output folder (default out/<scenario>-tune)
  --no-charts                     write tune.json and deploy/ only
  --quiet                         print nothing but errors
  -h, --help                      show this help

Writes tune.json, charts/tune-*.{vl.json,svg,png}, index.html and deploy/ (cloudformation.yaml, main.tf,
put-anomaly-detector.json, put-metric-alarm*.json). Exit codes: 0 done, 2 bad input, 1 unexpected error.`;

/**
 * \`bandsim tune\`: parse arguments, load the scenario, run the period check and the sweep, write the tune
 * report and the deploy files atomically, print the verdicts. Returns the exit code; never calls \`process.exit\`.
 *
 * @example
 * await runTuneCli(['skyline', '--trials', '5', '--k', '2,3'], { cwd: process.cwd(), stdout: console.log, stderr: console.error, interactive: false });
 */
export async function runTuneCli(rawArgs: string[], io: CliIo): Promise<number> {
  const onLabels = rawArgs.some((a) => a === '--labels' || a.startsWith('--labels='));
  return runCommand('bandsim tune', io, () => (onLabels ? runTuneLabels(rawArgs, io) : run(rawArgs, io)));
}

async function run(rawArgs: string[], io: CliIo): Promise<number> {
  const gridFlags = Object.fromEntries(GRID_DIMENSIONS.map((d) => [d, { type: 'string' as const }]));
  const parsed = readCommandLine(
    rawArgs,
    {
      ...gridFlags,
      'max-false-alarms-per-week': { type: 'string' },
      goal: { type: 'string', multiple: true },
      seed: { type: 'string' },
      trials: { type: 'string' },
      workers: { type: 'string' },
      grid: { type: 'string' },
      'possible-maximum': { type: 'string' },
      namespace: { type: 'string' },
      'metric-name': { type: 'string' },
      dimension: { type: 'string', multiple: true },
      'metric-timezone': { type: 'string' },
      out: { type: 'string' },
      'no-charts': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    TUNE_USAGE,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(TUNE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`${positionals.length === 0 ? 'name a scenario or data file' : 'name exactly one scenario'}\n\n${TUNE_USAGE}`);

  // 1. Load, validate every option before any work.
  const scenario = loadScenario(resolveScenarioFile(positionals[0], io.cwd));
  if (values.seed !== undefined) {
    if (values.seed.trim() === '') throw new CliError('--seed: give a number or a word');
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
  const budget = values['max-false-alarms-per-week'] === undefined ? 1 : Number(values['max-false-alarms-per-week']);
  if (!Number.isFinite(budget) || budget < 0) throw new CliError(`--max-false-alarms-per-week: "${values['max-false-alarms-per-week']}" is not a number ≥ 0`);
  const possibleMaximum = values['possible-maximum'] === undefined ? null : Number(values['possible-maximum']);
  if (possibleMaximum !== null && !Number.isFinite(possibleMaximum)) throw new CliError(`--possible-maximum: "${values['possible-maximum']}" is not a number`);
  const goals = (values.goal ?? []).map(parseGoal);
  const base = scenario.alarms.find((a): a is BandAlarm => a.type === 'band');
  if (!base) throw new CliError(`${positionals[0]}: tune needs a band alarm to tune (no alarm of type "band")`);
  const grid = readGrid(values as Record<string, unknown>, base, io.cwd);
  const metric = metricIdentity(values);
  const metricTimezone = values['metric-timezone'] ?? null;
  const outDir = resolve(io.cwd, values.out ?? join('out', `${slug(scenario.name)}-tune`));
  await checkOutput(outDir, io);

  // 2. Tune.
  const progress = io.interactive && !values.quiet ? etaProgress(io.stderr) : undefined;
  const result = await tune(scenario, { grid, maxFalseAlarmsPerWeek: budget, goals, possibleMaximum, onProgress: progress, workers });
  progress?.(-1, -1);

  // 3. Deploy files, charts and page.
  const files: OutputFile[] = [{ name: 'tune.json', data: `${JSON.stringify(roundDeep(result), null, 2)}\n` }];
  const snippets = new Map<string, DeploySnippets | string>();
  for (const variant of result.variants) {
    const folder = result.variants.length > 1 ? `deploy/${slug(variant.variant)}` : 'deploy';
    const deployment = deploymentFor(result, variant, base, metric, metricTimezone);
    if (!deployment) {
      snippets.set(variant.variant, 'No band setting was recommended, so nothing is exported.');
      continue;
    }
    const problems = deploymentProblems(deployment);
    if (problems.length) {
      snippets.set(variant.variant, `Not exported: ${problems.join('; ')}.`);
      continue;
    }
    const json = cliJson(deployment);
    const yaml = cloudFormationYaml(deployment);
    const tf = terraform(deployment);
    files.push({ name: `${folder}/cloudformation.yaml`, data: yaml }, { name: `${folder}/main.tf`, data: tf });
    files.push({ name: `${folder}/put-anomaly-detector.json`, data: `${JSON.stringify(json.anomalyDetector, null, 2)}\n` });
    files.push({ name: `${folder}/put-metric-alarm.json`, data: `${JSON.stringify(json.bandAlarm, null, 2)}\n` });
    json.staticAlarms.forEach((alarm, i) => files.push({ name: `${folder}/put-metric-alarm-static-${i + 1}.json`, data: `${JSON.stringify(alarm, null, 2)}\n` }));
    snippets.set(variant.variant, { cloudFormation: yaml, terraform: tf });
  }
  if (!values['no-charts']) {
    const charts = result.variants.map((v) => tuneChart(v, budget, result.scenario));
    for (const chart of charts) {
      const svg = await renderSvg(chart.spec);
      files.push({ name: `charts/${chart.id}.vl.json`, data: `${JSON.stringify(chart.spec, null, 2)}\n` });
      files.push({ name: `charts/${chart.id}.svg`, data: svg });
      files.push({ name: `charts/${chart.id}.png`, data: renderPng(svg) });
    }
    files.push({ name: 'index.html', data: renderHtml(tunePage(result, charts, snippets)) });
  }

  // 4. Write everything or nothing, then the verdicts.
  await writeOutput(outDir, files);
  if (!values.quiet) {
    io.stdout(formatTune(result).join('\n'));
    io.stdout(`\nWrote ${files.length} files to ${outDir}${values['no-charts'] ? '' : `\nReport: ${join(outDir, 'index.html')}`}`);
  }
  return 0;
}

/** The grid: the scenario's defaults, then a grid file, then flags (the later wins per dimension). */
function readGrid(values: Record<string, unknown>, base: BandAlarm, cwd: string): TuneGrid | undefined {
  const flags: Partial<Record<GridDimension, string>> = {};
  for (const d of GRID_DIMENSIONS) if (typeof values[d] === 'string') flags[d] = values[d] as string;
  const fromFile: Partial<Record<GridDimension, string>> = {};
  const file = typeof values.grid === 'string' ? resolve(cwd, values.grid) : null;
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new CliError(`${file}: a grid file is a JSON object such as {"k": [2, 3]}`);
    for (const [key, value] of Object.entries(json)) {
      if (!(GRID_DIMENSIONS as readonly string[]).includes(key)) throw new CliError(`${file}: unknown field "${key}" (fields: ${GRID_DIMENSIONS.join(', ')})`);
      const list = Array.isArray(value) ? value.map(String).join(',') : typeof value === 'string' || typeof value === 'number' ? String(value) : null;
      if (list === null) throw new CliError(`${file}: ${key}: give a list or a comma-separated string`);
      fromFile[key as GridDimension] = list;
    }
  }
  if (!file && Object.keys(flags).length === 0) return undefined;
  let grid = defaultGrid(base);
  if (file) grid = parseGridLists(fromFile, grid, (d) => `${file}: ${d}`);
  return parseGridLists(flags, grid, (d) => `--${d}`);
}

function metricIdentity(values: { namespace?: string; 'metric-name'?: string; dimension?: string[] }): MetricIdentity {
  const dimensions = (values.dimension ?? []).map((text) => {
    const at = text.indexOf('=');
    if (at <= 0 || at === text.length - 1) throw new CliError(`--dimension "${text}": write it as Name=Value`);
    return { name: text.slice(0, at), value: text.slice(at + 1) };
  });
  if (dimensions.length > 30) throw new CliError('--dimension: CloudWatch allows at most 30 dimensions');
  for (const [flag, text] of [['--namespace', values.namespace], ['--metric-name', values['metric-name']]] as const) {
    if (text !== undefined && (text.length === 0 || text.length > 255)) throw new CliError(`${flag}: give 1 to 255 characters`);
  }
  const placeholder = values.namespace === undefined || values['metric-name'] === undefined;
  return {
    namespace: values.namespace ?? PLACEHOLDER_METRIC.namespace,
    metricName: values['metric-name'] ?? PLACEHOLDER_METRIC.metricName,
    dimensions,
    placeholder,
  };
}

/** A progress line with the trials done and the estimated time left (wall clock, stderr only). */
function etaProgress(write: (text: string) => void): (done: number, total: number) => void {
  const start = performance.now();
  let lastDraw = -Infinity;
  return (done, total) => {
    if (done < 0) {
      write('\r\x1b[2K');
      return;
    }
    const now = performance.now();
    if (done < total && now - lastDraw < 250) return;
    lastDraw = now;
    const elapsed = (now - start) / 1000;
    const left = done > 0 ? (elapsed / done) * (total - done) : Number.NaN;
    const width = 30;
    const filled = Math.round((done / total) * width);
    write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} trials, ${clock(elapsed)} elapsed${Number.isFinite(left) ? `, about ${clock(left)} left` : ''}`);
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The terminal summary: per variant the verdict, the period check and the top settings. */
export function formatTune(result: TuneResult): string[] {
  const lines: string[] = [`bandsim tune: ${result.scenario}, ${result.variants[0]?.settings.length ?? 0} settings × ${result.trials} trials, budget ${result.maxFalseAlarmsPerWeek} false alarms/week`];
  for (const variant of result.variants) {
    lines.push('', result.variants.length > 1 ? `[${variant.variant}]` : '', `Period check: ${variant.periodCheck.flagged ? 'FLAGGED. ' : ''}${variant.periodCheck.message}`, variant.verdict);
    for (const i of [variant.recommended, ...variant.runnersUp]) {
      if (i === null) continue;
      const s = variant.settings[i];
      lines.push(`  ${i === variant.recommended ? '*' : ' '} ${s.label.padEnd(34)} ${s.falseAlarmsPerWeek.toFixed(2).padStart(7)} FA/week ${`${Math.round(s.detectionRate * 100)}%`.padStart(5)} detected, p50 ${formatMinutes(s.latencyP50)}`);
    }
  }
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '');
}

/** Numbers to 6 significant digits, as in summary.json. */
function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(6)) : null;
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  return value;
}
