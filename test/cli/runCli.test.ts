import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/runCli.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false };
  return { io: value, out, err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bandsim-cli-'));
}

describe('runCli end to end', () => {
  it.each([
    ['dice', 2],
    ['skyline', 1],
    ['coconut', 1],
  ])('runs the built-in scenario %s and writes every output', async (name, trials) => {
    const dir = tempDir();
    const { io: cli, out, err } = io(dir);
    const code = await runCli([name, '--trials', String(trials), '--out', 'result'], cli);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const result = join(dir, 'result');
    const summary = JSON.parse(readFileSync(join(result, 'summary.json'), 'utf8'));
    expect(summary.scenario).toBe(name);
    expect(summary.trials).toBe(trials);
    for (const variant of summary.variants) {
      for (const fault of variant.faults) {
        for (const alarm of fault.alarms) {
          expect(alarm).toHaveProperty('detectionRate');
          expect(alarm.latencyMinutes).toHaveProperty('p50');
          expect(alarm.latencyMinutes).toHaveProperty('p90');
          expect(alarm).toHaveProperty('falseAlarmsPerDay');
        }
      }
    }
    const charts = readdirSync(join(result, 'charts'));
    const specs = charts.filter((f) => f.endsWith('.vl.json'));
    expect(specs.length).toBeGreaterThan(2);
    for (const spec of specs) {
      const base = spec.replace(/\.vl\.json$/, '');
      expect(charts).toContain(`${base}.svg`);
      expect(charts).toContain(`${base}.png`);
      expect(readFileSync(join(result, 'charts', `${base}.svg`), 'utf8')).toMatch(/^<svg/);
    }
    expect(charts.some((f) => f.startsWith('latency-'))).toBe(true);
    expect(charts.some((f) => f.startsWith('trial-'))).toBe(true);
    expect(existsSync(join(result, 'index.html'))).toBe(true);
    const text = out.join('\n');
    expect(text).toContain(`bandsim · ${name}`);
    expect(text).toContain('index.html');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('writes byte-identical summaries and charts for the same seed', async () => {
    const dir = tempDir();
    for (const out of ['a', 'b']) expect(await runCli(['dice', '--trials', '2', '--out', out], io(dir).io)).toBe(0);
    for (const file of ['summary.json', 'charts/trial-a-single-0.svg', 'charts/trial-a-single-0.png', 'index.html']) {
      expect(readFileSync(join(dir, 'b', file)).equals(readFileSync(join(dir, 'a', file)))).toBe(true);
    }
    expect(await runCli(['dice', '--trials', '2', '--seed', '7', '--out', 'c', '--no-charts'], io(dir).io)).toBe(0);
    expect(readFileSync(join(dir, 'c', 'summary.json'), 'utf8')).not.toBe(readFileSync(join(dir, 'a', 'summary.json'), 'utf8'));
  });

  it('writes byte-identical files for any --workers, and rejects a bad count with exit code 2', async () => {
    const dir = tempDir();
    for (const workers of ['1', '3']) expect(await runCli(['dice', '--trials', '3', '--workers', workers, '--out', workers], io(dir).io)).toBe(0);
    const files = readdirSync(join(dir, '1'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const name = join(file.parentPath, file.name).slice(join(dir, '1').length);
      expect(readFileSync(join(dir, '3', name)).equals(readFileSync(join(dir, '1', name))), name).toBe(true);
    }
    const { io: cli, err } = io(dir);
    expect(await runCli(['dice', '--workers', '0'], cli)).toBe(2);
    expect(err.join('\n')).toContain('--workers: "0" is not a whole number from 1 to 1024');
  });

  it('runs a scenario file of the user', async () => {
    const dir = tempDir();
    const scenario = {
      name: 'my shop',
      warmupDays: 14,
      onsetSpreadDays: 1,
      series: { generator: 'coconut', peakPerMinute: 100 },
      alarms: [{ name: 'band', type: 'band', statistic: 'Sum' }],
      faults: [{ name: 'outage', effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 30 }],
      trials: 1,
    };
    writeFileSync(join(dir, 'shop.json'), JSON.stringify(scenario));
    const { io: cli } = io(dir);
    expect(await runCli(['shop.json', '--no-charts'], cli)).toBe(0);
    expect(existsSync(join(dir, 'out', 'my-shop', 'summary.json'))).toBe(true);
  });

  it('rejects a malformed scenario with exit code 2, a message naming file and field, and no output', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: 'bad', series: { generator: 'dice' }, alarms: [{ name: 'a', type: 'band', k: 2 }] }));
    const { io: cli, err, out } = io(dir);
    expect(await runCli(['bad.json'], cli)).toBe(2);
    expect(err.join('\n')).toContain('bad.json');
    expect(err.join('\n')).toContain('alarms[0]: unknown field "k"');
    expect(out).toEqual([]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('leaves an earlier output untouched when a run fails', async () => {
    const dir = tempDir();
    expect(await runCli(['dice', '--trials', '1', '--no-charts', '--out', 'keep'], io(dir).io)).toBe(0);
    const before = readFileSync(join(dir, 'keep', 'summary.json'), 'utf8');
    writeFileSync(join(dir, 'empty.json'), '');
    const { io: cli, err } = io(dir);
    expect(await runCli(['empty.json', '--out', 'keep'], cli)).toBe(2);
    expect(err.join('\n')).toMatch(/empty\.json.*\n.*the file is empty/);
    expect(readFileSync(join(dir, 'keep', 'summary.json'), 'utf8')).toBe(before);
  });

  it('refuses an input file larger than 256 MB without reading it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), 300 * 1024 * 1024); // sparse: no disk space used
    const { io: cli, err } = io(dir);
    expect(await runCli(['huge.json'], cli)).toBe(2);
    expect(err).toEqual([`bandsim: ${join(dir, 'huge.json').slice(0, 59)}${join(dir, 'huge.json').length > 60 ? '…' : ''}: larger than 256 MB; bandsim reads scenarios and metric data of at most 256 MB`]);
  });

  it('keeps a long --seed exact as text', async () => {
    const dir = tempDir();
    expect(await runCli(['dice', '--trials', '1', '--no-charts', '--seed', '99999999999999999999', '--out', 'a'], io(dir).io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a', 'summary.json'), 'utf8')).seed).toBe('99999999999999999999');
    expect(await runCli(['dice', '--trials', '1', '--no-charts', '--seed', '123456789', '--out', 'b'], io(dir).io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'b', 'summary.json'), 'utf8')).seed).toBe(123456789);
  });

  it('explains usage mistakes with exit code 2', async () => {
    const dir = tempDir();
    for (const args of [[], ['nope'], ['dice', '--trials', 'many'], ['dice', '--colour']]) {
      const { io: cli, err } = io(dir);
      expect(await runCli(args, cli)).toBe(2);
      expect(err.join('\n')).toMatch(/^bandsim: /);
    }
    const { io: cli, out } = io(dir);
    expect(await runCli(['--help'], cli)).toBe(0);
    expect(out.join('\n')).toContain('Usage: npm run simulate');
  });
});

describe('runCli --out', () => {
  // coconut with its 40 trials runs for minutes: a refusal that came after simulating would time out.
  it.each([
    ['the current folder', '.', /--out .*: is the current or home folder/],
    ['an empty name', '', /--out: give a folder name/],
    ['the root', '/', /--out \/: is the root of the file system/],
    ['a folder above the current one', '..', /contains the current or home folder/],
    ['a non-empty folder of the user', 'thesis', /thesis: the folder is not empty and is not an earlier bandsim result/],
    ['a regular file', 'notes.txt', /notes.txt: is a file, not a folder/],
    ['a path under a file', 'notes.txt/out', /notes.txt is a file, not a folder/],
    ['a dangling symbolic link', 'dangling', /dangling: is a dangling symbolic link/],
    ['an unwritable place', '/sys/bandsim-out', /cannot create a folder in \/sys/],
  ])('refuses %s before simulating, with exit 2, one line, nothing touched', async (_what, out, message) => {
    if (out.startsWith('/sys') && !existsSync('/sys/kernel')) return;
    const dir = tempDir();
    mkdirSync(join(dir, 'thesis'));
    writeFileSync(join(dir, 'thesis', 'chapter1.tex'), 'years of work');
    writeFileSync(join(dir, 'notes.txt'), 'notes');
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
    const before = readdirSync(dir, { recursive: true }).sort();
    const { io: cli, err, out: stdout } = io(join(dir, 'thesis'));
    const cwd = out === '.' || out === '..' ? join(dir, 'thesis') : dir;
    const code = await runCli(['coconut', '--out', out], { ...cli, cwd });
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain('\n');
    expect(err[0]).toMatch(/^bandsim: --out/);
    expect(err[0]).toMatch(message);
    expect(stdout).toEqual([]);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    expect(readFileSync(join(dir, 'thesis', 'chapter1.tex'), 'utf8')).toBe('years of work');
  });

  it('refuses the home folder', async () => {
    const dir = tempDir();
    const home = process.env.HOME;
    process.env.HOME = dir;
    try {
      const { io: cli, err } = io(join(dir));
      expect(await runCli(['coconut', '--out', dir], { ...cli, cwd: tmpdir() })).toBe(2);
      expect(err[0]).toMatch(/is the current or home folder/);
    } finally {
      process.env.HOME = home;
    }
  });

  it('writes a marker into every result and replaces an earlier result, a new or an empty folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    for (const out of ['empty', 'new/deeper', 'new/deeper']) {
      const { io: cli, err } = io(dir);
      expect(await runCli(['dice', '--trials', '1', '--no-charts', '--out', out], cli)).toBe(0);
      expect(err).toEqual([]);
      expect(readdirSync(join(dir, out)).sort()).toEqual(['.bandsim-output', 'summary.json']);
    }
    expect(readdirSync(dir).sort()).toEqual(['empty', 'new']);
    expect(readdirSync(join(dir, 'new'))).toEqual(['deeper']);
  });
});

