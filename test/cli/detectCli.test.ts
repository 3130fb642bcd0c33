import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDetectCli } from '../../src/cli/detectCli.js';
import type { CliIo } from '../../src/cli/runCli.js';
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

/** A NAB-style CSV: 18 days of a 5-minute daily cycle with seeded noise and a 3-hour surge on day 15. */
function metricCsv(seed: number, surgeAtMs: number): string {
  const rng = createRng(seed, 'detect cli test');
  const lines = ['timestamp,value'];
  for (let t = START; t < START + 18 * 86_400_000; t += 300_000) {
    let v = 50 + 20 * Math.sin((2 * Math.PI * (t % 86_400_000)) / 86_400_000) + 2 * randomNormal(rng);
    if (t >= surgeAtMs && t < surgeAtMs + 3 * 3_600_000) v += 40;
    lines.push(`${stamp(t)},${v.toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

const SURGE = START + 15 * 86_400_000 + 9 * 3_600_000;

describe('bandsim detect', () => {
  it('writes the per-datapoint table, NAB results and the scores for one file with CSV windows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'shop.csv'), metricCsv(1, SURGE));
    writeFileSync(join(dir, 'incidents.csv'), `start,end\n${stamp(SURGE)},${stamp(SURGE + 4 * 3_600_000)}\n`);
    const { io: cli, out, err } = io(dir);
    const code = await runDetectCli(['shop.csv', '--labels', 'incidents.csv', '--out', 'result'], cli);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const result = join(dir, 'result');
    const summary = JSON.parse(readFileSync(join(result, 'summary.json'), 'utf8'));
    const file = summary.files[0];
    expect(file.rows).toBe(18 * 288);
    expect(file.score.windows).toHaveLength(1);
    expect(file.score.windows[0]).toMatchObject({ caught: true, latencyMinutes: 15, scored: true });

    const nab = readFileSync(join(result, 'nab/bandsim/bandsim_shop.csv'), 'utf8').trim().split('\n');
    expect(nab[0]).toBe('timestamp,value,anomaly_score,label');
    expect(nab).toHaveLength(1 + 18 * 288);
    expect(nab[1]).toBe(readFileSync(join(dir, 'shop.csv'), 'utf8').split('\n')[1] + ',0,0');
    expect(nab.filter((l) => l.split(',')[2] === '1')).toHaveLength(file.alarms);
    expect(nab.filter((l) => l.split(',')[3] === '1')).toHaveLength(4 * 12 + 1);

    const datapoints = readFileSync(join(result, 'datapoints/shop.csv'), 'utf8').trim().split('\n');
    expect(datapoints[0]).toBe('timestamp,value,expected,lower,upper,sigma,distance_sigma,breaching,state,transition');
    expect(datapoints.filter((l) => l.endsWith('->ALARM'))).toHaveLength(file.alarms);
    expect(readFileSync(join(result, 'windows.csv'), 'utf8')).toContain('shop.csv,2026-01-20T09:00:00.000Z,2026-01-20T13:00:00.000Z,true,15,true');
    expect(summary.totals.nab.standard.normalised).toBeGreaterThan(0);
    expect(out.join('\n')).toContain('NAB score (normalised)');
  });

  it('runs a folder in one go with NAB-style labels and totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    mkdirSync(join(dir, 'data/shops'), { recursive: true });
    writeFileSync(join(dir, 'data/shops/a.csv'), metricCsv(2, SURGE));
    writeFileSync(join(dir, 'data/shops/b.csv'), metricCsv(3, SURGE + 86_400_000));
    const window = (ms: number) => [`${stamp(ms)}.000000`, `${stamp(ms + 2 * 3_600_000)}.000000`];
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ 'shops/a.csv': [window(SURGE)], 'shops/b.csv': [window(SURGE + 86_400_000)] }));
    const { io: cli, err } = io(dir);
    expect(await runDetectCli(['data', '--labels', 'labels.json', '--out', 'batch', '--k', '3', '--period', '900'], cli)).toBe(0);
    expect(err).toEqual([]);
    const summary = JSON.parse(readFileSync(join(dir, 'batch/summary.json'), 'utf8'));
    expect(summary.files.map((f: { file: string }) => f.file)).toEqual(['shops/a.csv', 'shops/b.csv']);
    expect(summary.files[0].periodSeconds).toBe(900);
    expect(summary.options.band.k).toBe(3);
    expect(summary.totals).toMatchObject({ files: 2, windows: 2 });
    expect(existsSync(join(dir, 'batch/nab/bandsim/shops/bandsim_b.csv'))).toBe(true);
    const table = readFileSync(join(dir, 'batch/files.csv'), 'utf8').split('\n');
    expect(table[0]).toBe('file,alarms,caught,p50 min,FP/week,standard,low FP,low FN');
    expect(table[1]).toMatch(/^shops\/a\.csv,/);
  });

  it('scores a reversed or shuffled file exactly as the sorted one; the NAB results keep the input order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    const [header, ...lines] = metricCsv(5, SURGE).trim().split('\n');
    // Two rows sharing a timestamp (as NAB's daylight-saving files have) keep their relative order.
    lines.splice(100, 0, lines[100].replace(/,[^,]*$/, ',77.000'));
    const rng = createRng(9, 'detect shuffle');
    const shuffled = [...lines];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    // The tie keeps its order in every copy, so that each is the same data as the sorted file.
    const tieInOrder = (copy: string[]) => {
      const a = copy.indexOf(lines[100]);
      const b = copy.indexOf(lines[101]);
      if (a > b) [copy[a], copy[b]] = [copy[b], copy[a]];
      return copy;
    };
    const copies = { sorted: lines, reversed: tieInOrder([...lines].reverse()), shuffled: tieInOrder(shuffled) };
    writeFileSync(join(dir, 'incidents.csv'), `start,end\n${stamp(SURGE)},${stamp(SURGE + 4 * 3_600_000)}\n`);
    const results: Record<string, { score: unknown; windows: string; nab: string[] }> = {};
    for (const [name, body] of Object.entries(copies)) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'shop.csv'), `${[header, ...body].join('\n')}\n`);
      const run = io(dir);
      expect(await runDetectCli([`${name}/shop.csv`, '--labels', 'incidents.csv', '--out', `o-${name}`, '--quiet'], run.io), run.err.join('\n')).toBe(0);
      const summary = JSON.parse(readFileSync(join(dir, `o-${name}`, 'summary.json'), 'utf8'));
      const nab = readFileSync(join(dir, `o-${name}`, 'nab/bandsim/bandsim_shop.csv'), 'utf8').trim().split('\n').slice(1);
      expect(nab.map((l) => l.split(',').slice(0, 2).join(','))).toEqual(body);
      results[name] = { score: summary.files[0].score, windows: readFileSync(join(dir, `o-${name}`, 'windows.csv'), 'utf8'), nab };
    }
    expect(results.sorted.windows).toContain('shop.csv,2026-01-20T09:00:00.000Z,2026-01-20T13:00:00.000Z,true,15,true');
    const byLine = (r: { nab: string[] }) => [...r.nab].sort();
    for (const name of ['reversed', 'shuffled']) {
      expect(results[name].score, name).toEqual(results.sorted.score);
      expect(results[name].windows, name).toBe(results.sorted.windows);
      expect(byLine(results[name]), name).toEqual(byLine(results.sorted));
    }
  });

  it('refuses bad options and unlabelled files with exit 2, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'm.csv'), metricCsv(4, SURGE));
    writeFileSync(join(dir, 'labels.json'), '{"other.csv": []}');
    const bad = io(dir);
    expect(await runDetectCli(['m.csv', '--k=-1', '--treat-missing-data', 'maybe', '--out', 'o'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('--k: "-1" is not a number above 0');
    expect(bad.err[0]).toContain('--treat-missing-data: "maybe" is not one of missing, notBreaching, breaching, ignore');
    const unlabelled = io(dir);
    expect(await runDetectCli(['m.csv', '--labels', 'labels.json', '--out', 'o'], unlabelled.io)).toBe(2);
    expect(unlabelled.err[0]).toContain('labels.json');
    expect(unlabelled.err[0]).toContain('no labels for m.csv');
    const exclude = io(dir);
    expect(await runDetectCli(['m.csv', '--exclude-windows', '--out', 'o'], exclude.io)).toBe(2);
    expect(exclude.err[0]).toContain('--exclude-windows needs --labels');
    const period = io(dir);
    expect(await runDetectCli(['m.csv', '--period', '420', '--out', 'o'], period.io)).toBe(2);
    expect(period.err[0]).toMatch(/m\.csv[\s\S]*multiple of the data's step/);
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it("refuses a folder of the user's as --out before reading any data, with one line, and touches nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'm.csv'), metricCsv(4, SURGE));
    mkdirSync(join(dir, 'thesis'));
    writeFileSync(join(dir, 'thesis', 'chapter1.txt'), 'precious');
    const run = io(dir);
    expect(await runDetectCli(['m.csv', '--out', 'thesis'], run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^bandsim detect: --out .*thesis.*not an earlier bandsim result/);
    expect(readFileSync(join(dir, 'thesis', 'chapter1.txt'), 'utf8')).toBe('precious');
    // Before reading the data: a missing data file is not reached.
    const early = io(dir);
    expect(await runDetectCli(['no-such.csv', '--out', 'thesis'], early.io)).toBe(2);
    expect(early.err[0]).toContain('--out');
  });
});

/** `days` of a daily cycle sampled every `stepMinutes` (no header), for the step tests. */
function stepCsv(stepMinutes: number, days: number): string {
  const rng = createRng(stepMinutes, 'detect step test');
  const lines: string[] = [];
  for (let t = START; t < START + days * 86_400_000; t += stepMinutes * 60_000) {
    lines.push(`${stamp(t)},${(50 + 20 * Math.sin((2 * Math.PI * (t % 86_400_000)) / 86_400_000) + randomNormal(rng)).toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('bandsim detect on other steps, folders and files', () => {
  it('runs on 2- to 12-minute and 7-minute data with a bucket fitted to the period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    const expected: Record<number, number> = { 2: 16, 4: 16, 6: 18, 7: 18, 8: 16, 10: 20, 12: 24 };
    for (const minutes of [2, 4, 6, 7, 8, 10, 12]) {
      writeFileSync(join(dir, `m${minutes}.csv`), stepCsv(minutes, 16));
      const run = io(dir);
      expect(await runDetectCli([`m${minutes}.csv`, '--out', `o${minutes}`, '--quiet'], run.io), `${minutes}-minute data: ${run.err.join('\n')}`).toBe(0);
      const summary = JSON.parse(readFileSync(join(dir, `o${minutes}/summary.json`), 'utf8'));
      // 7-minute data is replayed on a 6-minute step (the largest step below it that divides a day).
      expect(summary.files[0].periodSeconds).toBe((minutes === 7 ? 6 : minutes) * 60);
      const datapoints = readFileSync(join(dir, `o${minutes}/datapoints/m${minutes}.csv`), 'utf8').trim().split('\n');
      expect(datapoints.some((l) => l.includes('->ALARM') || l.split(',')[8] === 'OK')).toBe(true);
      expect(summary.files[0].bucketMinutes).toBe(expected[minutes]);
    }
  });

  it('refuses a --bucket-minutes that is not whole periods instead of widening it silently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'hourly.csv'), stepCsv(60, 20));
    const run = io(dir);
    expect(await runDetectCli(['hourly.csv', '--bucket-minutes', '7', '--out', 'o'], run.io)).toBe(2);
    expect(run.err[0]).toMatch(/hourly\.csv[\s\S]*--bucket-minutes 7: not a whole number of the alarm's 3600-second periods/);
    expect(existsSync(join(dir, 'o'))).toBe(false);
    const fine = io(dir);
    expect(await runDetectCli(['hourly.csv', '--bucket-minutes', '120', '--out', 'o', '--quiet'], fine.io)).toBe(0);
  });

  it('reads data files by the rules simulate uses: a .txt or extension-less file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    for (const name of ['m.txt', 'm']) {
      writeFileSync(join(dir, name), stepCsv(5, 16));
      const run = io(dir);
      expect(await runDetectCli([name, '--out', 'o'], run.io)).toBe(2);
      expect(run.err[0]).toContain(`${name}: not metric data: give a .csv file or AWS CLI`);
    }
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it('leaves its own earlier output and any bandsim output folder out of a folder scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/a.csv'), stepCsv(5, 16));
    const first = io(dir);
    // The default --out of a folder is out/detect/<name> under the working folder: here inside data/.
    expect(await runDetectCli(['.', '--quiet'], { ...first.io, cwd: join(dir, 'data') })).toBe(0);
    expect(existsSync(join(dir, 'data/out/detect'))).toBe(true);
    const again = io(join(dir, 'data'));
    expect(await runDetectCli(['.', '--quiet', '--out', 'out/detect/again'], again.io)).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'data/out/detect/again/summary.json'), 'utf8'));
    expect(summary.files.map((f: { file: string }) => f.file)).toEqual(['a.csv']);
    // And a rerun into the same folder (the --out itself) sees only a.csv too.
    const rerun = io(join(dir, 'data'));
    expect(await runDetectCli(['.', '--quiet', '--out', 'out/detect/again'], rerun.io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'data/out/detect/again/summary.json'), 'utf8')).files).toHaveLength(1);
  });
});

