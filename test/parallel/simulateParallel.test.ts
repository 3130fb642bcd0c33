import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/chart/buildCharts.js';
import { loadScenario } from '../../src/cli/runCli.js';
import { simulateParallel } from '../../src/parallel/simulateParallel.js';
import { createRng } from '../../src/random/rng.js';
import { parseScenario, type Scenario } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';

function load(name: string, trials: number): Scenario {
  const file = `scenarios/${name}.json`;
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = trials;
  return scenario;
}

/** Everything a run writes is derived from these: the simulation and the chart specs. */
function bytes(scenario: Scenario, simulation: ReturnType<typeof simulate>): string {
  return JSON.stringify({ simulation, charts: buildCharts(scenario, simulation) });
}

describe('simulateParallel', () => {
  it.each([
    ['dice', 5, 3],
    ['coconut', 3, 2],
  ])('gives byte-identical results and charts on 1, 2 and 3 workers (%s, %i trials, %i faults)', async (name, trials, faults) => {
    const scenario = load(name, trials);
    scenario.faults = scenario.faults.slice(0, faults);
    const inProcess = bytes(scenario, await simulateParallel(scenario, { workers: 1 })); // simulate(), in-process
    for (const workers of [2, 3]) {
      expect(bytes(scenario, await simulateParallel(scenario, { workers }))).toBe(inProcess);
    }
  });

  it('passes replayed data (Float64Array) to the workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-parallel-'));
    const rng = createRng(1, 'replay test');
    const startMs = Date.UTC(2026, 0, 5);
    const rows = ['timestamp,value'];
    for (let i = 0; i < 10 * 288; i++) {
      const value = 100 + 50 * Math.sin((2 * Math.PI * i) / 288) + 10 * rng();
      rows.push(`${new Date(startMs + i * 300_000).toISOString()},${value.toFixed(3)}`);
    }
    writeFileSync(join(dir, 'metric.csv'), `${rows.join('\n')}\n`);
    const scenario = loadScenario(join(dir, 'metric.csv'));
    scenario.trials = 3;
    expect(scenario.variants[0].data?.values).toBeInstanceOf(Float64Array);
    const expected = bytes(scenario, simulate(scenario));
    expect(bytes(scenario, await simulateParallel(scenario, { workers: 2 }))).toBe(expected);
  });

  it('with outcomesOnly, gives the same outcomes and nothing else, on workers and in-process', async () => {
    const scenario = load('dice', 3);
    const full = simulate(scenario);
    for (const workers of [1, 2]) {
      const only = await simulateParallel(scenario, { workers, outcomesOnly: true });
      expect(Object.keys(only)).toEqual(['outcomes']);
      expect(JSON.stringify(only.outcomes)).toBe(JSON.stringify(full.outcomes));
    }
  });

  it('reports progress once per trial, ending at the total', async () => {
    const scenario = load('skyline', 2);
    const calls: Array<[number, number]> = [];
    await simulateParallel(scenario, { workers: 2, onProgress: (done, total) => calls.push([done, total]) });
    const total = scenario.variants.length * 2;
    expect(calls).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it("rejects with the worker's error class, message and stack", async () => {
    const scenario = load('dice', 4);
    scenario.alarms[0].evaluationPeriods = 0;
    let inProcess: unknown;
    try {
      simulate(scenario);
    } catch (error) {
      inProcess = error;
    }
    expect(inProcess).toBeInstanceOf(RangeError);
    const error = await simulateParallel(scenario, { workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe((inProcess as Error).message);
    expect((error as Error).stack).toContain('evaluateAlarm');
  });

  it('rejects a worker count that is not a whole number >= 1', async () => {
    for (const workers of [0, -1, 1.5, Number.NaN]) {
      await expect(simulateParallel(load('dice', 2), { workers })).rejects.toThrow(/workers .* must be an integer >= 1/);
    }
  });
});
