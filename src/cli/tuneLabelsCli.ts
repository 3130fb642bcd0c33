import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { slug } from '../chart/common.js';
import { labelsFor, noLabelsFor, windowsToRows } from '../detect/labels.js';
import { NAB_PROFILES, type NabProfile } from '../detect/nabScore.js';
import { readMetricRows } from '../detect/rows.js';
import { alignTable, detectTable, detectTotals } from '../detect/writeDetect.js';
import { DataError } from '../replay/dataError.js';
import type { OutputFile } from '../report/writeFilesAtomically.js';
import { expandLabelGrid, LABEL_GRID_ALARM_FLAGS, LABEL_GRID_BAND_FLAGS, readLabelGrid, settingAlarmConfig } from '../tune/labelGrid.js';
import { tuneOnLabels, type LabelledFile, type TuneOnLabelsResult } from '../tune/tuneOnLabels.js';
import { dataFiles } from './detectCli.js';
import { roundDeep } from '../metrics/summarize.js';
import { readCommandLine } from './commandLine.js';
import { checkOutput, CliError, readLabels, readText, writeOutput, type CliIo } from './runCli.js';

/** The help text of `bandsim tune --labels` (`npm run tune -- --labels x --help`). */
export const TUNE_LABELS_USAGE = `Usage: npm run tune -- --labels LABELS <data folder> [options]
       npm run tune -- --labels LABELS --train DIR --test DIR [options]

Tunes a band alarm on labelled data instead of injected faults: every setting of the grid runs detect on every
file and is scored with NAB's scorer; the best setting on the training files is chosen, scored on held-out
files, and the whole choice is cross-validated. Writes the chosen settings as a file detect reads
(detect --settings chosen.json).

Options:
  --labels FILE               NAB combined_windows.json-style labels, or a CSV of start,end windows (every file)
  --held-out-folders F,G      only files in these folders are held out and count for the held-out, fitted and
                              cross-validated scores (default: every folder); the others always train. A flat
                              data folder is its own folder (its name)
  --holdout SHARE             share of each held-out folder's files held out, seeded (default 0.3; 0: none)
  --train DIR --test DIR      explicit training and held-out folders instead of a positional folder: only the
                              --test files are held out and count for the held-out, fitted and cross-validated
                              scores (the folds split them; every --train file trains in every fold)
  --folds K                   k-fold cross-validation of the choice (default 5; 0: none)
  --seed S                    seed of the split and the folds (default 1)
  --profile P                 NAB profile to maximise: standard (default), reward_low_FP_rate, reward_low_FN_rate
  --grid FILE                 JSON grid: {"period": [300, 3600], "m-of-n": ["3/3"], "band": {"k": [2, 3], ...}};
                              "band" takes any band option as a list of values
  --period 300,3600           alarm periods, seconds        --statistic Average,p90
  --m-of-n 1/1,2/3,3/3        M of N                        --treat-missing-data missing,breaching
  --comparison C,...          band comparisons
  --k 1.5,2,2.5,3,4           --seasonality none,daily,weekly --sigma perBucket,pooled
  --training-days 14          --bucket-minutes 15,60        --min-seasons 2     --clamp-lower 0
  --model seasonal,ewma,...   band models (README: Band models); with several, an option a model does not
                              read is dropped for it (--half-life-days for ewma, --window-minutes for the
                              window models, pooled σ and seasonality for non-seasonal ones)
  --half-life-days 1,3        --window-minutes 60,1440
  --out DIR                   output folder (default out/tune-labels/<name>)
  --quiet                     print nothing but errors
  -h, --help                  show this help

Writes summary.json (every setting's scores, the split, the folds, the chosen setting on each file),
chosen.json (the chosen band alarm: detect --settings reads it), settings.csv and files.csv.
Exit codes: 0 done, 2 bad input, 1 unexpected error.`;

/**
 * `bandsim tune --labels`: reads the labelled files, sweeps the grid, writes the summary and the chosen
 * settings, prints the tables. Called by `runTuneCli` when `--labels` is given.
 *
 * @example
 * await runTuneLabels(['../shared/data/nab/data', '--labels', '../shared/data/nab/labels.json'], io);
 */
