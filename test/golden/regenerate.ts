/**
 * Regenerates the golden summaries of the built-in scenarios: `npm run golden`. Run it on purpose when a
 * change is meant to move the figures, and review the diff of test/golden/*.summary.jsonl like code.
 *
 * A golden file is the whole summary as compact JSON lines (see {@link goldenLines}): a header, the resolved
 * configuration one entry per line, then per variant one line of its own fields and one line per alarm of
 * its control run and of each fault. A changed figure changes exactly the line of its (variant, fault, alarm).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Summary } from '../../src/metrics/summarize.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';

export const GOLDEN_TRIALS = 3;

type Json = Record<string, unknown>;

/**
 * The summary as lines of compact JSON, lossless ({@link summaryFromGoldenLines} rebuilds it):
 * - `{"scenario", "description", "seed", "trials", "configurationSha256"}`: the header;
 * - `{"configuration.<key>": value}` per scalar of the configuration, `{"configuration.<key>[i]": entry}` per
 *   entry of its lists (variants, alarms, faults);
 * - `{"variant", ...}` per variant: its fields other than control and faults;
 * - `{"variant", "fault": null, "alarm", ...}` per variant × alarm: the control run's figures;
 * - `{"variant", "fault", <fault fields>, "alarm", ...}` per variant × fault × alarm: the fault's figures.
 */
export function goldenLines(summary: Summary): string[] {
  const plain = JSON.parse(JSON.stringify(summary)) as Json;
  const { configuration, variants, ...header } = plain as Json & { configuration: Json; variants: Json[] };
  const configurationText = JSON.stringify(configuration);
  const lines: unknown[] = [{ ...header, configurationSha256: createHash('sha256').update(configurationText).digest('hex') }];
  for (const [key, value] of Object.entries(configuration)) {
    if (Array.isArray(value)) value.forEach((entry, i) => lines.push({ [`configuration.${key}[${i}]`]: entry }));
    else lines.push({ [`configuration.${key}`]: value });
  }
  for (const { control, faults, ...variant } of variants as Array<Json & { control: Json[]; faults: Json[] }>) {
    lines.push(variant);
    for (const alarm of control) lines.push({ variant: variant.variant, fault: null, ...alarm });
    for (const { alarms, ...fault } of faults as Array<Json & { alarms: Json[] }>) {
      for (const alarm of alarms) lines.push({ variant: variant.variant, ...fault, ...alarm });
    }
  }
  return lines.map((line) => JSON.stringify(line));
}

/**
 * Rebuilds the summary (as plain JSON data) from {@link goldenLines}; the golden test checks the round trip so
 * that no figure can be left out of a golden file.
 */
export function summaryFromGoldenLines(lines: readonly string[]): Json {
  const [header, ...rest] = lines.map((line) => JSON.parse(line) as Json);
  const { configurationSha256: _hash, ...summary } = header;
  const configuration: Json = {};
  const variants: Array<Json & { control: Json[]; faults: Array<Json & { alarms: Json[] }> }> = [];
  for (const line of rest) {
    const [firstKey] = Object.keys(line);
    if (firstKey.startsWith('configuration.')) {
      const m = /^configuration\.(\w+)(?:\[(\d+)\])?$/.exec(firstKey)!;
      if (m[2] === undefined) configuration[m[1]] = line[firstKey];
      else ((configuration[m[1]] ??= []) as unknown[])[Number(m[2])] = line[firstKey];
    } else if (!('fault' in line)) {
      variants.push({ ...line, control: [], faults: [] });
    } else {
      const variant = variants[variants.length - 1];
      const { variant: _name, fault, ...alarm } = line;
      if (fault === null) {
        variant.control.push(alarm);
      } else {
        // The fault's own fields come before "alarm" in the line.
        const keys = Object.keys(alarm);
        const split = keys.indexOf('alarm');
        const faultFields = Object.fromEntries([['fault', fault], ...keys.slice(0, split).map((k) => [k, alarm[k]])]);
        const alarmFields = Object.fromEntries(keys.slice(split).map((k) => [k, alarm[k]]));
        let last = variant.faults[variant.faults.length - 1];
        if (!last || last.fault !== fault) variant.faults.push((last = { ...faultFields, alarms: [] }));
        last.alarms.push(alarmFields);
      }
    }
  }
  return { ...summary, configuration, variants };
}

/** The golden text of a built-in scenario: {@link goldenLines} of its summary with 3 trials, one per line. */
export function goldenText(summary: Summary): string {
  return `${goldenLines(summary).join('\n')}\n`;
}

/** The summary of a built-in scenario with {@link GOLDEN_TRIALS} trials. */
export function goldenRun(name: string): Summary {
  const file = `scenarios/${name}.json`;
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = GOLDEN_TRIALS;
  return simulate(scenario).summary;
}

if (process.argv[1]?.endsWith('regenerate.ts')) {
  for (const name of ['dice', 'skyline', 'coconut']) {
    writeFileSync(`test/golden/${name}.summary.jsonl`, goldenText(goldenRun(name)));
    console.log(`wrote test/golden/${name}.summary.jsonl`);
  }
}