describe('simulate with labelled windows', () => {
  const START = Date.UTC(2026, 0, 5);
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  /** 20 days of 5-minute data; the default replay draws onsets over days 10 to about 18. */
  function csv(): string {
    const lines = ['timestamp,value'];
    for (let i = 0; i < 20 * 288; i++) lines.push(`${stamp(START + i * 300_000)},${(50 + 10 * Math.sin((2 * Math.PI * i) / 288) + (i % 7)).toFixed(2)}`);
    return `${lines.join('\n')}\n`;
  }

  it('draws every fault so that it and its detection horizon overlap no labelled window (simulate --labels and series.labels)', async () => {
    const { loadScenario } = await import('../../src/cli/runCli.js');
    const { simulate } = await import('../../src/simulate.js');
    const dir = tempDir();
    writeFileSync(join(dir, 'm.csv'), csv());
    // Two long incidents inside the onset spread, as a CSV of start,end windows.
    const windows = [
      [START + 11 * 86_400_000, START + 12.5 * 86_400_000],
      [START + 14 * 86_400_000, START + 15 * 86_400_000],
    ];
    writeFileSync(join(dir, 'incidents.csv'), `start,end\n${windows.map(([s, e]) => `${stamp(s)},${stamp(e)}`).join('\n')}\n`);
    const scenario = loadScenario(join(dir, 'm.csv'), {}, join(dir, 'incidents.csv'));
    scenario.trials = 40;
    expect(scenario.variants[0].labels).toHaveLength(2);
    const spans = new Map(scenario.faults.map((f) => [f.name, (f.durationMinutes! + 3 * 5) * 60_000]));
    const onsets = simulate(scenario).outcomes.flatMap((t) => t.faults.map((f) => ({ onset: f.onsetMs, span: spans.get(f.fault)! })));
    expect(onsets).toHaveLength(40 * 4);
    for (const { onset, span } of onsets) for (const [s, e] of windows) expect(onset + span <= s || onset > e).toBe(true);
    // Some onsets fall between and after the windows: the draw still spreads over what is left.
    expect(onsets.some(({ onset }) => onset > windows[0][1] && onset < windows[1][0])).toBe(true);

    // The same through a scenario file's series.labels, and the CLI flag.
    writeFileSync(join(dir, 's.json'), JSON.stringify({ name: 's', trials: 3, warmupDays: 10, onsetSpreadDays: 7, tailDays: 1, series: { generator: 'replay', file: 'm.csv', labels: 'incidents.csv' }, alarms: [{ name: 'band', type: 'band', periodSeconds: 300, evaluationPeriods: 3, band: { seasonality: 'daily' } }], faults: [{ name: 'zero', effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 60 }] }));
    const fromFile = loadScenario(join(dir, 's.json'));
    expect(fromFile.variants[0].labels).toEqual(scenario.variants[0].labels);
    for (const t of simulate(fromFile).outcomes) for (const f of t.faults) for (const [s, e] of windows) expect(f.onsetMs + 75 * 60_000 <= s || f.onsetMs > e).toBe(true);
    const run = io(dir);
    expect(await runCli(['m.csv', '--labels', 'incidents.csv', '--trials', '2', '--no-charts', '--out', 'o', '--quiet'], run.io)).toBe(0);
    expect(run.err).toEqual([]);
  });

  it('refuses labels that leave no room for a fault, naming the fault and the field, and --labels with a scenario', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.csv'), csv());
    writeFileSync(join(dir, 'all.csv'), `start,end\n${stamp(START)},${stamp(START + 20 * 86_400_000)}\n`);
    const run = io(dir);
    expect(await runCli(['m.csv', '--labels', 'all.csv', '--trials', '2', '--out', 'o'], run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/faults\[0\] \("drops to zero"\): no onset in the onset spread keeps the fault and its detection horizon \(75 minutes\) clear of the 1 labelled window\(s\) of series\.labels/);
    const scenario = io(dir);
    expect(await runCli(['dice', '--labels', 'all.csv', '--out', 'o'], scenario.io)).toBe(2);
    expect(scenario.err[0]).toContain('--labels apply to a metric data file');
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });
});
