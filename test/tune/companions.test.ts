import { describe, expect, it } from 'vitest';
import { loadScenario, resolveScenarioFile } from '../../src/cli/runCli.js';
import type { BandAlarm } from '../../src/scenario/parseScenario.js';
import { companionAlarms } from '../../src/tune/companions.js';

describe('companionAlarms', () => {
  const coconut = loadScenario(resolveScenarioFile('coconut', process.cwd()));
  const base = coconut.alarms[0] as BandAlarm;

  it('puts the field report’s static alarms beside a count metric', () => {
    const companions = companionAlarms(coconut, base);
    expect(companions.map((c) => c.role)).toEqual(['impossible values', 'zero or no data', 'ceiling from recent maximum']);
    const [impossible, zero, ceiling] = companions.map((c) => c.alarm);
    expect(impossible).toMatchObject({ comparison: 'LessThanThreshold', threshold: 0, periodSeconds: 60, statistic: 'Sum' });
    expect(zero).toMatchObject({ comparison: 'LessThanOrEqualToThreshold', threshold: 0, treatMissingData: 'breaching', evaluationPeriods: 1 });
    expect(ceiling).toMatchObject({ comparison: 'GreaterThanThreshold', threshold: { percentOfRecentMax: 130, days: 30 }, evaluationPeriods: 3, datapointsToAlarm: 3 });
  });

  it('uses a known range, and leaves out what does not apply', () => {
    const ranged = companionAlarms({ ...coconut, possibleMinimum: 1 }, base, 6);
    expect(ranged[0].alarm).toMatchObject({ comparison: 'LessThanLowerOrGreaterThanUpperThreshold', lower: 1, upper: 6 });
    const signed = companionAlarms({ ...coconut, possibleMinimum: null, warmupDays: 14 }, base);
    expect(signed.map((c) => c.role)).toEqual(['ceiling from recent maximum']);
    expect(signed[0].alarm.threshold).toEqual({ percentOfRecentMax: 130, days: 14 });
  });
});
