/**
 * Speed and memory benchmark: `npm run bench` (timing lives here, never in unit tests).
 *
 * Side by side in one process, on the same data:
 * - bandsim's band kernel (`seasonalBand`);
 * - a plain typed-array rolling band: per bucket a ring buffer with a running sum and sum of squares, the
 *   fastest simple JavaScript (no shift, no re-anchoring, no missing data or options);
 * - a naive band: per datapoint, simple-statistics' `mean` and `sampleStandardDeviation` over the bucket's
 *   window kept as a JavaScript array (on a subset: it is slow).
 * All three write expected, σ, lower and upper per datapoint into reused arrays, and are checked to agree
 * before timing.
 *
 * Workloads: the reference one (20M datapoints, 168 hour-of-week buckets, a 120-value window, k = 2) and
 * coconut's default band (one-minute datapoints, daily 15-minute buckets over 14 days, current occurrence
 * left out). Then whole coconut trials end to end (no charts), single-threaded, and on 2 worker threads
 * (`simulateParallel`, summary included), against the target of 1,000 trials in 20 s on 2 cores.
 *
 * Figures are CPU time (process.cpuUsage, user + system) per datapoint, the median of several runs. Targets
 * are printed as PASS or MISS; the exit code does not depend on them.
 *
 * Then each band model's default band over 30 days of 5-minute and 1-minute datapoints.
 *
 * Options (environment): BENCH_POINTS (reference workload size, default 20000000), BENCH_TRIALS (coconut
 * trials end to end, default 100), BENCH_PARALLEL_TRIALS (coconut trials on 2 workers, default 1000),
 * BENCH_PARALLEL_RUNS (runs of those, default 3), BENCH_RUNS (runs per kernel measure, default 5).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Datapoints } from '../src/alarm/aggregate.js';
import { evaluateAlarm } from '../src/alarm/evaluate.js';
import { DEFAULT_BAND_OPTIONS, seasonalBand, type BandOptions } from '../src/band/seasonalBand.js';
import { computeBand } from '../src/band/computeBand.js';
import { BAND_MODELS, bandOptionsSchema } from '../src/band/options.js';
import { generateCoconut } from '../src/generate/coconut.js';
import { randomNormal } from '../src/random/normal.js';
import { createRng } from '../src/random/rng.js';
import { parseScenario } from '../src/scenario/parseScenario.js';
import { simulateParallel } from '../src/parallel/simulateParallel.js';
import { runTrial, simulate } from '../src/simulate.js';
import { DAY_MS } from '../src/core/time.js';

const POINTS = Number(process.env.BENCH_POINTS ?? 20_000_000);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 100);
const PARALLEL_TRIALS = Number(process.env.BENCH_PARALLEL_TRIALS ?? 1000);
const PARALLEL_RUNS = Number(process.env.BENCH_PARALLEL_RUNS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface BandOut {
  expected: Float64Array;
  sigma: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
}

/** How a rolling band is laid out over a regular grid of datapoints. */
interface Layout {
  /** Buckets per season. */
  buckets: number;
  /** Datapoints per bucket occurrence. */
  bucketPoints: number;
  /** Position of datapoint 0 in its season, in datapoints. */
  position0: number;
  /** Window length, datapoints: datapoint i trains on [i − window, start of its bucket occurrence). */
  window: number;
  /** Training datapoints a bucket needs for a band. */
  minPoints: number;
  k: number;
}

// -------------------------------------------------------------------------------------------------------------
// The two comparison bands (no missing data, no options beyond the layout)
// -------------------------------------------------------------------------------------------------------------

