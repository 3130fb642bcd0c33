import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenSummary } from './regenerate.js';

describe('golden summaries of the built-in scenarios (3 trials; regenerate on purpose with npm run golden)', () => {
  it.each(['dice', 'skyline', 'coconut'])('%s gives the reviewed summary', (name) => {
    const expected = readFileSync(`test/golden/${name}.summary.json`, 'utf8');
    expect(goldenSummary(name)).toBe(expected);
  });
});