// NAB's AWS CloudWatch and artificial series (28 files), when the shared data folder is next to the repository
// (../shared, or ../../shared from a worktree). Prints the default settings' scores.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NAB = [resolve(ROOT, '../shared/data/nab'), resolve(ROOT, '../../shared/data/nab')].find((d) => existsSync(join(d, 'labels.json')));
if (!NAB) console.log(`detectCli.test: skipping the NAB run: no ../shared/data/nab next to ${ROOT}`);

describe.skipIf(!NAB)('bandsim detect on ../shared/data/nab', () => {
  it('scores all 28 files with the default settings, writing results NAB can read row for row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-nab-'));
    const { io: cli, out, err } = io(dir);
    const code = await runDetectCli([join(NAB!, 'data'), '--labels', join(NAB!, 'labels.json'), '--out', 'nab'], cli);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'nab/summary.json'), 'utf8'));
    expect(summary.files).toHaveLength(28);
    expect(summary.totals.windows).toBe(36);
    for (const f of summary.files) {
      const data = readFileSync(join(NAB!, 'data', f.file), 'utf8').trim().split('\n');
      const results = readFileSync(join(dir, 'nab/nab/bandsim', dirname(f.file), `bandsim_${f.file.split('/').pop()}`), 'utf8').trim().split('\n');
      expect(results.length).toBe(data.length);
    }
    const { standard, reward_low_FP_rate: lowFp, reward_low_FN_rate: lowFn } = summary.totals.nab;
    console.log(
      `NAB score of bandsim's default band alarm on ${summary.files.length} files: standard ${standard.normalised.toFixed(1)}, ` +
        `reward_low_FP_rate ${lowFp.normalised.toFixed(1)}, reward_low_FN_rate ${lowFn.normalised.toFixed(1)}`,
    );
    expect(standard.normalised).toBeGreaterThan(-100);
    expect(standard.normalised).toBeLessThan(100);
    expect(out.at(-1)).toContain('wrote');
  });
});