/** Plain typed-array rolling band: ring buffer per bucket, running Σx and Σx². */
function plainBand(values: Float64Array, layout: Layout, out: BandOut): BandOut {
  const n = values.length;
  const { buckets, bucketPoints, window, minPoints, k } = layout;
  const capacity = (Math.ceil(window / (buckets * bucketPoints)) + 1) * bucketPoints;
  const ring = new Float64Array(buckets * capacity);
  const head = new Int32Array(buckets);
  const count = new Int32Array(buckets);
  const sum = new Float64Array(buckets);
  const sumSq = new Float64Array(buckets);
  let pos = layout.position0 % (buckets * bucketPoints);
  let b = Math.floor(pos / bucketPoints);
  let into = pos - b * bucketPoints;
  pos = layout.position0 % (buckets * bucketPoints);
  let bAdd = b;
  let intoAdd = into;
  let bRemove = b;
  let intoRemove = into;
  let added = 0;
  let removed = 0;
  for (let i = 0; i < n; i++) {
    for (const cutoff = i - into; added < cutoff; added++) {
      const x = values[added];
      let slot = head[bAdd] + count[bAdd]++;
      if (slot >= capacity) slot -= capacity;
      ring[bAdd * capacity + slot] = x;
      sum[bAdd] += x;
      sumSq[bAdd] += x * x;
      if (++intoAdd === bucketPoints) {
        intoAdd = 0;
        if (++bAdd === buckets) bAdd = 0;
      }
    }
    for (const limit = i - window; removed < limit; removed++) {
      const x = ring[bRemove * capacity + head[bRemove]];
      if (++head[bRemove] === capacity) head[bRemove] = 0;
      count[bRemove]--;
      sum[bRemove] -= x;
      sumSq[bRemove] -= x * x;
      if (++intoRemove === bucketPoints) {
        intoRemove = 0;
        if (++bRemove === buckets) bRemove = 0;
      }
    }
    const c = count[b];
    if (c < minPoints) {
      out.expected[i] = out.sigma[i] = out.lower[i] = out.upper[i] = Number.NaN;
    } else {
      const m = sum[b] / c;
      const sd = Math.sqrt(Math.max(0, (sumSq[b] - sum[b] * m) / (c - 1)));
      out.expected[i] = m;
      out.sigma[i] = sd;
      out.lower[i] = m - k * sd;
      out.upper[i] = m + k * sd;
    }
    if (++into === bucketPoints) {
      into = 0;
      if (++b === buckets) b = 0;
    }
  }
  return out;
}

/** Naive band: each bucket's window as a JavaScript array; per datapoint, simple-statistics over it. */
function naiveBand(values: Float64Array, layout: Layout, out: BandOut): BandOut {
  const n = values.length;
  const { buckets, bucketPoints, window, minPoints, k } = layout;
  const season = buckets * bucketPoints;
  const bucketAt = (i: number) => Math.floor(((layout.position0 + i) % season) / bucketPoints);
  const windowValues: number[][] = Array.from({ length: buckets }, () => []);
  const windowIndices: number[][] = Array.from({ length: buckets }, () => []);
  let added = 0;
  for (let i = 0; i < n; i++) {
    const into = (layout.position0 + i) % bucketPoints;
    for (; added < i - into; added++) {
      windowValues[bucketAt(added)].push(values[added]);
      windowIndices[bucketAt(added)].push(added);
    }
    const b = bucketAt(i);
    while (windowIndices[b].length > 0 && windowIndices[b][0] < i - window) {
      windowIndices[b].shift();
      windowValues[b].shift();
    }
    const xs = windowValues[b];
    if (xs.length < minPoints) {
      out.expected[i] = out.sigma[i] = out.lower[i] = out.upper[i] = Number.NaN;
      continue;
    }
    const m = mean(xs);
    const sd = sampleStandardDeviation(xs);
    out.expected[i] = m;
    out.sigma[i] = sd;
    out.lower[i] = m - k * sd;
    out.upper[i] = m + k * sd;
  }
  return out;
}

function buffers(n: number): BandOut {
  return { expected: new Float64Array(n), sigma: new Float64Array(n), lower: new Float64Array(n), upper: new Float64Array(n) };
}

// -------------------------------------------------------------------------------------------------------------
// Measuring
// -------------------------------------------------------------------------------------------------------------

