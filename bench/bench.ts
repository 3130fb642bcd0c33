/**
 * Speed and memory benchmark: `npm run bench`. Prints throughput figures and checks them against targets
 * (exit code 1 if a target is missed). Timing lives here, never in unit tests.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evaluateAlarm } from '../src/alarm/evaluate.js';
import { DEFAULT_BAND_OPTIONS, seasonalBand } from '../src/band/seasonalBand.js';
import { generateCoconut } from '../src/generate/coconut.js';
import { createRng } from '../src/random/rng.js';
import { parseScenario } from '../src/scenario/parseScenario.js';
import { simulate } from '../src/simulate.js';

interface Result {
  name: string;
  value: number;
  unit: string;
  target: number;
  higherIsBetter: boolean;
}

const results: Result[] = [];

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

// 1. The band: one sweep over 90 days of one-minute datapoints.
const n = 90 * 1440;
const startMs = Date.UTC(2026, 0, 5);
const { series } = generateCoconut(createRng(1, 'bench'), { startMs, length: n });
const datapoints = { startMs, periodSeconds: 60, values: series.values };
seasonalBand(datapoints, DEFAULT_BAND_OPTIONS); // warm up the JIT
for (const sigma of ['perBucket', 'pooled'] as const) {
  const { ms } = time(() => seasonalBand(datapoints, { ...DEFAULT_BAND_OPTIONS, sigma }));
  results.push({ name: `seasonalBand daily ${sigma}`, value: n / (ms / 1000) / 1e6, unit: 'M datapoints/s', target: 2, higherIsBetter: true });
}

// 2. The evaluator: 3 of 3 with missing data sprinkled in.
const classes = new Int8Array(n);
const rng = createRng(1, 'classes');
for (let i = 0; i < n; i++) classes[i] = rng() < 0.05 ? -1 : rng() < 0.1 ? 1 : 0;
evaluateAlarm(classes, { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' });
{
  const { ms } = time(() => evaluateAlarm(classes, { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' }));
  results.push({ name: 'evaluateAlarm 3 of 3', value: n / (ms / 1000) / 1e6, unit: 'M datapoints/s', target: 5, higherIsBetter: true });
}

// 3. Whole trials of the built-in scenarios (simulation only, no charts).
for (const [name, target] of [
  ['dice', 150],
  ['skyline', 150],
  ['coconut', 400],
] as const) {
  const file = `scenarios/${name}.json`;
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = 4;
  const { ms } = time(() => simulate(scenario));
  results.push({ name: `simulate ${name}, per trial and variant`, value: ms / (4 * scenario.variants.length), unit: 'ms', target, higherIsBetter: false });
}

// 4. Memory: the peak resident set after all of the above.
results.push({ name: 'resident memory', value: process.memoryUsage().rss / 2 ** 20, unit: 'MiB', target: 1024, higherIsBetter: false });

let failed = 0;
for (const r of results) {
  const ok = r.higherIsBetter ? r.value >= r.target : r.value <= r.target;
  if (!ok) failed++;
  const sign = r.higherIsBetter ? '>=' : '<=';
  console.log(`${ok ? 'ok  ' : 'MISS'} ${r.name.padEnd(42)} ${r.value.toFixed(2).padStart(9)} ${r.unit.padEnd(15)} (target ${sign} ${r.target})`);
}
process.exitCode = failed > 0 ? 1 : 0;
