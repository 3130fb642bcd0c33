/**
 * The packed package, installed as a user installs it (slow: `npm pack` builds dist/, `npm install` fetches
 * the dependencies from the npm cache or registry). Runs in its own vitest project, `package`
 * (`npx vitest run --project package`); `npm test` runs it too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The environment without what `npm test` adds (npm_config_*, INIT_CWD), so npm acts as in a fresh shell. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'INIT_CWD'));

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packed package, installed in a temporary folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bandsim-pack-'));
  const app = join(dir, 'app');

  beforeAll(() => {
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT).trim().split('\n').at(-1)!;
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    run('npm', ['install', join(dir, tarball), '--prefer-offline', '--no-audit', '--no-fund'], app);
  }, 600_000);

  it('holds the compiled code with types, the bin and the scenarios, and no sources or tests', () => {
    const installed = join(app, 'node_modules', 'bandsim');
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/render.js', 'dist/parallel/trialWorker.js', 'scenarios/coconut.json']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(readFileSync(join(installed, 'dist', 'cli', 'main.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it("imports { simulate, seasonalBand } from 'bandsim', in-process and on worker threads", () => {
    writeFileSync(
      join(app, 'check.mjs'),
      `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEFAULT_BAND_OPTIONS, parseScenario, seasonalBand, simulate, simulateParallel } from 'bandsim';
const file = createRequire(import.meta.url).resolve('bandsim/package.json').replace(/package\\.json$/, 'scenarios/dice.json');
const scenario = parseScenario(readFileSync(file, 'utf8'), file);
scenario.trials = 2;
const inProcess = simulate(scenario);
const parallel = await simulateParallel(scenario, { workers: 2 });
const values = Float64Array.from({ length: 3 * 1440 }, (_, i) => 10 + (i % 7));
const band = seasonalBand({ startMs: Date.UTC(2026, 0, 5), periodSeconds: 60, values }, { ...DEFAULT_BAND_OPTIONS, seasonality: 'none' });
console.log(JSON.stringify({
  trials: inProcess.summary.trials,
  sameOnWorkers: JSON.stringify(parallel) === JSON.stringify(inProcess),
  bandLength: band.expected.length,
  lastExpected: band.expected.at(-1),
}));
`,
    );
    const result = JSON.parse(run('node', ['check.mjs'], app));
    expect(result.trials).toBe(2);
    expect(result.sameOnWorkers).toBe(true);
    expect(result.bandLength).toBe(3 * 1440);
    expect(result.lastExpected).toBeCloseTo(13, 1);
  });

  it('type-checks a TypeScript user of its declarations', () => {
    writeFileSync(
      join(app, 'check.ts'),
      `import { DEFAULT_BAND_OPTIONS, seasonalBand, simulate, type Band, type Scenario, type Simulation } from 'bandsim';
import type { renderSvg } from 'bandsim/render';
export const run = (scenario: Scenario): Simulation => simulate(scenario);
export const band: Band = seasonalBand({ startMs: 0, periodSeconds: 60, values: new Float64Array(10) }, DEFAULT_BAND_OPTIONS);
export type Render = typeof renderSvg;
// @ts-expect-error k is a number
seasonalBand({ startMs: 0, periodSeconds: 60, values: new Float64Array(10) }, { ...DEFAULT_BAND_OPTIONS, k: 'two' });
`,
    );
    expect(() => run('node', [TSC, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'check.ts'], app)).not.toThrow();
  });

  it('runs `npx bandsim dice --trials 2 --no-charts`, and answers --help', () => {
    const out = join(dir, 'out');
    const text = run('npx', ['bandsim', 'dice', '--trials', '2', '--no-charts', '--out', out], app);
    expect(text).toContain('bandsim · dice');
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).trials).toBe(2);
    expect(run('npx', ['bandsim', '--help'], app)).toContain('--workers N');
  });

  it('renders charts and the report with the installed vega bundles', () => {
    const out = join(dir, 'charts');
    run('npx', ['bandsim', 'dice', '--trials', '1', '--out', out], app);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('data-bundle="vega-embed"');
    expect(readFileSync(join(out, 'charts', 'trial-a-single-0.svg'), 'utf8')).toMatch(/^<svg/);
  });
});