export async function runTuneLabels(rawArgs: string[], io: CliIo): Promise<number> {
  const gridFlags = Object.fromEntries([...LABEL_GRID_ALARM_FLAGS, ...Object.keys(LABEL_GRID_BAND_FLAGS)].map((d) => [d, { type: 'string' as const }]));
  const parsed = readCommandLine(
    rawArgs,
    {
      ...gridFlags,
      labels: { type: 'string' },
      'held-out-folders': { type: 'string' },
      holdout: { type: 'string' },
      train: { type: 'string' },
      test: { type: 'string' },
      folds: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'string' },
      grid: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
    },
    TUNE_LABELS_USAGE,
  );
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout(TUNE_LABELS_USAGE);
    return 0;
  }

  // 1. Every option checked before any work.
  if (v.labels === undefined) throw new CliError(`--labels: name the labels file\n\n${TUNE_LABELS_USAGE}`);
  const explicit = v.train !== undefined || v.test !== undefined;
  if (explicit && (v.train === undefined || v.test === undefined)) throw new CliError('--train and --test go together');
  if (explicit && positionals.length > 0) throw new CliError('give either a data folder or --train and --test, not both');
  if (explicit && v.holdout !== undefined) throw new CliError('--holdout splits a data folder; with --train and --test the split is given');
  if (!explicit && positionals.length !== 1) throw new CliError(`name one data folder (or --train DIR --test DIR)\n\n${TUNE_LABELS_USAGE}`);
  const share = v.holdout === undefined ? 0.3 : Number(v.holdout);
  if (!(share >= 0 && share < 1)) throw new CliError(`--holdout: "${v.holdout}" is not a share from 0 to below 1`);
  const folds = v.folds === undefined ? 5 : Number(v.folds);
  if (!Number.isInteger(folds) || folds < 0 || folds === 1 || folds > 100) throw new CliError(`--folds: "${v.folds}" is not 0 or a whole number from 2 to 100`);
  if (v.seed !== undefined && v.seed.trim() === '') throw new CliError('--seed: give a number or a word');
  const seed = v.seed === undefined ? 1 : /^-?\d+$/.test(v.seed) ? Number(v.seed) : v.seed;
  const profile = (v.profile ?? 'standard') as NabProfile;
  if (!(profile in NAB_PROFILES)) throw new CliError(`--profile: "${v.profile}" is not one of ${Object.keys(NAB_PROFILES).join(', ')}`);
  let gridFile: unknown = null;
  if (v.grid !== undefined) {
    try {
      gridFile = JSON.parse(readText(resolve(io.cwd, v.grid)));
    } catch (error) {
      if (error instanceof CliError || error instanceof DataError) throw error;
      throw new CliError(`${resolve(io.cwd, v.grid)}: ${(error as Error).message}`);
    }
  }
  const settings = expandLabelGrid(readLabelGrid(v as Record<string, string | undefined>, gridFile, v.grid ?? ''));
  const input = explicit ? resolve(io.cwd, v.train!) : resolve(io.cwd, positionals[0]);
  const outDir = resolve(io.cwd, v.out ?? join('out', 'tune-labels', slug(basename(input))));
  await checkOutput(outDir, io);

  // 2. The labelled files.
  const labelsFile = resolve(io.cwd, v.labels);
  const labels = readLabels(labelsFile);
  const sources = explicit ? [resolve(io.cwd, v.train!), resolve(io.cwd, v.test!)] : [input];
  const files: LabelledFile[] = [];
  const testNames: string[] = [];
  const missing: string[] = [];
  for (const [s, source] of sources.entries()) {
    if (!statSync(source, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`${source}: not a folder of data files`);
    for (const path of dataFiles(source, outDir)) {
      const relativeName = relative(source, path).replaceAll('\\', '/');
      const name = explicit ? `${s === 0 ? 'train' : 'test'}/${relativeName}` : relativeName;
      const windows = Array.isArray(labels) ? labels : labelsFor(labels, path);
      if (windows === undefined) {
        missing.push(name);
        continue;
      }
      const { series, rows } = readMetricRows(readText(path), path);
      const rowTimesMs = Float64Array.from(rows, (r) => r.timeMs);
      // The file's folder, as the user names it: `train/...` and `test/...` with --train and --test; a flat data
      // folder is its own folder's name.
      const group = explicit ? dirname(name) : dirname(relativeName) === '.' ? basename(source) : dirname(relativeName);
      files.push({ name, group, series, rowTimesMs, windows: windowsToRows(rowTimesMs, windows) });
      if (s === 1) testNames.push(name);
    }
  }
  if (missing.length > 0) throw new DataError(labelsFile, missing.map(noLabelsFor));
  // With --train and --test only the --test files are held out: they alone count for the held-out, fitted and
  // cross-validated figures (the folds split them; every --train file trains in every fold).
  const testGroups = [...new Set(files.filter((f) => testNames.includes(f.name)).map((f) => f.group))].sort();
  let heldOutGroups = v['held-out-folders'] === undefined ? (explicit ? testGroups : undefined) : v['held-out-folders'].split(',').map((g) => g.trim());
  if (v['held-out-folders'] !== undefined) {
    const groups = explicit ? [...new Set(['test', ...testGroups])] : [...new Set(files.map((f) => f.group))].sort();
    const unknown = heldOutGroups!.filter((g) => !groups.includes(g));
    const where = explicit ? '--test folders' : 'folders';
    if (unknown.length > 0) throw new CliError(`--held-out-folders: no data files in ${unknown.map((g) => `"${g}"`).join(', ')} (${where}: ${groups.join(', ')})`);
    // Naming the --test folder itself (e.g. `test`) holds out every --test file.
    if (explicit) heldOutGroups = testGroups;
  }

  // 3. Tune.
  const progress = io.interactive && !v.quiet ? (done: number, total: number) => io.stderr(`\r\x1b[2K${done}/${total} files`) : undefined;
  let result: TuneOnLabelsResult;
  try {
    result = tuneOnLabels(files, settings, {
      profile,
      heldOutGroups,
      holdout: explicit ? { names: testNames } : { share },
      folds,
      seed,
      onProgress: progress,
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('tuneOnLabels: ')) throw new CliError(error.message.replace(/^tuneOnLabels: /, ''));
    throw error;
  }
  if (progress) io.stderr('\r\x1b[2K');

  // 4. Write and print.
  const chosen = settingAlarmConfig(result.chosenSetting);
  const summary = {
    input: explicit ? { train: v.train, test: v.test } : positionals[0],
    labels: v.labels,
    profile,
    seed,
    holdout: explicit ? 'the --test folder' : share,
    heldOutFolders: heldOutGroups ?? 'every folder',
    settingsSwept: settings.length,
    chosen: { label: result.chosenSetting.label, alarm: chosen },
    train: result.train,
    heldOut: result.heldOut,
    fitted: result.fitted,
    crossValidation: result.crossValidation,
    skipped: result.skipped,
    settings: result.settings,
    files: result.files,
  };
  const tables = tuneLabelsTables(result);
  const outputs: OutputFile[] = [
    { name: 'summary.json', data: `${JSON.stringify(roundDeep(summary), null, 2)}\n` },
    { name: 'chosen.json', data: `${JSON.stringify(chosen, null, 2)}\n` },
    { name: 'settings.csv', data: `label,train,held_out,fitted\n${result.settings.map((s) => [JSON.stringify(s.label), s.train, s.heldOut ?? '', s.fitted].join(',')).join('\n')}\n` },
    { name: 'files.csv', data: `${tables.files.map((row) => row.join(',')).join('\n')}\n` },
  ];
  await writeOutput(outDir, outputs);
  if (!v.quiet) {
    for (const line of formatTuneLabels(result, settings.length, tables)) io.stdout(line);
    io.stdout(`\nwrote ${outDir}\nrun it on other files: npm run detect -- <data> --labels <labels> --settings ${join(outDir, 'chosen.json')}`);
  }
  return 0;
}

/** The per-file tables of the chosen setting: training files, then held-out files, each with its totals. */
function tuneLabelsTables(result: TuneOnLabelsResult): { files: string[][]; train: string[]; heldOut: string[] } {
  const part = (split: 'train' | 'held out') => {
    const files = result.files.filter((f) => f.split === split);
    return files.length ? detectTable(files, detectTotals(files)) : [];
  };
  const train = part('train');
  const held = part('held out');
  const csv = [['split', ...(train[0] ?? held[0])], ...train.slice(1).map((r) => ['train', ...r]), ...held.slice(1).map((r) => ['held out', ...r])];
  return { files: csv, train: train.length ? alignTable(train) : [], heldOut: held.length ? alignTable(held) : [] };
}

/** The terminal report: the chosen setting, the per-file tables, the train, held-out, fitted and cross-validated scores. */
function formatTuneLabels(result: TuneOnLabelsResult, swept: number, tables: { train: string[]; heldOut: string[] }): string[] {
  const f1 = (x: number) => x.toFixed(1);
  const groupOf = new Map(result.files.map((f) => [f.file, f.group]));
  const folders = (names: readonly string[]) => [...new Set(names.map((n) => groupOf.get(n)!))].sort().join(', ');
  const failed = result.files.filter((f) => f.failed !== undefined);
  const lines = [
    `bandsim tune --labels: ${swept} settings × ${result.files.length} files, NAB ${result.profile} profile${result.skipped.length ? ` (${result.skipped.length} settings skipped: ${result.skipped[0].reason}${result.skipped.length > 1 ? ', ...' : ''})` : ''}`,
    `Chosen on the ${result.train.files.length} training files: ${result.chosenSetting.label}`,
    '',
    'Training files:',
    ...tables.train,
  ];
  if (tables.heldOut.length) lines.push('', 'Held-out files:', ...tables.heldOut);
  lines.push(
    '',
    `NAB ${result.profile} score: training ${f1(result.train.score.normalised)}` +
      (result.heldOut ? `, held out ${f1(result.heldOut.score.normalised)} (${result.heldOut.files.length} files of ${folders(result.heldOut.files)})` : ''),
    `Fitted (the best setting on the ${result.fitted.files.length} files of ${folders(result.fitted.files)}, scored on the same files): ${f1(result.fitted.score)} (${result.fitted.label})`,
  );
  if (failed.length > 0) lines.push(`The chosen setting cannot run on ${failed.length} held-out file${failed.length > 1 ? 's' : ''} (${failed[0].failed}): scored as detecting nothing`);
  const cv = result.crossValidation;
  if (cv) {
    lines.push(
      `Cross-validated (${cv.folds.length} folds of ${folders(result.fitted.files)}, choice repeated without each fold): ${f1(cv.pooled.normalised)} pooled over the folds' files, ${f1(cv.meanOfFolds)} mean of folds`,
      ...cv.folds.map((f) => `  fold ${f.fold}: ${f1(f.score.normalised)} on ${f.files.length} files, chose ${f.chosen}`),
    );
  }
  return lines;
}