describe('bandsim detect --model', () => {
  it('runs another band model with a σ floor and records it in the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'shop.csv'), metricCsv(4, SURGE));
    const { io: cli, err } = io(dir);
    const args = ['shop.csv', '--out', 'r', '--model', 'awsPromql', '--min-sigma', '0.5', '--min-sigma-relative', '0.01', '--window-minutes', '90'];
    expect(await runDetectCli(args, cli)).toBe(0);
    expect(err).toEqual([]);
    const summary = JSON.parse(readFileSync(join(dir, 'r/summary.json'), 'utf8'));
    expect(summary.options.band).toMatchObject({ model: 'awsPromql', k: 3, minSigma: { absolute: 0.5, relative: 0.01 }, windowMinutes: 90 });
    const rows = readFileSync(join(dir, 'r/datapoints/shop.csv'), 'utf8').trim().split('\n').slice(1);
    const sigmas = rows.map((r) => r.split(',')[5]).filter((x) => x !== '' && x !== 'NaN').map(Number);
    expect(sigmas.length).toBeGreaterThan(rows.length / 2);
    expect(Math.min(...sigmas)).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses an unknown model and an option of another model, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'shop.csv'), metricCsv(5, SURGE));
    const { io: cli, err } = io(dir);
    expect(await runDetectCli(['shop.csv', '--out', 'r', '--model', 'prophet', '--half-life-days', '2'], cli)).toBe(2);
    expect(err.join('\n')).toContain('--model: "prophet" is not one of seasonal, robust, ewma');
    expect(err.join('\n')).toContain('--half-life-days: applies only to --model ewma');
    expect(existsSync(join(dir, 'r'))).toBe(false);
  });
});

