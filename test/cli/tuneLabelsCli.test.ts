import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDetectCli } from '../../src/cli/detectCli.js';
import type { CliIo } from '../../src/cli/runCli.js';
import { runTuneCli } from '../../src/cli/tuneCli.js';
import { randomNormal } from '../../src/random/normal.js';
import { createRng } from '../../src/random/rng.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false };
  return { io: value, out, err };
}

const START = Date.UTC(2026, 0, 5);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** 18 days of a 5-minute daily cycle with a surge of `size` for 3 hours from `surgeMs`. */
function metricCsv(seed: number, surgeMs: number, size: number): string {
  const rng = createRng(seed, 'tune labels cli test');
  const lines = ['timestamp,value'];
  for (let t = START; t < START + 18 * 86_400_000; t += 300_000) {
    const v = 50 + 20 * Math.sin((2 * Math.PI * (t % 86_400_000)) / 86_400_000) + 2 * randomNormal(rng) + (t >= surgeMs && t < surgeMs + 3 * 3_600_000 ? size : 0);
    lines.push(`${stamp(t)},${v.toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A NAB-like folder: data/<group>/<file>.csv and labels.json keyed by group/file. */
function labelledFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-labels-'));
  const labels: Record<string, string[][]> = {};
  for (const [group, count] of [['real', 6], ['art', 2]] as const) {
    mkdirSync(join(dir, 'data', group), { recursive: true });
    for (let i = 0; i < count; i++) {
      const surge = START + (14 + (i % 3)) * 86_400_000 + (8 + i) * 3_600_000;
      writeFileSync(join(dir, 'data', group, `f${i}.csv`), metricCsv(i + (group === 'art' ? 50 : 0), surge, 8 + 5 * i));
      labels[`${group}/f${i}.csv`] = [[`${stamp(surge - 3_600_000)}.000000`, `${stamp(surge + 5 * 3_600_000)}.000000`]];
    }
  }
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
  return dir;
}

describe('bandsim tune --labels', () => {
  it('chooses on training files, scores held-out files and folds, and writes chosen.json that detect reads back', async () => {
    const dir = labelledFolder();
    const run = io(dir);
    const args = ['--labels', 'labels.json', 'data', '--held-out-folders', 'real', '--holdout', '0.34', '--folds', '3', '--seed', '2', '--period', '300,900', '--k', '2,3,4', '--m-of-n', '1/1,3/3', '--sigma', 'pooled', '--seasonality', 'daily', '--out', 'r'];
    expect(await runTuneCli(args, run.io)).toBe(0);
    expect(run.err).toEqual([]);
    const summary = JSON.parse(readFileSync(join(dir, 'r/summary.json'), 'utf8'));
    expect(summary.settingsSwept).toBe(12);
    expect(summary.heldOut.files).toHaveLength(2);
    expect(summary.heldOut.files.every((f: string) => f.startsWith('real/'))).toBe(true);
    expect(summary.train.files).toHaveLength(6);
    expect(summary.crossValidation.folds).toHaveLength(3);
    const text = run.out.join('\n');
    expect(text).toContain('Held-out files:');
    expect(text).toMatch(/NAB standard score: training -?\d+\.\d, held out -?\d+\.\d \(2 files of real\)/);
    expect(text).toMatch(/Cross-validated \(3 folds of real,/);
    expect(readFileSync(join(dir, 'r/files.csv'), 'utf8').split('\n')[0]).toBe('split,file,alarms,caught,p50 min,FP/week,standard,low FP,low FN');

    // detect with the chosen settings gives each file the same outcome as tune's report of it.
    const detect = io(dir);
    expect(await runDetectCli(['data', '--labels', 'labels.json', '--settings', 'r/chosen.json', '--out', 'd', '--quiet'], detect.io)).toBe(0);
    const detected = JSON.parse(readFileSync(join(dir, 'd/summary.json'), 'utf8'));
    for (const f of summary.files) {
      const same = detected.files.find((d: { file: string }) => d.file === f.file);
      expect(same.alarms).toBe(f.alarms);
      expect(same.score.nab.standard.score).toBeCloseTo(f.score.nab.standard.score, 4);
    }
    expect(detected.options.periodSeconds).toBe(summary.chosen.alarm.periodSeconds);
    // Flags override the settings file.
    const override = io(dir);
    expect(await runDetectCli(['data/real/f0.csv', '--settings', 'r/chosen.json', '--k', '7', '--out', 'd7', '--quiet'], override.io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'd7/summary.json'), 'utf8')).options.band.k).toBe(7);
  });

  it('takes explicit --train and --test folders', async () => {
    const dir = labelledFolder();
    const run = io(dir);
    expect(await runTuneCli(['--labels', 'labels.json', '--train', 'data/art', '--test', 'data/real', '--folds', '0', '--k', '2,3', '--m-of-n', '3/3', '--period', '900', '--seasonality', 'daily', '--sigma', 'pooled', '--out', 'r', '--quiet'], run.io)).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'r/summary.json'), 'utf8'));
    expect(summary.train.files).toEqual(['train/f0.csv', 'train/f1.csv']);
    expect(summary.heldOut.files).toHaveLength(6);
    expect(summary.crossValidation).toBeNull();
    // No held-out files at all: every file trains, the folds alone estimate the held-out score.
    const all = io(dir);
    expect(await runTuneCli(['--labels', 'labels.json', 'data', '--holdout', '0', '--folds', '2', '--k', '3', '--m-of-n', '3/3', '--period', '900', '--seasonality', 'daily', '--sigma', 'pooled', '--out', 'all'], all.io)).toBe(0);
    expect(all.err).toEqual([]);
    expect(all.out.join('\n')).not.toContain('Held-out files:');
    const allSummary = JSON.parse(readFileSync(join(dir, 'all/summary.json'), 'utf8'));
    expect(allSummary.heldOut).toBeNull();
    expect(allSummary.train.files).toHaveLength(8);
  });

  it('with --train and --test, holds out and folds the --test files only: every --train file trains in every fold', async () => {
    const dir = labelledFolder();
    const grid = ['--k', '2,3', '--m-of-n', '3/3', '--period', '900', '--seasonality', 'daily', '--sigma', 'pooled'];
    for (const extra of [[], ['--held-out-folders', 'test']]) {
      const run = io(dir);
      const out = `r${extra.length}`;
      expect(await runTuneCli(['--labels', 'labels.json', '--train', 'data/art', '--test', 'data/real', '--folds', '3', ...grid, ...extra, '--out', out], run.io), extra.join(' ')).toBe(0);
      const summary = JSON.parse(readFileSync(join(dir, out, 'summary.json'), 'utf8'));
      const tests = summary.heldOut.files;
      expect(tests).toEqual(['test/f0.csv', 'test/f1.csv', 'test/f2.csv', 'test/f3.csv', 'test/f4.csv', 'test/f5.csv']);
      expect(summary.fitted.files).toEqual(tests);
      expect(summary.crossValidation.folds.flatMap((f: { files: string[] }) => f.files).sort()).toEqual(tests);
      const text = run.out.join('\n');
      expect(text).toContain('Fitted (the best setting on the 6 files of test, scored on the same files)');
      expect(text).toContain('Cross-validated (3 folds of test,');
    }
    const bad = io(dir);
    expect(await runTuneCli(['--labels', 'labels.json', '--train', 'data/art', '--test', 'data/real', '--held-out-folders', 'train', ...grid, '--out', 'o'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/--held-out-folders: no data files in "train" \(--test folders: test\)/);
    // A flat data folder's files are in that folder, by its name.
    const flat = io(dir);
    expect(await runTuneCli(['--labels', 'labels.json', 'data/real', '--held-out-folders', 'nope', ...grid, '--out', 'o'], flat.io)).toBe(2);
    expect(flat.err[0]).toMatch(/no data files in "nope" \(folders: real\)/);
    const named = io(dir);
    expect(await runTuneCli(['--labels', 'labels.json', 'data/real', '--held-out-folders', 'real', '--folds', '0', ...grid, '--out', 'flat', '--quiet'], named.io)).toBe(0);
  });

  it('reads a CSV of start,end windows as the labels of every file', async () => {
    const dir = labelledFolder();
    const surge = START + 14 * 86_400_000 + 8 * 3_600_000;
    writeFileSync(join(dir, 'windows.csv'), `start,end\n${stamp(surge - 3_600_000)},${stamp(surge + 5 * 3_600_000)}\n`);
    const run = io(dir);
    expect(await runTuneCli(['--labels', 'windows.csv', 'data/real', '--holdout', '0.34', '--folds', '0', '--k', '3', '--m-of-n', '3/3', '--period', '900', '--seasonality', 'daily', '--sigma', 'pooled', '--out', 'r', '--quiet'], run.io)).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'r/summary.json'), 'utf8'));
    expect(summary.files).toHaveLength(6);
    for (const f of summary.files) expect(f.score.windows).toHaveLength(1);
    expect(summary.files[0].score.windows[0].start).toBe(new Date(surge - 3_600_000).toISOString());
  });

  it('refuses bad input with one message, exit 2, nothing written', async () => {
    const dir = labelledFolder();
    writeFileSync(join(dir, 'bad-settings.json'), JSON.stringify({ name: 'x', type: 'static', comparison: 'GreaterThanThreshold', threshold: 1 }));
    const cases: Array<[string[], RegExp]> = [
      [['--labels', 'labels.json', 'data', '--holdout', '1', '--out', 'o'], /--holdout: "1" is not a share/],
      [['--labels', 'labels.json', 'data', '--folds', '1', '--out', 'o'], /--folds: "1"/],
      [['--labels', 'labels.json', 'data', '--held-out-folders', 'nope', '--out', 'o'], /--held-out-folders: no data files in "nope"/],
      [['--labels', 'labels.json', '--train', 'data/art', '--out', 'o'], /--train and --test go together/],
      [['--labels', 'labels.json', 'data', '--k', '2,x', '--out', 'o'], /--k: "x" is not a number/],
      [['--labels', 'labels.json', 'data', '--period', '3600', '--m-of-n', '1/48', '--out', 'o'], /grid setting "3600s Average 1\/48 .*": evaluationPeriods: evaluationPeriods × periodSeconds must be at most one day/],
    ];
    for (const [args, message] of cases) {
      const run = io(dir);
      expect(await runTuneCli(args, run.io), args.join(' ')).toBe(2);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(message);
    }
    const detect = io(dir);
    expect(await runDetectCli(['data', '--settings', 'bad-settings.json', '--out', 'o'], detect.io)).toBe(2);
    expect(detect.err[0]).toContain('bad-settings.json: type: detect runs a band alarm');
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });
});

// NAB's series (28 files) when the shared data folder is next to the repository (../shared, or ../../shared from a worktree).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NAB = [resolve(ROOT, '../shared/data/nab'), resolve(ROOT, '../../shared/data/nab')].find((d) => existsSync(join(d, 'labels.json')));
if (!NAB) console.log(`tuneLabelsCli.test: skipping the NAB run: no ../shared/data/nab next to ${ROOT}`);

describe.skipIf(!NAB)('bandsim tune --labels on ../shared/data/nab', () => {
  it('cross-validates the default grid on the real AWS series to a NAB standard score of at least 50', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-labels-nab-'));
    const run = io(dir);
    const args = ['--labels', join(NAB!, 'labels.json'), join(NAB!, 'data'), '--held-out-folders', 'realAWSCloudwatch', '--out', 'nab', '--quiet'];
    expect(await runTuneCli(args, run.io)).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'nab/summary.json'), 'utf8'));
    console.log(
      `tune --labels on NAB: chosen ${summary.chosen.label}; training ${summary.train.score.normalised}, held out ${summary.heldOut.score.normalised}, ` +
        `fitted ${summary.fitted.score}, cross-validated ${summary.crossValidation.pooled.normalised} (pooled), ${summary.crossValidation.meanOfFolds} (mean of folds)`,
    );
    expect(summary.files).toHaveLength(28);
    expect(summary.heldOut.files.every((f: string) => f.startsWith('realAWSCloudwatch/'))).toBe(true);
    expect(summary.crossValidation.pooled.normalised).toBeGreaterThanOrEqual(50);
    expect(summary.fitted.score).toBeGreaterThanOrEqual(summary.crossValidation.pooled.normalised);
  }, 300_000);
});
