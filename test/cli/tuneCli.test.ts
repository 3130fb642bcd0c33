import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { CliIo } from '../../src/cli/runCli.js';
import { runTuneCli } from '../../src/cli/tuneCli.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false };
  return { io: value, out, err };
}

describe('bandsim tune end to end', () => {
  it('tunes dice with a tiny grid: a recommendation, its companions, deploy files and the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-'));
    const { io: cli, out, err } = io(dir);
    const args = ['dice', '--trials', '3', '--k', '2,3', '--seasonality', 'none,hourly', '--sigma', 'perBucket', '--m-of-n', '1/1', '--out', 'r', '--namespace', 'Game', '--metric-name', 'Roll', '--dimension', 'Table=7'];
    expect(await runTuneCli(args, cli)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(readFileSync(join(dir, 'r', 'tune.json'), 'utf8'));
    expect(result.trials).toBe(3);
    const variant = result.variants[0];
    expect(variant.settings.map((s: { label: string }) => s.label)).toEqual(['k=2 none perBucket 1/1', 'k=3 none perBucket 1/1', 'k=2 hourly perBucket 1/1', 'k=3 hourly perBucket 1/1']);
    // A die has no period; its faults are impossible values.
    expect(variant.periodCheck.periodMinutes).toBeNull();
    expect(variant.recommended).not.toBeNull();
    const best = variant.settings[variant.recommended];
    expect(best.falseAlarmsPerWeek).toBeLessThanOrEqual(1);
    for (const f of best.faults) {
      expect(f.detectionInterval.lower).toBeLessThanOrEqual(f.detectionRate);
      expect(f.detectionInterval.upper).toBeGreaterThanOrEqual(f.detectionRate);
    }
    // The impossible-values companion (a die is ≥ 1) catches every 0.
    const impossible = variant.companions.find((c: { role: string }) => c.role === 'impossible values');
    expect(impossible.name).toBe('impossible: < 1');
    expect(impossible.faults.every((f: { detectionRate: number }) => f.detectionRate === 1 || f.detectionRate === 0)).toBe(true);
    expect(impossible.falseAlarmsPerWeek).toBe(0);
    // Deploy files name the metric given.
    const template = parseYaml(readFileSync(join(dir, 'r', 'deploy', 'cloudformation.yaml'), 'utf8'));
    expect(template.Resources.BandsimBandAlarm.Properties.Metrics[0].MetricStat.Metric).toEqual({ Namespace: 'Game', MetricName: 'Roll', Dimensions: [{ Name: 'Table', Value: '7' }] });
    expect(template.Resources.BandsimBandAlarm.Properties.Metrics[1].Expression).toBe(`ANOMALY_DETECTION_BAND(m1, ${best.setting.k})`);
    for (const name of ['main.tf', 'put-anomaly-detector.json', 'put-metric-alarm.json']) expect(existsSync(join(dir, 'r', 'deploy', name))).toBe(true);
    for (const name of ['index.html', 'charts/tune-default.svg', 'charts/tune-default.png', 'charts/tune-default.vl.json']) expect(existsSync(join(dir, 'r', name))).toBe(true);
    expect(readFileSync(join(dir, 'r', 'index.html'), 'utf8')).toContain('Companion static alarms');
    expect(out.join('\n')).toContain('Recommended: ');
  }, 120_000);

  it('tunes skyline: flags the loop, recommends a band for the hourly cron', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-'));
    const { io: cli, err } = io(dir);
    const args = ['skyline', '--trials', '2', '--k', '3', '--seasonality', 'hourly', '--sigma', 'perBucket', '--m-of-n', '3/3', '--out', 'r', '--no-charts'];
    expect(await runTuneCli(args, cli)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(readFileSync(join(dir, 'r', 'tune.json'), 'utf8'));
    const byName = Object.fromEntries(result.variants.map((v: { variant: string }) => [v.variant, v]));
    expect(byName.loop.periodCheck).toMatchObject({ periodMinutes: 46, flagged: true });
    expect(byName.loop.recommended).toBeNull();
    expect(byName.loop.verdict).toContain('does not help');
    // Minutes are formatted, never printed as a raw fraction such as 0.16666666666666666.
    expect(JSON.stringify(result.variants.map((v: { verdict: string }) => v.verdict))).not.toMatch(/\d\.\d{3,} min/);
    expect(byName['hourly cron'].periodCheck).toMatchObject({ periodMinutes: 60, flagged: false });
    expect(byName['hourly cron'].recommended).toBe(0);
    expect(existsSync(join(dir, 'r', 'deploy', 'hourly-cron', 'cloudformation.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'r', 'deploy', 'loop'))).toBe(false);
  }, 120_000);

  it('names the static alarms that meet a goal no band meets, and says that deploy/ is not written then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-'));
    const { io: cli, out, err } = io(dir);
    const args = ['coconut', '--trials', '2', '--k', '3', '--seasonality', 'daily', '--sigma', 'pooled', '--m-of-n', '3/3', '--goal', 'no data at 03:00<=5min', '--out', 'r', '--no-charts'];
    expect(await runTuneCli(args, cli)).toBe(0);
    expect(err).toEqual([]);
    const verdict = JSON.parse(readFileSync(join(dir, 'r', 'tune.json'), 'utf8')).variants[0].verdict;
    expect(verdict).toContain('Static alarms that would meet the goals within the budget');
    expect(verdict).toContain('Nothing is exported to deploy/ without a band recommendation');
    expect(existsSync(join(dir, 'r', 'deploy'))).toBe(false);
    expect(out.join('\n')).not.toMatch(/\d\.\d{3,} min/);
  }, 120_000);

  it('writes the same bytes for the same seed, on worker threads or in-process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-'));
    const args = ['dice', '--trials', '2', '--k', '2,3', '--seasonality', 'none', '--sigma', 'pooled', '--m-of-n', '1/1', '--no-charts', '--quiet'];
    expect(await runTuneCli([...args, '--workers', '2', '--out', 'a'], io(dir).io)).toBe(0);
    expect(await runTuneCli([...args, '--workers', '1', '--out', 'b'], io(dir).io)).toBe(0);
    for (const name of ['tune.json', 'deploy/cloudformation.yaml', 'deploy/main.tf', 'deploy/put-metric-alarm.json']) {
      expect(readFileSync(join(dir, 'b', name), 'utf8')).toBe(readFileSync(join(dir, 'a', name), 'utf8'));
    }
  }, 120_000);

  it('rejects bad input with one message, exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-'));
    writeFileSync(join(dir, 'grid.json'), JSON.stringify({ k: [2], width: [3] }));
    const cases: Array<[string[], string]> = [
      [['dice', '--k', '2,x'], '--k: "x" is not a positive number'],
      [['dice', '--goal', 'no such fault<=5min'], 'no fault named "no such fault"'],
      [['dice', '--goal', 'a 0'], '--goal "a 0"'],
      [['dice', '--max-false-alarms-per-week', '-1'], '--max-false-alarms-per-week'],
      [['dice', '--grid', 'grid.json'], 'unknown field "width"'],
      [['dice', '--dimension', 'NoValue'], '--dimension "NoValue"'],
      [['dice', '--period', '90'], 'not a whole multiple'],
      [['dice', '--workers', '0'], '--workers: "0" is not a whole number from 1 to 1024'],
    ];
    for (const [args, message] of cases) {
      const { io: cli, err } = io(dir);
      expect(await runTuneCli([...args, '--out', 'r'], cli)).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(message);
      expect(existsSync(join(dir, 'r'))).toBe(false);
    }
  }, 120_000);

  it("refuses a folder of the user's as --out before sweeping, with one line, and touches nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-tune-'));
    mkdirSync(join(dir, 'thesis'));
    writeFileSync(join(dir, 'thesis', 'chapter1.txt'), 'precious');
    const { io: cli, out, err } = io(dir);
    // 100,000 trials would take hours: the refusal must come first.
    expect(await runTuneCli(['dice', '--trials', '100000', '--out', 'thesis'], cli)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^bandsim tune: --out .*thesis.*not an earlier bandsim result/);
    expect(out).toEqual([]);
    expect(readFileSync(join(dir, 'thesis', 'chapter1.txt'), 'utf8')).toBe('precious');
  });
});