describe('bandsim detect: options checked by the alarm schema', () => {
  const refused = async (args: string[], files: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'shop.csv'), metricCsv(6, SURGE));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const run = io(dir);
    const code = await runDetectCli(['shop.csv', '--out', 'r', ...args], run.io);
    expect(existsSync(join(dir, 'r')), args.join(' ')).toBe(false);
    return { code, message: run.err.join('\n').split('\n\nUsage')[0] };
  };

  it('refuses values beyond the schema limits, naming the option, without crashing', async () => {
    for (const args of [
      ['--model', 'awsPromql', '--window-minutes', '1e15'],
      ['--model', 'awsPromql', '--window-minutes', '1e9'],
      ['--training-days', '1e7'],
    ]) {
      const { code, message } = await refused(args);
      expect(code, args.join(' ')).toBe(2);
      expect(message, args.join(' ')).toMatch(new RegExp(`^bandsim detect: ${args.at(-2)}: .*(less than or equal|at most|too big)`, 'i'));
      expect(message.split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it("applies the schema's rules: at most a day of evaluation, with the data's own period too", async () => {
    const day = await refused(['--period', '3600', '--evaluation-periods', '48', '--datapoints-to-alarm', '1']);
    expect(day.code).toBe(2);
    expect(day.message).toContain("--evaluation-periods: evaluationPeriods × periodSeconds must be at most one day (CloudWatch's limit)");
    // No --period: the rule is checked against the data's own step (hourly here).
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'hourly.csv'), stepCsv(60, 20));
    const step = io(dir);
    expect(await runDetectCli(['hourly.csv', '--out', 'r', '--evaluation-periods', '25', '--datapoints-to-alarm', '1'], step.io)).toBe(2);
    expect(step.err[0]).toMatch(/hourly\.csv: --evaluation-periods: .*at most one day.*\(with the data's 3600-second period\)/);
    expect(existsSync(join(dir, 'r'))).toBe(false);
  });

  it('checks the settings file and the options together, naming the file and field for the file', async () => {
    const ewma = JSON.stringify({ name: 'b', type: 'band', periodSeconds: 300, band: { model: 'ewma', halfLifeDays: 1 } });
    const mixed = await refused(['--settings', 'chosen.json', '--model', 'seasonal'], { 'chosen.json': ewma });
    expect(mixed.code).toBe(2);
    expect(mixed.message).toMatch(/chosen\.json: band\.halfLifeDays: applies only to model "ewma", not "seasonal"/);
    const unknown = await refused(['--settings', 'chosen.json'], { 'chosen.json': JSON.stringify({ name: 'b', type: 'band', band: { foo: 1 } }) });
    expect(unknown.message).toContain('chosen.json: band: unknown field "foo"');
    expect(unknown.message).not.toContain('Unrecognized key');
  });

  it('refuses a whole scenario as --settings, asking for one alarm object', async () => {
    const { code, message } = await refused(['--settings', 'scenario.json'], { 'scenario.json': readFileSync(resolve(ROOT, 'scenarios/coconut.json'), 'utf8') });
    expect(code).toBe(2);
    expect(message).toContain("scenario.json: this is a whole scenario; give one alarm object (e.g. a scenario's alarms[0])");
  });

  it("k: --k, else the settings file's k, else the model's default", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'shop.csv'), metricCsv(7, SURGE));
    writeFileSync(join(dir, 'k.json'), JSON.stringify({ name: 'b', type: 'band', periodSeconds: 300, band: { k: 1.5 } }));
    writeFileSync(join(dir, 'nok.json'), JSON.stringify({ name: 'b', type: 'band', periodSeconds: 300 }));
    const kOf = async (args: string[], out: string) => {
      const run = io(dir);
      expect(await runDetectCli(['shop.csv', '--quiet', '--out', out, ...args], run.io), run.err.join('\n')).toBe(0);
      return JSON.parse(readFileSync(join(dir, out, 'summary.json'), 'utf8')).options.band.k;
    };
    expect(await kOf(['--settings', 'k.json', '--model', 'awsPromql'], 'a')).toBe(1.5);
    expect(await kOf(['--settings', 'k.json', '--model', 'awsPromql', '--k', '4'], 'b')).toBe(4);
    expect(await kOf(['--settings', 'nok.json', '--model', 'awsPromql'], 'c')).toBe(3);
    expect(await kOf(['--model', 'awsPromql'], 'd')).toBe(3);
    expect(await kOf([], 'e')).toBe(2);
  });
});

