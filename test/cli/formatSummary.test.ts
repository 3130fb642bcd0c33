import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/formatSummary.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';

function summaryOf(name: string, trials: number) {
  const file = `scenarios/${name}.json`;
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = trials;
  return simulate(scenario, { outcomesOnly: false }).summary;
}

describe('formatSummary: the terminal summary', () => {
  const dice = summaryOf('dice', 12);
  const lines = formatSummary(dice);

  it('keeps every line within 100 columns', () => {
    const long = lines.filter((line) => [...line].length > 100);
    expect(long).toEqual([]);
  });

  it.each(['skyline', 'coconut'])('names every alarm of %s in full, in 100 columns', (name) => {
    const text = formatSummary(summaryOf(name, 3));
    expect(text.filter((line) => [...line].length > 100)).toEqual([]);
    expect(text.join('\n')).not.toContain('…');
  });

  it('names every alarm in full in the fault-free table and in each fault table', () => {
    const names = dice.variants[0].control.map((c) => c.alarm);
    expect(names).toHaveLength(3);
    const table = lines.slice(lines.findIndex((l) => l.startsWith('Fault-free runs')));
    for (const name of names) {
      expect(table.some((l) => l.startsWith(`  ${name} `)), name).toBe(true);
    }
    expect(lines.join('\n')).not.toContain('…');
  });

  it('gives each rate with its interval and the trial count, and says why a band missed', () => {
    const text = lines.join('\n');
    expect(text).toMatch(/\d+% \(\d+–\d+%\) of 12 trials/);
    expect(text).toMatch(/↳ missed \d+: \d+ inside the band/);
    expect(text).toContain('Wilson for rates');
    // The static range alarm's threshold reads as a range.
    expect(text).toMatch(/outside 1–6/);
  });
});
