import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { aggregate } from '../../src/alarm/aggregate.js';
import { DataError } from '../../src/replay/dataError.js';
import { isMetricData, parseMetricData } from '../../src/replay/readDataFile.js';
import { createRng } from '../../src/random/rng.js';
import { problemsOf } from './problemsOf.js';

describe('parseMetricData', () => {
  it('puts every row in the period holding its timestamp: unsorted, duplicate and off-grid rows are kept', () => {
    const text = 'time,v\n2026-01-05 00:10:00,5\n2026-01-05 00:00:00,1\n2026-01-05 00:00:00,2\n2026-01-05 00:04:00,3\n2026-01-05 00:05:00,4\n2026-01-05 00:15:00,6\n';
    const { series, facts } = parseMetricData(text, 'd.csv');
    expect(series.stepSeconds).toBe(300);
    expect(Array.from(series.values)).toEqual([1, 4, 5, 6]);
    expect([...series.extra!]).toEqual([[0, [2, 3]]]);
    expect(facts).toMatchObject({ rows: 6, rowsSharingAPeriod: 3, periodsWithSeveralRows: 1, rowsOutOfOrder: 1, emptyPeriodShare: 0 });
  });

  it('takes the most common gap as the step, not the smallest, or the period given', () => {
    const lines = ['t,v'];
    for (let i = 0; i < 200; i++) lines.push(`${new Date(Date.UTC(2026, 0, 5) + i * 300_000 + (i === 100 ? -240_000 : 0)).toISOString()},${i}`);
    const { facts } = parseMetricData(`${lines.join('\n')}\n`, 'g.csv');
    expect(facts.stepSeconds).toBe(300);
    expect(facts.step).toMatch(/^the most common gap between timestamps \(99\.\d% of gaps\)$/);
    expect(facts.rowsSharingAPeriod).toBe(2);
    const given = parseMetricData(`${lines.join('\n')}\n`, 'g.csv', { periodSeconds: 60 });
    expect(given.facts).toMatchObject({ stepSeconds: 60, step: 'given' });
    expect(given.facts.emptyPeriodShare).toBeGreaterThan(0.79);
    expect(given.facts.warnings[0]).toMatch(/^80% of the 60-second periods hold no row/);
    expect(problemsOf('t,v\n2026-01-05 00:00:00,1\n2026-01-05 00:05:00,1\n', 'g.csv', { periodSeconds: 420 })[0]).toMatch(/^period 420 s: use 1, 5, 10, 30 or a multiple of 60/);
  });

  it('aggregates several samples per period exactly, as CloudWatch does', () => {
    // Rows every 20 seconds grouped into one-minute periods by --period 60.
    const lines = ['t,v'];
    for (let i = 0; i < 9; i++) lines.push(`${1767571200 + i * 20},${i + 1}`);
    const { series } = parseMetricData(`${lines.join('\n')}\n`, 's.csv', { periodSeconds: 60 });
    expect(Array.from(aggregate(series, 60, 'Sum').values)).toEqual([6, 15, 24]);
    expect(Array.from(aggregate(series, 60, 'SampleCount').values)).toEqual([3, 3, 3]);
    expect(Array.from(aggregate(series, 180, 'Maximum').values)).toEqual([9]);
  });

  it('refuses bad rows with one line naming the file, row and field', () => {
    const message = (text: string, file = 'data.csv', options = {}) => {
      try {
        parseMetricData(text, file, options);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a DataError');
    };
    expect(message('')).toBe('data.csv: the file is empty');
    expect(message('t,v\n2026-01-05 00:00:00,\n2026-01-05 00:01:00,2\n')).toBe('data.csv: line 2, v: is empty (a value must be a number; leave the row out for a gap)');
    expect(message('t,v\n2026-01-05 00:00:00,abc\n2026-01-05 00:01:00,NaN\n')).toBe(
      'data.csv: line 2, v: "abc" is not a number (and 1 more problem, the next: line 3, v: "NaN" is not a number)',
    );
    expect(message('t,v\n2026-01-05 00:00:00,1e308\n2026-01-05 00:01:00,2\n')).toBe('data.csv: line 2, v: "1e308" is beyond ±2^360, the range CloudWatch accepts');
    expect(message('t,v\n2026-01-05 00:00:00,-2.4e108\n2026-01-05 00:01:00,2.3e108\n')).toBe('data.csv: line 2, v: "-2.4e108" is beyond ±2^360, the range CloudWatch accepts');
    expect(message(`t,v\n2026-01-05 00:00:00,${'9'.repeat(10_000)}x\n`).length).toBeLessThan(150);
    expect(message('t,v\n17675712,1\n17675713,2\n')).toMatch(/^data\.csv: line 2, t: "17675712" is neither epoch seconds nor epoch milliseconds between 1990 and 2100/);
    expect(message('t,v\n2026-02-30 00:00:00,1\n')).toMatch(/^data\.csv: line 2, t: "2026-02-30 00:00:00" is not a timestamp/);
    expect(message('t,v\n2026-01-05 00:00:00,1\n')).toBe('data.csv: needs samples at two or more different times, found 1 row');
    expect(message('t,v\n"2026-01-05 00:00:00,1\n')).toBe('data.csv: line 2: a quoted field is never closed');
    expect(message('{"Datapoints": 3}', 'x.json')).toMatch(/^x\.json: not AWS CLI output/);
    expect(message('{"MetricDataResults": [{"Timestamps": ["2026-01-05T00:00:00Z"], "Values": [1, 2]}]}', 'x.json')).toMatch(/1 Timestamps but 2 Values/);
    expect(message('{"MetricDataResults": [{"Timestamps": ["2026-01-05T00:00:00Z", "x"], "Values": [1, "2"]}]}', 'x.json')).toBe(
      'x.json: MetricDataResults[0].Timestamps[1]: "x" is not a timestamp (ISO 8601, or epoch seconds or milliseconds) (and 1 more problem, the next: MetricDataResults[0].Values[1]: "2" is not a number)',
    );
    expect(message('{"MetricDataResults": [{"Timestamps": [1767571200, 1767571260], "Values": [1, 1e400]}]}', 'x.json')).toBe(
      'x.json: MetricDataResults[0].Values[1]: Infinity is beyond ±2^360, the range CloudWatch accepts',
    );
    expect(message('{"Datapoints": [{"Timestamp": "2026-01-05T00:00:00Z", "Average": 1}, {"Timestamp": "2026-01-05T00:01:00Z", "Sum": 1}]}', 'x.json')).toBe(
      'x.json: Datapoints[1]: no "Average" (has Sum)',
    );
    const many = ['t,v', ...Array.from({ length: 50 }, (_, i) => `2026-01-05 00:${String(i).padStart(2, '0')}:00,x`)].join('\n');
    expect(message(many)).toMatch(/^data\.csv: line 2, v: "x" is not a number \(and over 19 more problems/);
  });

  it('never fails other than with a one-line DataError on mutated files (seeded fuzz)', () => {
    const rng = createRng(6, 'fuzz', 'replay');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    const csv = 'timestamp,value\n2026-01-05 00:00:00,1\n2026-01-05 00:05:00,2\n"2026-01-05 00:10:00","3"\n2026-01-05 00:15:00,4\n';
    const json = JSON.stringify({ MetricDataResults: [{ Id: 'a', Timestamps: ['2026-01-05T00:05:00Z', 1767571200], Values: [2, 1] }] });
    const stats = JSON.stringify({ Datapoints: [{ Timestamp: '2026-01-05T00:05:00Z', ExtendedStatistics: { p99: 2 } }, { Timestamp: 1767571200, ExtendedStatistics: { p99: 1 } }] });
    const pieces = ['"', ',', '\n', '\r', '""', 'x', '', '-', '1e999', '9'.repeat(400), '1767571200000', '{', ']', 'null', '\u0000', 'é', ' ', 'NaN', '2026-13-01', ':'];
    let ok = 0;
    for (let n = 0; n < 600; n++) {
      let text = pick([csv, json, stats]);
      for (let m = 1 + Math.floor(rng() * 2); m > 0; m--) {
        const at = Math.floor(rng() * (text.length + 1));
        const cut = Math.floor(rng() * 4);
        text = text.slice(0, at) + pick(pieces) + text.slice(at + cut);
      }
      try {
        const { series, facts } = parseMetricData(text, 'fuzz.csv', rng() < 0.2 ? { periodSeconds: pick([60, 300]) } : {});
        expect(series.values.length).toBeGreaterThan(0);
        expect(facts.rows).toBeGreaterThanOrEqual(2);
        ok++;
      } catch (error) {
        expect(error, text).toBeInstanceOf(DataError);
        expect((error as Error).message, text).not.toContain('\n');
        expect((error as Error).message.length, text).toBeLessThan(400);
      }
    }
    // Both outcomes happen: the mutations are neither all harmless nor all fatal.
    expect(ok).toBeGreaterThan(10);
    expect(ok).toBeLessThan(590);
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

  function minutesJson(days: number): string {
    const stamps: string[] = [];
    const cpu: number[] = [];
    const net: number[] = [];
    for (let i = days * 1440 - 1; i >= 0; i--) {
      stamps.push(new Date(Date.UTC(2026, 0, 5) + i * 60_000).toISOString());
      cpu.push(50 + 20 * Math.sin((2 * Math.PI * i) / 1440) + (i % 5));
      net.push(1000 + (i % 11));
    }
    return JSON.stringify({ MetricDataResults: [{ Id: 'cpu', Label: 'CPU', Timestamps: stamps, Values: cpu, StatusCode: 'Complete' }, { Id: 'net', Timestamps: stamps, Values: net, StatusCode: 'Complete' }] });
  }

  it('picks a get-metric-data result with --metric and groups rows with --period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-metric-'));
    writeFileSync(join(dir, 'export.json'), minutesJson(4));
    const err: string[] = [];
    expect(await runCli(['export.json', '--no-charts'], quiet(dir, err))).toBe(2);
    expect(err).toEqual([`bandsim: ${join(dir, 'export.json')}: MetricDataResults holds 2 metrics (Ids: "cpu", "net"): pick one with --metric ID (in a scenario: series.metric)`]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const out: string[] = [];
    const io = { cwd: dir, stdout: (t: string) => out.push(t), stderr: () => {}, interactive: false };
    expect(await runCli(['export.json', '--metric', 'net', '--period', '300', '--trials', '2', '--no-charts'], io)).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'export', 'summary.json'), 'utf8'));
    expect(summary.variants[0].data).toMatchObject({
      file: 'export.json',
      format: 'get-metric-data',
      metric: 'net',
      rows: 5760,
      stepSeconds: 300,
      step: 'given',
      rowsSharingAPeriod: 5760,
      periodsWithSeveralRows: 1152,
      rowsOutOfOrder: 0,
      emptyPeriodShare: 0,
      warnings: [],
    });
    expect(summary.configuration.stepSeconds).toBe(300);
    expect(out.join('\n')).toContain('Data: 5,760 rows, step 300 s (given), 5,760 rows shared 1,152 periods, 0 out of order, 0% empty');
  });

  it('refuses a bad --period, and --period or --metric with a scenario file, before simulating', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-period-'));
    writeFileSync(join(dir, 'metric.csv'), weekOfMinutes());
    for (const period of ['420', '5m', '-60', '']) {
      const err: string[] = [];
      expect(await runCli(['metric.csv', `--period=${period}`], quiet(dir, err))).toBe(2);
      expect(err.join('\n')).toMatch(/^bandsim: --period: ".*" is not a period bandsim replays on: use 1, 5, 10, 30 or a multiple of 60 that divides a day/);
    }
    const err: string[] = [];
    expect(await runCli(['dice', '--metric', 'x'], quiet(dir, err))).toBe(2);
    expect(err.join('\n')).toMatch(/--period, --metric and --labels apply to a metric data file; in a scenario, set series\.periodSeconds, series\.metric and series\.labels/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a UTF-16 export with one line naming the encoding, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-utf16-'));
    writeFileSync(join(dir, 'export.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minutesJson(1), 'utf16le')]));
    const err: string[] = [];
    expect(await runCli(['export.json'], quiet(dir, err))).toBe(2);
    expect(err).toEqual([`bandsim: ${join(dir, 'export.json')}: the file is UTF-16LE (byte-order mark FF FE), not UTF-8: save it as UTF-8 (in PowerShell: Out-File -Encoding utf8)`]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('replays rows 5–10 minutes apart with one 1-minute gap on a 5-minute step, and warns when periods are mostly empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-sparse-'));
    const lines = ['timestamp,value'];
    let t = Date.UTC(2026, 0, 5);
    for (let i = 0; i < 2161; i++) {
      lines.push(`${new Date(t).toISOString().replace('T', ' ').slice(0, 19)},${100 + 40 * Math.sin((2 * Math.PI * (t % 86_400_000)) / 86_400_000) + (i % 3)}`);
      t += (i === 1000 ? 1 : i % 3 === 0 ? 10 : 5) * 60_000;
    }
    writeFileSync(join(dir, 'sparse.csv'), `${lines.join('\n')}\n`);
    const out: string[] = [];
    const io = { cwd: dir, stdout: (x: string) => out.push(x), stderr: () => {}, interactive: false };
    expect(await runCli(['sparse.csv', '--trials', '2', '--no-charts'], io)).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'out', 'sparse', 'summary.json'), 'utf8')).variants[0].data;
    expect(data).toMatchObject({ rows: 2161, stepSeconds: 300, rowsSharingAPeriod: 2, rowsOutOfOrder: 0, warnings: [] });
    expect(data.emptyPeriodShare).toBeCloseTo(0.25, 2);
    const text = out.join('\n');
    expect(text).toContain("Replay of sparse.csv with bandsim's default alarms and faults.");
    expect(text).toContain('Data: 2,161 rows, step 300 s (most common gap), 2 rows shared 1 period, 0 out of order, 25% empty');
    // The same file on one-minute periods: most are empty, and the terminal says so.
    const out2: string[] = [];
    expect(await runCli(['sparse.csv', '--period', '60', '--trials', '2', '--no-charts', '--out', 'fine'], { ...io, stdout: (x: string) => out2.push(x) })).toBe(0);
    const fine = JSON.parse(readFileSync(join(dir, 'fine', 'summary.json'), 'utf8')).variants[0].data;
    expect(fine.warnings[0]).toMatch(/^85% of the 60-second periods hold no row: most datapoints are missing \(give a longer period with --period\)$/);
    expect(out2.join('\n')).toContain('⚠ 85% of the 60-second periods hold no row');
  });

  it('warns when the band never forms after the warm-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-short-'));
    const lines = ['timestamp,value'];
    for (let i = 0; i < 2 * 288; i++) lines.push(`${new Date(Date.UTC(2026, 0, 5) + i * 300_000).toISOString()},${10 + (i % 4)}`);
    writeFileSync(join(dir, 'short.csv'), `${lines.join('\n')}\n`);
    const out: string[] = [];
    expect(await runCli(['short.csv', '--trials', '1', '--no-charts'], { cwd: dir, stdout: (x) => out.push(x), stderr: () => {}, interactive: false })).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'out', 'short', 'summary.json'), 'utf8')).variants[0].data;
    expect(data.warnings).toEqual([
      'alarm "band" never had a band after the warm-up: too little history per bucket, or too many missing datapoints',
      'alarm "band (pooled σ)" never had a band after the warm-up: too little history per bucket, or too many missing datapoints',
    ]);
    expect(out.join('\n')).toContain('⚠ alarm "band" never had a band after the warm-up');
  });

  it('reads series.metric and series.periodSeconds from a scenario, and warns of a fault too short for its alarm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-scenario-metric-'));
    writeFileSync(join(dir, 'export.json'), minutesJson(4));
    const scenario = {
      name: 'net',
      warmupDays: 2,
      onsetSpreadDays: 1,
      tailDays: 0.5,
      trials: 1,
      series: { generator: 'replay', file: 'export.json', metric: 'net', periodSeconds: 120 },
      alarms: [{ name: 'band', type: 'band', periodSeconds: 600, evaluationPeriods: 3, band: { bucketMinutes: 30 } }],
      faults: [{ name: 'blip', effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 20 }],
    };
    writeFileSync(join(dir, 'net.json'), JSON.stringify(scenario));
    expect(await runCli(['net.json', '--no-charts'], quiet(dir))).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'out', 'net', 'summary.json'), 'utf8')).variants[0].data;
    expect(data).toMatchObject({ metric: 'net', stepSeconds: 120, step: 'given', rowsSharingAPeriod: 5760 });
    expect(data.warnings).toEqual(['fault "blip" (20 min) is shorter than 3 periods of alarm "band" (10 min each): a 3-of-3 alarm cannot catch it']);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...scenario, series: { ...scenario.series, periodSeconds: 420 } }));
    const err: string[] = [];
    expect(await runCli(['bad.json', '--no-charts'], quiet(dir, err))).toBe(2);
    expect(err.join('\n')).toMatch(/series\.periodSeconds: must be 1, 5, 10, 30 or a multiple of 60 that divides a day/);
  });

  // NAB's data is not part of the repository: it lives in ../shared beside the repository's root (or where
  // BANDSIM_SHARED points). Without it these tests are skipped, with a message.
  const shared = process.env.BANDSIM_SHARED ?? join(import.meta.dirname, '../../../shared');
  const nab = join(shared, 'data/nab/data');
  const hasNab = existsSync(nab);
  if (!hasNab) console.warn(`NAB replay tests skipped: ${nab} not found (it is not part of the repository; set BANDSIM_SHARED)`);
  const nabFiles = hasNab
    ? readdirSync(nab, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];

  it.skipIf(!hasNab)('replays every NAB file without hand-cleaning: a 300-second step, daylight-saving repeats grouped', async () => {
    expect(nabFiles.length).toBeGreaterThanOrEqual(28);
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-nab-'));
    for (const file of nabFiles) {
      const err: string[] = [];
      const out = join(dir, file.replace(/\W/g, '_'));
      expect(await runCli([join(nab, file), '--trials', '3', '--no-charts', '--out', out], quiet(dir, err)), `${file}: ${err.join('\n')}`).toBe(0);
      const data = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).variants[0].data;
      expect(data.stepSeconds, file).toBe(300);
      expect(data.step, file).toMatch(/^the most common gap between timestamps/);
      expect(data.rowsOutOfOrder, file).toBe(0);
      expect(data.emptyPeriodShare, file).toBeLessThan(0.01);
      expect(data.warnings, file).toEqual([]);
      // Two files repeat 2014-03-09 03:00:00 twelve times at the daylight-saving change; with the next
      // row (03:04 or 03:01) they share one period.
      expect(data.rowsSharingAPeriod, file).toBe(/1ef3de|5abac7/.test(file) ? 13 : 0);
    }
  }, 300_000);
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
