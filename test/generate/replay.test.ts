import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { DataError, isMetricData, parseMetricData } from '../../src/generate/replay.js';

function problemsOf(text: string, file = 'data.csv', options = {}): string[] {
  try {
    parseMetricData(text, file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toContain(file);
    return (error as DataError).problems;
  }
  throw new Error('expected a DataError');
}

describe('parseMetricData', () => {
  it('reads NAB-style CSV onto a regular grid, gaps as missing', () => {
    const series = parseMetricData('timestamp,value\n2014-02-14 14:30:00,1.5\n2014-02-14 14:35:00,2\n2014-02-14 14:45:00,4\n', 'a.csv');
    expect(series.startMs).toBe(Date.UTC(2014, 1, 14, 14, 30));
    expect(series.stepSeconds).toBe(300);
    expect(Array.from(series.values)).toEqual([1.5, 2, Number.NaN, 4]);
  });

  it('reads ISO times with offsets, epoch seconds, a named column and empty values', () => {
    const iso = parseMetricData('time,a,b\n2026-01-05T01:00:00+01:00,1,10\n2026-01-05T00:01:00Z,2,\n', 'b.csv', { column: 'b' });
    expect(iso.startMs).toBe(Date.UTC(2026, 0, 5));
    expect(Array.from(iso.values)).toEqual([10, Number.NaN]);
    const epoch = parseMetricData('t,v\n1767571200,1\n1767571260,2\n', 'c.csv');
    expect(epoch.startMs).toBe(1767571200_000);
    expect(epoch.stepSeconds).toBe(60);
  });

  it('reads AWS CLI get-metric-data output, newest first', () => {
    const json = JSON.stringify({
      MetricDataResults: [{ Id: 'm1', Timestamps: ['2026-01-05T00:10:00Z', '2026-01-05T00:05:00Z', '2026-01-05T00:00:00Z'], Values: [3, 2, 1] }],
    });
    const series = parseMetricData(json, 'm.json');
    expect(series.startMs).toBe(Date.UTC(2026, 0, 5));
    expect(Array.from(series.values)).toEqual([1, 2, 3]);
    expect(isMetricData('m.json', json)).toBe(true);
  });

  it('reads AWS CLI get-metric-statistics output in any order, with the chosen statistic', () => {
    const json = JSON.stringify({
      Label: 'CPUUtilization',
      Datapoints: [
        { Timestamp: '2026-01-05T00:01:00Z', Average: 2, Maximum: 9 },
        { Timestamp: '2026-01-05T00:00:00Z', Average: 1, Maximum: 8 },
      ],
    });
    expect(Array.from(parseMetricData(json, 's.json').values)).toEqual([1, 2]);
    expect(Array.from(parseMetricData(json, 's.json', { statistic: 'Maximum' }).values)).toEqual([8, 9]);
  });

  it('names every bad row: unsorted, duplicate, not a number, wrong units, off the grid, empty', () => {
    expect(problemsOf('')).toEqual(['the file is empty']);
    expect(problemsOf('t,v\n2026-01-05 00:02:00,1\n2026-01-05 00:01:00,2\n2026-01-05 00:03:00,3\n')[0]).toMatch(/^line 3: timestamps are not in time order/);
    expect(problemsOf('t,v\n2026-01-05 00:00:00,1\n2026-01-05 00:00:00,2\n')[0]).toMatch(/^line 3: duplicate timestamp 2026-01-05T00:00:00.000Z \(also at line 2\)/);
    expect(problemsOf('t,v\n2026-01-05 00:00:00,abc\n2026-01-05 00:01:00,NaN\n')).toEqual([
      'line 2: v "abc" is not a finite number',
      'line 3: v "NaN" is not a finite number',
    ]);
    expect(problemsOf('t,v\n1767571200000,1\n1767571260000,2\n')[0]).toMatch(/^line 2: 1767571200000 is outside 1990–2100: wrong units/);
    expect(problemsOf('t,v\n2026-01-05 00:00:00,1\n2026-01-05 00:02:00,1\n2026-01-05 00:03:00,1\n2026-01-05 00:04:30,1\n')[0]).toMatch(/^line 5: .* is off the 60-second grid/);
    expect(problemsOf('t,v\n2026-02-30 00:00:00,1\n')[0]).toMatch(/^line 2: "2026-02-30 00:00:00" is not a timestamp/);
    expect(problemsOf('{"Datapoints": 3}', 'x.json')[0]).toMatch(/^not AWS CLI output/);
    expect(problemsOf('{"MetricDataResults": [{"Timestamps": ["2026-01-05T00:00:00Z"], "Values": [1, 2]}]}', 'x.json')[0]).toMatch(/1 Timestamps but 2 Values/);
  });

  it('tells data files from scenario files', () => {
    expect(isMetricData('x.csv', 'anything')).toBe(true);
    expect(isMetricData('s.json', '{"name": "dice"}')).toBe(false);
  });
});

describe('replaying data from the command line', () => {
  const quiet = (cwd: string, err: string[] = []) => ({ cwd, stdout: () => {}, stderr: (t: string) => err.push(t), interactive: false });

  function weekOfMinutes(): string {
    const lines = ['timestamp,value'];
    for (let i = 0; i < 4 * 1440; i++) lines.push(`${new Date(Date.UTC(2026, 0, 5) + i * 60_000).toISOString()},${100 + 50 * Math.sin((2 * Math.PI * i) / 1440) + (i % 7)}`);
    return `${lines.join('\n')}\n`;
  }

  it('runs the default replay scenario on a CSV file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-replay-'));
    writeFileSync(join(dir, 'metric.csv'), weekOfMinutes());
    expect(await runCli(['metric.csv', '--trials', '2', '--no-charts'], quiet(dir))).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'metric', 'summary.json'), 'utf8'));
    expect(summary.variants[0].faults.map((f: { fault: string }) => f.fault)).toEqual(['drops to zero', 'no data', 'falls by half', 'doubles']);
    const zero = summary.variants[0].faults[0].alarms[0];
    expect(zero.detectionRate).toBe(1);
    expect(summary.configuration.warmupDays).toBe(2);
  });

  it('runs a scenario whose series replays a file next to it, and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-replay-'));
    writeFileSync(join(dir, 'metric.csv'), weekOfMinutes());
    const scenario = {
      name: 'replayed',
      warmupDays: 2,
      onsetSpreadDays: 1,
      tailDays: 0.5,
      trials: 2,
      series: { generator: 'replay', file: 'metric.csv' },
      alarms: [{ name: 'band', type: 'band', periodSeconds: 300 }],
      faults: [{ name: 'zero', effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 30 }],
    };
    writeFileSync(join(dir, 'replayed.json'), JSON.stringify(scenario));
    expect(await runCli(['replayed.json', '--no-charts'], quiet(dir))).toBe(0);
    writeFileSync(join(dir, 'long.json'), JSON.stringify({ ...scenario, warmupDays: 14 }));
    const err: string[] = [];
    expect(await runCli(['long.json', '--no-charts'], quiet(dir, err))).toBe(2);
    expect(err.join('\n')).toMatch(/long\.json[\s\S]*warmupDays: metric\.csv holds 4\.00 days/);
    writeFileSync(join(dir, 'missing.json'), JSON.stringify({ ...scenario, series: { generator: 'replay', file: 'nope.csv' } }));
    const err2: string[] = [];
    expect(await runCli(['missing.json'], quiet(dir, err2))).toBe(2);
    expect(err2.join('\n')).toMatch(/missing\.json[\s\S]*series\.file: no such file .*nope\.csv/);
  });

  const nab = join(import.meta.dirname, '../../../shared/data/nab/data/realAWSCloudwatch');
  const hasNab = existsSync(nab);
  if (!hasNab) console.warn(`NAB replay tests skipped: ${nab} not found (it is not part of the repository)`);

  it.skipIf(!hasNab)('replays a real CloudWatch export from NAB, and rejects one with duplicate timestamps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-nab-'));
    expect(await runCli([join(nab, 'ec2_cpu_utilization_24ae8d.csv'), '--trials', '2', '--no-charts'], quiet(dir))).toBe(0);
    const err: string[] = [];
    expect(await runCli([join(nab, 'ec2_disk_write_bytes_1ef3de.csv'), '--no-charts'], quiet(dir, err))).toBe(2);
    expect(err.join('\n')).toMatch(/duplicate timestamp 2014-03-09T03:00:00\.000Z/);
  });
});

describe('replayed data off the clock grid', () => {
  it('rejects AWS output whose Datapoints are not objects', () => {
    expect(problemsOf('{"Datapoints": [null]}', 'x.json')).toEqual(['Datapoints[0]: expected an object with "Timestamp" and a statistic']);
  });

  it('moves samples at :27, :32 back to the 5-minute boundaries, as CloudWatch stamps periods', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-offgrid-'));
    const lines = ['timestamp,value'];
    for (let i = 0; i < 4 * 288; i++) lines.push(`${new Date(Date.UTC(2026, 0, 5, 0, 2) + i * 300_000).toISOString()},${10 + (i % 5)}`);
    writeFileSync(join(dir, 'off.csv'), `${lines.join('\n')}\n`);
    const { runCli: run } = await import('../../src/cli/runCli.js');
    expect(await run(['off.csv', '--trials', '3', '--no-charts'], { cwd: dir, stdout: () => {}, stderr: () => {}, interactive: false })).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'off', 'summary.json'), 'utf8'));
    expect(summary.configuration.start).toBe('2026-01-05T00:00:00.000Z');
    for (const p of summary.variants[0].faults[0].alarms[0].perTrial) expect(Number(p.onset.slice(14, 16)) % 5).toBe(0);
  });
});
