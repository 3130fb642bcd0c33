import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenLines, goldenRun, goldenText, summaryFromGoldenLines } from './regenerate.js';

describe('golden summaries of the built-in scenarios (3 trials; regenerate on purpose with npm run golden)', () => {
  it.each(['dice', 'skyline', 'coconut'])('%s gives the reviewed summary, and its golden lines hold every figure', (name) => {
    const summary = goldenRun(name);
    const expected = readFileSync(`test/golden/${name}.summary.jsonl`, 'utf8');
    expect(goldenText(summary)).toBe(expected);
    // Lossless: the lines rebuild the whole summary, so a figure changed anywhere changes a line.
    expect(summaryFromGoldenLines(goldenLines(summary))).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it('puts each (variant, fault, alarm) on its own line', () => {
    const summary = goldenRun('dice');
    const lines = goldenLines(summary);
    const variant = summary.variants[0];
    const configuration = summary.configuration as { alarms: unknown[] };
    const configurationLines = Object.values(summary.configuration as object).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 1), 0);
    expect(lines).toHaveLength(1 + configurationLines + 1 + variant.control.length + variant.faults.length * configuration.alarms.length);
    const line = JSON.parse(lines.find((l) => l.includes(`"fault":${JSON.stringify(variant.faults[1].fault)}`))!);
    expect(line.alarm).toBe(variant.faults[1].alarms[0].alarm);
    expect(line.detectionRate).toBe(variant.faults[1].alarms[0].detectionRate);
  });
});
