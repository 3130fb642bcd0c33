import { describe, expect, it } from 'vitest';
import { loadScenario, resolveScenarioFile } from '../../src/cli/runCli.js';
import type { BandAlarm } from '../../src/scenario/parseScenario.js';
import { simulate } from '../../src/simulate.js';
import { sweep } from '../../src/tune/sweep.js';

describe('sweep', () => {
  it('gives each alarm what a simulation of that alarm alone gives (common random numbers)', async () => {
    const scenario = { ...loadScenario(resolveScenarioFile('dice', process.cwd())), trials: 3 };
    const band = scenario.alarms.find((a): a is BandAlarm => a.type === 'band')!;
    const wide: BandAlarm = { ...band, name: 'wide', band: { ...band.band, k: 4 } };
    const { byVariant } = await sweep(scenario, [band, wide], { workers: 2 });
    const [measureBand, measureWide] = byVariant.get('default')!;
    for (const [alarm, measure] of [[band, measureBand], [wide, measureWide]] as const) {
      const alone = simulate({ ...scenario, alarms: [alarm] });
      const perTrial = alone.summary.variants[0].faults.map((f) => ({ fault: f.fault, latencies: f.alarms[0].perTrial.map((t) => t.latencyMinutes) }));
      expect(measure.faults).toEqual(perTrial);
      expect(measure.falseAlarmsPerWeek).toBeCloseTo(alone.summary.variants[0].control[0].falseAlarmsPerDay * 7, 4);
    }
    // A wider band never detects a fault earlier on the same trials.
    measureWide.faults.forEach((f, i) =>
      f.latencies.forEach((l, t) => {
        const narrow = measureBand.faults[i].latencies[t];
        if (l !== null && narrow !== null) expect(l).toBeGreaterThanOrEqual(narrow);
      }),
    );
  }, 60_000);
});