function cpuMs<T>(fn: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median CPU ns per datapoint of each function over `runs` rounds, after two warm-up rounds (the JIT
 * compiles a kernel's paths as it meets them). Rounds interleave the functions, so a change in the load of
 * this shared machine affects them alike.
 */
function nsPerPoint(fns: Array<{ points: number; run: () => unknown }>, runs: number): number[] {
  const times = fns.map(() => [] as number[]);
  for (let round = 0; round < runs + 2; round++) {
    fns.forEach((f, q) => {
      const { ms } = cpuMs(f.run);
      if (round >= 2) times[q].push(ms);
    });
  }
  return times.map((t, q) => (median(t) * 1e6) / fns[q].points);
}

/** Largest difference between two bands relative to σ, where both have a band; throws if they disagree on where. */
function disagreement(a: BandOut, b: BandOut, from: number, to: number): number {
  let worst = 0;
  for (let i = from; i < to; i++) {
    if (Number.isNaN(a.sigma[i]) !== Number.isNaN(b.sigma[i])) throw new Error(`bench: the bands disagree on where a band exists (${i})`);
    if (Number.isNaN(a.sigma[i])) continue;
    const scale = Math.max(a.sigma[i], 1e-300);
    for (const key of ['expected', 'sigma', 'lower', 'upper'] as const) worst = Math.max(worst, Math.abs(a[key][i] - b[key][i]) / scale);
  }
  return worst;
}

function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const rows: string[][] = [];
const targets: Array<{ name: string; ok: boolean; detail: string }> = [];
const row = (...cells: Array<string | number>) => rows.push(cells.map((c) => (typeof c === 'number' ? fmt(c) : c)));

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** Runs the three bands on one workload and records ns/point and ratios. */
function compareBands(name: string, data: Datapoints, options: BandOptions, layout: Layout, naivePoints: number): { kernel: number; naive: number; plain: number } {
  const values = data.values;
  const n = values.length;
  const subset: Datapoints = { ...data, values: values.subarray(0, naivePoints) };
  // Agreement first (on the naive subset). Each band then writes into its own reused output arrays: fresh
  // memory costs page faults (about 20 ns per datapoint for four arrays here), which is not band work.
  const kernelSubset = seasonalBand(subset, options);
  const plainSubset = plainBand(subset.values, layout, buffers(naivePoints));
  const naiveSubset = naiveBand(subset.values, layout, buffers(naivePoints));
  const worst = Math.max(disagreement(kernelSubset, plainSubset, 0, naivePoints), disagreement(kernelSubset, naiveSubset, 0, naivePoints));
  if (!(worst < 1e-6)) throw new Error(`bench: ${name}: the bands differ by ${worst} σ`);

  const kernelOut = buffers(n);
  const plainOut = buffers(n);
  const naiveOut = buffers(naivePoints);
  const [kernel, plain, naive] = nsPerPoint(
    [
      { points: n, run: () => seasonalBand(data, options, kernelOut) },
      { points: n, run: () => plainBand(values, layout, plainOut) },
      { points: naivePoints, run: () => naiveBand(subset.values, layout, naiveOut) },
    ],
    RUNS,
  );
  row(name, `${(n / 1e6).toFixed(n < 1e6 ? 3 : 0)}M`, kernel, plain, naive, `${fmt(kernel / plain)}×`, `${fmt(naive / kernel)}×`);
  return { kernel, naive, plain };
}

// -------------------------------------------------------------------------------------------------------------
// 1. The reference workload: hourly datapoints, 168 hour-of-week buckets, 120 weeks of window, k = 2.
// -------------------------------------------------------------------------------------------------------------

const MONDAY = Date.UTC(2026, 0, 5);
console.log(`bandsim bench: ${POINTS.toLocaleString('en-US')} reference datapoints, ${RUNS} runs per measure (CPU time, median)`);
{
  const rng = createRng(1, 'bench', 'reference');
  const values = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) values[i] = 1000 + 300 * Math.sin((2 * Math.PI * (i % 168)) / 168) + 50 * randomNormal(rng);
  const data: Datapoints = { startMs: MONDAY, periodSeconds: 3600, values };
  const options: BandOptions = { ...DEFAULT_BAND_OPTIONS, seasonality: 'weekly', bucketMinutes: 60, trainingDays: 120 * 7, k: 2 };
  // The kernel's window [t − 120 weeks, t) holds 120 values of a bucket; it needs 2 for a band.
  const layout: Layout = { buckets: 168, bucketPoints: 1, position0: 0, window: 120 * 168, minPoints: 2, k: 2 };
  const r = compareBands('reference: 168 buckets, 120-value window', data, options, layout, Math.min(POINTS, 200_000));
  // The plain loop does the least work a rolling band can do, so naive/plain is the most any kernel could reach here.
  targets.push({
    name: 'kernel ≥ 50× faster than naive (reference workload)',
    ok: r.naive / r.kernel >= 50,
    detail: `${fmt(r.naive / r.kernel)}× (the plain typed-array loop, which does strictly less, is ${fmt(r.naive / r.plain)}× the naive one)`,
  });
  targets.push({ name: 'kernel ≤ 3× plain typed-array (reference workload)', ok: r.kernel / r.plain <= 3, detail: `${fmt(r.kernel / r.plain)}×` });
}
const peakAfterReference = peakRssMiB();

// -------------------------------------------------------------------------------------------------------------
// 2. Coconut's default band: 38 days of one-minute orders, daily 15-minute buckets, 14-day window.
// -------------------------------------------------------------------------------------------------------------

{
  const n = 38 * 1440;
  const { series } = generateCoconut(createRng(1, 'bench', 'coconut'), { startMs: MONDAY, length: n });
  const data: Datapoints = { startMs: MONDAY, periodSeconds: 60, values: series.values };
  // minSeasons 2 of a 15-datapoint bucket: 30 training datapoints.
  const layout: Layout = { buckets: 96, bucketPoints: 15, position0: 0, window: 14 * 1440, minPoints: 30, k: 2 };
  const r = compareBands('coconut default (daily, 15-min buckets)', data, DEFAULT_BAND_OPTIONS, layout, 20 * 1440);
  const pooledOut = buffers(n);
  const [pooled] = nsPerPoint([{ points: n, run: () => seasonalBand(data, { ...DEFAULT_BAND_OPTIONS, sigma: 'pooled' }, pooledOut) }], RUNS);
  row('coconut default, pooled σ (kernel only)', `${(n / 1e6).toFixed(3)}M`, pooled, '', '', `${fmt(pooled / r.plain)}×`, `${fmt(r.naive / pooled)}×`);

  const classes = new Int8Array(n);
  const rng = createRng(1, 'bench', 'classes');
  for (let i = 0; i < n; i++) classes[i] = rng() < 0.05 ? -1 : rng() < 0.1 ? 1 : 0;
  const options = { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' } as const;
  const [evaluation] = nsPerPoint([{ points: n, run: () => evaluateAlarm(classes, options) }], RUNS);
  row('alarm evaluation, 3 of 3 (evaluateAlarm)', `${(n / 1e6).toFixed(3)}M`, evaluation, '', '', '', '');
}

console.log('');
console.log(table(['band kernel, ns per datapoint', 'points', 'bandsim', 'plain', 'naive', 'bandsim/plain', 'naive/bandsim'], rows));

// -------------------------------------------------------------------------------------------------------------
// 3. Coconut trials end to end (no charts), single-threaded.
// -------------------------------------------------------------------------------------------------------------

{
  const file = 'scenarios/coconut.json';
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  const variant = scenario.variants[0];
  runTrial(scenario, variant, 0, null); // warm-up
  const perTrial: number[] = [];
  for (let t = 1; t <= 9; t++) perTrial.push(cpuMs(() => runTrial(scenario, variant, t, null)).ms);
  const trialMs = median(perTrial);
  scenario.trials = TRIALS;
  const wall = performance.now();
  const { ms, value: simulation } = cpuMs(() => simulate(scenario));
  const wallMs = performance.now() - wall;
  // A fault run is computed from its onset on; before it, it is the control run's copy.
  const lengthMs = (scenario.warmupDays + scenario.onsetSpreadDays + scenario.tailDays) * DAY_MS;
  const shares = simulation.outcomes.flatMap((o) => o.faults.map((f) => (f.onsetMs - scenario.startMs) / lengthMs));
  const saved = shares.reduce((a, b) => a + b, 0) / shares.length;
  const runs = 1 + shares.length / simulation.outcomes.length;
  const perSecond = (TRIALS * 1000) / ms;
  console.log('');
  console.log(`coconut, one trial (runTrial, median of 9): ${fmt(trialMs)} ms CPU`);
  console.log(
    `coconut, ${TRIALS} trials end to end (simulate, no charts, 1 thread): ${fmt(ms / 1000)} s CPU, ${fmt(wallMs / 1000)} s wall, ` +
      `${fmt(perSecond)} trials/s`,
  );
  console.log(
    `  fault runs start at their onset: ${fmt(100 * saved)}% of each fault run's band and evaluation work is the control ` +
      `run's, ${fmt((100 * saved * (runs - 1)) / runs)}% of a trial's ${fmt(runs)} runs`,
  );
  console.log(
    `  extrapolated to 1,000 trials: ${fmt(1000 / perSecond)} s on 1 core; ${fmt(1000 / perSecond / 2)} s on 2 cores if trials split evenly (not measured)`,
  );
}

// -------------------------------------------------------------------------------------------------------------
// 4. Coconut trials end to end on 2 worker threads (simulateParallel, summary included, no charts).
// -------------------------------------------------------------------------------------------------------------

{
  const file = 'scenarios/coconut.json';
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = PARALLEL_TRIALS;
  // The built code (dist/, made by `npm ci`/`npm run build`), as `npm run simulate` runs it, in a plain node
  // process: under tsx every worker would load the sources through its loader (about 10% more CPU, measured).
  const built = existsSync('dist/index.js');
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < PARALLEL_RUNS; run++) {
    if (built) {
      const child = spawnSync(process.execPath, ['bench/parallelTrials.mjs', String(PARALLEL_TRIALS)], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`bench/parallelTrials.mjs failed: ${child.stderr}`);
      const { wallMs, cpuMs } = JSON.parse(child.stdout) as { wallMs: number; cpuMs: number };
      walls.push(wallMs);
      cpus.push(cpuMs);
    } else {
      // CPU time of the whole process: process.cpuUsage counts every thread, the workers included.
      const before = process.cpuUsage();
      const wall = performance.now();
      await simulateParallel(scenario, { workers: 2 });
      walls.push(performance.now() - wall);
      const used = process.cpuUsage(before);
      cpus.push((used.user + used.system) / 1000);
    }
  }

  const wallMs = median(walls);
  const cpuMs = median(cpus);
  // On a shared machine the wall time depends on what else runs; the CPU time does not. Both cores busy
  // with this run alone would take CPU ÷ 2 of wall time (plus the serial summary, inside the CPU figure).
  const idleWallS = (cpuMs / 2000) * (1000 / PARALLEL_TRIALS);
  console.log('');
  console.log(
    `coconut, ${PARALLEL_TRIALS} trials on 2 workers (simulateParallel from ${built ? 'dist/ in a plain node process' : 'src/ under tsx: run npm run build first'}, summary, no charts), median of ${PARALLEL_RUNS}: ` +
      `${fmt(wallMs / 1000)} s wall (runs: ${walls.map((w) => fmt(w / 1000)).join(', ')}), ${fmt(cpuMs / 1000)} s CPU ` +
      `(${fmt(cpuMs / wallMs)} cores busy; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`,
  );
  console.log(`  1,000 trials on 2 free cores (CPU ÷ 2${PARALLEL_TRIALS === 1000 ? '' : `, scaled from ${PARALLEL_TRIALS}`}): ${fmt(idleWallS)} s`);
  targets.push({
    name: `1,000 coconut trials ≤ 20 s on 2 cores (CPU ÷ 2, median of ${PARALLEL_RUNS} runs of ${PARALLEL_TRIALS})`,
    ok: idleWallS <= 20,
    detail: `${fmt(idleWallS)} s; measured wall ${fmt((wallMs / 1000) * (1000 / PARALLEL_TRIALS))} s with other work on the machine`,
  });
}

// Band models: each model's default band over 30 days of 5-minute and of 1-minute datapoints (seeded noise
// on a daily wave, 3% missing), CPU ms per band, the median of RUNS runs.
{
  const rng = createRng(7, 'bench band models');
  const body: string[][] = [];
  const series = [300, 60].map((periodSeconds) => {
    const n = (30 * 86_400) / periodSeconds;
    const values = Float64Array.from({ length: n }, (_, i) =>
      rng() < 0.03 ? Number.NaN : 100 + 30 * Math.sin((2 * Math.PI * i * periodSeconds) / 86_400) + 5 * randomNormal(rng),
    );
    return { startMs: MONDAY, periodSeconds, values };
  });
  for (const model of BAND_MODELS) {
    const options = bandOptionsSchema.parse({ model });
    const ms = series.map((data) => median(Array.from({ length: RUNS }, () => cpuMs(() => computeBand(data, options)).ms)));
    body.push([model, fmt(ms[0]), fmt(ms[1])]);
  }
  console.log('');
  console.log('band models, defaults, CPU ms per band of 30 days (median of runs):');
  console.log(table(['model', '5-min (8,640)', '1-min (43,200)'], body));
}

console.log('');
console.log(`peak resident memory (maxRSS): ${fmt(peakAfterReference)} MiB after the reference workload, ${fmt(peakRssMiB())} MiB at the end`);
console.log('');
for (const t of targets) console.log(`${t.ok ? 'PASS' : 'MISS'}  ${t.name}: ${t.detail}`);

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}
