// Runs coconut trials on 2 worker threads with the built code (dist/), in a plain node process (no tsx
// loader in the process or its workers), and prints the wall and CPU time (all threads) as JSON.
// Used by bench.ts; `node bench/parallelTrials.mjs 1000` runs it alone.
import { readFileSync } from 'node:fs';
import { parseScenario, simulateParallel } from '../dist/index.js';

const trials = Number(process.argv[2] ?? 1000);
const file = 'scenarios/coconut.json';
const scenario = parseScenario(readFileSync(file, 'utf8'), file);
scenario.trials = trials;
const before = process.cpuUsage();
const start = performance.now();
await simulateParallel(scenario, { workers: 2 });
const wallMs = performance.now() - start;
const used = process.cpuUsage(before);
process.stdout.write(`${JSON.stringify({ trials, wallMs, cpuMs: (used.user + used.system) / 1000 })}\n`);
