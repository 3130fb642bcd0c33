/**
 * Regenerates the golden summaries of the built-in scenarios: `npm run golden`. Run it on purpose when a
 * change is meant to move the figures, and review the diff of test/golden/*.summary.json like code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';

export const GOLDEN_TRIALS = 3;

export function goldenSummary(name: string): string {
  const file = `scenarios/${name}.json`;
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = GOLDEN_TRIALS;
  return `${JSON.stringify(simulate(scenario).summary, null, 1)}\n`;
}

if (process.argv[1]?.endsWith('regenerate.ts')) {
  for (const name of ['dice', 'skyline', 'coconut']) {
    writeFileSync(`test/golden/${name}.summary.json`, goldenSummary(name));
    console.log(`wrote test/golden/${name}.summary.json`);
  }
}
