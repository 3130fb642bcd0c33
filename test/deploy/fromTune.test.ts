import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../../src/deploy/fromTune.js';
import { PLACEHOLDER_METRIC } from '../../src/deploy/deployment.js';
import { parseScenario, type BandAlarm, type Scenario } from '../../src/scenario/parseScenario.js';
import { tune } from '../../src/tune/tune.js';

/** Dice with only its hourly band alarm and a small grid, so that tune recommends quickly. */
function dice(model?: string): Scenario {
  const json = JSON.parse(readFileSync('scenarios/dice.json', 'utf8'));
  json.trials = 3;
  json.alarms = json.alarms.filter((a: { type: string }) => a.type === 'band').slice(0, 1);
  if (model) json.alarms[0].band = { ...json.alarms[0].band, model };
  return parseScenario(JSON.stringify(json), 'dice.json');
}

async function deployment(scenario: Scenario) {
  const base = scenario.alarms[0] as BandAlarm;
  const grid = { k: [2, 3], seasonality: [base.band.seasonality], sigma: ['perBucket' as const], mOfN: [[1, 1] as [number, number]], trainingDays: [base.band.trainingDays], periodSeconds: [base.periodSeconds], statistic: [base.statistic], treatMissingData: [base.treatMissingData] };
  const result = await tune(scenario, { grid, workers: 1, maxFalseAlarmsPerWeek: 100 });
  const variant = result.variants[0];
  expect(variant.recommended).not.toBeNull();
  return deploymentFor(result, variant, base, PLACEHOLDER_METRIC, null)!;
}

describe('deploymentFor: the recommended band alarm, ready for CloudWatch', () => {
  it('carries k, period, statistic and M of N over, and says what CloudWatch learns itself', async () => {
    const d = await deployment(dice());
    expect(d.band).toMatchObject({ periodSeconds: 60, evaluationPeriods: 1, datapointsToAlarm: 1 });
    expect([2, 3]).toContain(d.band.k);
    expect(d.notes.join('\n')).toContain('CloudWatch learns its own model');
    expect(d.notes.join('\n')).not.toContain("bandsim's");
  });

  it("warns when the simulated band was one of bandsim's other models, not CloudWatch's", async () => {
    const d = await deployment(dice('ewma'));
    expect(d.notes.join('\n')).toContain(`The simulated band was bandsim's "ewma" model, not CloudWatch's`);
  });
});