describe('bandsim detect: notes about the band', () => {
  it('warns when the lower edge is above the upper edge (the 0 clamp of a window model on a negative metric)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    const negative = metricCsv(8, SURGE).replace(/,(\d+\.\d+)$/gm, (_, x) => `,${(Number(x) - 150).toFixed(3)}`);
    writeFileSync(join(dir, 'neg.csv'), negative);
    const run = io(dir);
    expect(await runDetectCli(['neg.csv', '--out', 'r', '--model', 'awsPromql'], run.io), run.err.join('\n')).toBe(0);
    const printed = run.out.join('\n');
    expect(printed).toMatch(/warning: neg\.csv: the lower edge is above the upper edge on \d+ of \d+ banded datapoints .*clamped at 0 \(awsPromql's default\)/);
    const summary = JSON.parse(readFileSync(join(dir, 'r/summary.json'), 'utf8'));
    expect(summary.files[0].notes[0]).toMatch(/^warning: the lower edge is above/);
    // Clamped below the data, the band is whole again and nothing is said.
    const unclamped = io(dir);
    expect(await runDetectCli(['neg.csv', '--out', 'r2', '--model', 'awsPromql', '--clamp-lower=-1e12'], unclamped.io)).toBe(0);
    expect(unclamped.out.join('\n')).not.toContain('warning');
    expect(JSON.parse(readFileSync(join(dir, 'r2/summary.json'), 'utf8')).files[0].notes).toBeUndefined();
  });

  it('notes a window shorter than two periods (widened to two datapoints)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-detect-'));
    writeFileSync(join(dir, 'hourly.csv'), stepCsv(60, 20));
    const run = io(dir);
    expect(await runDetectCli(['hourly.csv', '--out', 'r', '--model', 'awsPromql', '--window-minutes', '30'], run.io), run.err.join('\n')).toBe(0);
    expect(run.out.join('\n')).toContain('note: hourly.csv: the 30-minute window is shorter than two 3600-second periods; awsPromql uses 2 datapoints (120 minutes)');
    const fine = io(dir);
    expect(await runDetectCli(['hourly.csv', '--out', 'r2', '--model', 'awsPromql', '--window-minutes', '180'], fine.io)).toBe(0);
    expect(fine.out.join('\n')).not.toContain('note:');
  });
});
