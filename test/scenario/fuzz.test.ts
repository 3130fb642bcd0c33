import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/runCli.js';
import { createRng } from '../../src/random/rng.js';
import { parseScenario, ScenarioError, type Scenario } from '../../src/scenario/parseScenario.js';
import { mutations, type Mutation } from './mutations.js';

const BUILT_IN = ['dice', 'skyline', 'coconut'] as const;
const PER_SCENARIO = 150;
const dir = mkdtempSync(join(tmpdir(), 'bandsim-fuzz-'));
mkdirSync(join(dir, 'cwd'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every mutation of every built-in scenario, from one seeded stream per scenario. */
const cases: Array<Mutation & { scenario: string }> = BUILT_IN.flatMap((name) =>
  mutations(createRng('fuzz', name), JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')), PER_SCENARIO).map((m) => ({ ...m, scenario: name })),
);

/** Checks a refusal's message: the file named first, then at most 21 lines of at most 204 characters. */
function expectReadableRefusal(message: string, file: string, what: string): void {
  const lines = message.split('\n');
  expect(lines[0], what).toBe(`${file}: invalid scenario`);
  expect(lines.length, what).toBeLessThanOrEqual(22);
  for (const line of lines) expect(line.length, what).toBeLessThanOrEqual(204);
  for (const line of lines.slice(1)) expect(line, what).toMatch(/^ {2}(- \S|… and \d+ more$)/);
}

/** The work of one trial: every run (variant × (faults + 1)) evaluates every alarm over every datapoint. */
function workPerTrial(s: Scenario): number {
  const datapoints = ((s.warmupDays + s.onsetSpreadDays + s.tailDays) * 86_400) / s.stepSeconds;
  return s.variants.length * (s.faults.length + 1) * s.alarms.length * datapoints;
}

describe('fuzzing the built-in scenarios (seeded)', () => {
  const valid: Array<{ text: string; what: string; work: number }> = [];
  const refused: Array<{ text: string; what: string }> = [];

  it(`validates ${cases.length} mutations: each is accepted or refused with a readable message, never a crash`, () => {
    for (const { text, what, scenario } of cases) {
      const label = `${scenario}: ${what.join(', ')}`;
      try {
        valid.push({ text, what: label, work: workPerTrial(parseScenario(text, 'fuzz.json')) });
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw new Error(`${label}: ${(error as Error).stack}`);
        expectReadableRefusal(error.message, 'fuzz.json', label);
        refused.push({ text, what: label });
      }
    }
    // The mix must exercise both sides.
    expect(valid.length).toBeGreaterThan(20);
    expect(refused.length).toBeGreaterThan(cases.length / 2);
  });

  it('runs a seeded subset end to end: exit 0, or exit 2 with one message and no stack trace', async () => {
    const rng = createRng('fuzz', 'end to end');
    // Cheap valid ones (a trial of a built-in dice run is about 450,000 datapoint-alarm steps) and refused ones.
    const cheap = valid.filter((v) => v.work <= 1_500_000);
    const chosen = [
      ...Array.from({ length: 6 }, () => cheap[Math.floor(rng() * cheap.length)]),
      ...Array.from({ length: 6 }, () => refused[Math.floor(rng() * refused.length)]),
    ];
    const codes = new Set<number>();
    for (const [i, { text, what }] of chosen.entries()) {
      const file = join(dir, `case-${i}.json`);
      writeFileSync(file, text);
      const err: string[] = [];
      const io: CliIo = { cwd: dir, stdout: () => {}, stderr: (t) => err.push(t), interactive: false };
      const code = await runCli([file, '--trials', '1', '--no-charts', '--out', join(dir, `out-${i}`)], io);
      codes.add(code);
      expect([0, 2], what).toContain(code);
      if (code === 0) expect(err, what).toEqual([]);
      else {
        expect(err, what).toHaveLength(1);
        expect(err[0], what).toMatch(/^bandsim: /);
        expect(err[0], what).not.toMatch(/\n\s+at /);
      }
    }
    expect([...codes].sort()).toEqual([0, 2]);
  });

  it('survives mutated command-line arguments: exit 0, or exit 2 with one message and no stack trace', async () => {
    const rng = createRng('fuzz', 'arguments');
    const options: Record<string, string[]> = {
      '--seed': ['', ' ', 'x'.repeat(200), '99999999999999999999', '-1', '1e5', 'NaN', '7'],
      '--trials': ['', '0', '-1', '1e3', '100001', 'abc', '1.5', '1'],
      '--out': ['', '.', '/', '..', 'a\0b', 'x'.repeat(300), 'new/deep/folder', 'cases'],
    };
    const codes = new Set<number>();
    for (let i = 0; i < 24; i++) {
      const args = ['dice', '--no-charts', '--trials', '1'];
      for (const [option, values] of Object.entries(options)) {
        if (rng() < 0.6) args.push(option, values[Math.floor(rng() * values.length)]);
      }
      if (rng() < 0.15) args.push(['--colour', 'extra', '-x', '--out'][Math.floor(rng() * 4)]);
      const err: string[] = [];
      const io: CliIo = { cwd: join(dir, 'cwd'), stdout: () => {}, stderr: (t) => err.push(t), interactive: false };
      const code = await runCli(args, io);
      const what = JSON.stringify(args).slice(0, 200);
      codes.add(code);
      expect([0, 2], what).toContain(code);
      if (code === 2) {
        expect(err, what).toHaveLength(1);
        expect(err[0].split('\n')[0], what).toMatch(/^bandsim: .{1,300}$/);
        expect(err[0], what).not.toMatch(/\n\s+at /);
      }
    }
    expect([...codes].sort()).toEqual([0, 2]);
  });
});
