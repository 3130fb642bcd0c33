import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from '../../src/scenario/parseScenario.js';

const minimal = {
  name: 'mini',
  series: { generator: 'dice' },
  alarms: [{ name: 'band', type: 'band' }],
};

function problemsOf(input: unknown, file = 'my.json'): string[] {
  try {
    parseScenario(typeof input === 'string' ? input : JSON.stringify(input), file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).message).toContain(file);
    return (error as ScenarioError).problems;
  }
  throw new Error('expected a ScenarioError');
}

describe('parseScenario', () => {
  it.each(['dice', 'skyline', 'coconut'])('accepts the built-in scenario %s', (name) => {
    const file = `scenarios/${name}.json`;
    const scenario = parseScenario(readFileSync(file, 'utf8'), file);
    expect(scenario.name).toBe(name);
    expect(scenario.alarms.length).toBeGreaterThan(0);
    expect(scenario.warmupDays).toBeGreaterThanOrEqual(14);
    for (const alarm of scenario.alarms) if (alarm.type === 'band') expect(alarm.band.k).toBe(2);
  });

  it('fills every default', () => {
    const s = parseScenario(JSON.stringify(minimal), 'mini.json');
    expect(s.seed).toBe(1);
    expect(s.variants).toEqual([{ name: 'default', description: '', series: { generator: 'dice', faces: 6 } }]);
    const alarm = s.alarms[0];
    expect(alarm).toMatchObject({ periodSeconds: 60, statistic: 'Average', evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'missing' });
    expect(alarm.type === 'band' && alarm.band).toMatchObject({ seasonality: 'daily', k: 2, trainingDays: 14, sigma: 'perBucket', clampLower: null });
  });

  it('names an unknown field with its path', () => {
    expect(problemsOf({ ...minimal, alarms: [{ name: 'band', type: 'band', evalPeriods: 3 }] })).toEqual([
      'alarms[0]: unknown field "evalPeriods"',
    ]);
    expect(problemsOf({ ...minimal, colour: 'red' })).toEqual(['(top level): unknown field "colour"']);
  });

  it('rejects an empty file, bad JSON and a NaN', () => {
    expect(problemsOf('')).toEqual(['the file is empty']);
    expect(problemsOf('{"name": ')[0]).toMatch(/^not valid JSON/);
    expect(problemsOf('{"name": "x", "trials": NaN}')[0]).toMatch(/^not valid JSON/);
  });

  it('reports wrong types and ranges with their paths, all at once', () => {
    const problems = problemsOf({
      ...minimal,
      trials: 0,
      alarms: [{ name: 'band', type: 'band', band: { k: -1, seasonality: 'monthly' } }],
    });
    expect(problems.some((p) => p.startsWith('trials:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('alarms[0].band.k:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('alarms[0].band.seasonality:'))).toBe(true);
  });

  it('checks fields against each other', () => {
    expect(problemsOf({ ...minimal, alarms: [{ name: 'b', type: 'band', evaluationPeriods: 3, datapointsToAlarm: 4 }] })).toEqual([
      'alarms[0].datapointsToAlarm: 4 is more than evaluationPeriods (3)',
    ]);
    expect(problemsOf({ ...minimal, alarms: [{ name: 's', type: 'static', comparison: 'GreaterThanThreshold' }] })[0]).toMatch(
      /^alarms\[0\]\.threshold: a static alarm with GreaterThanThreshold needs "threshold"/,
    );
    expect(problemsOf({ ...minimal, alarms: [{ name: 'b', type: 'band', periodSeconds: 90 }] })).toEqual([
      'alarms[0].periodSeconds: 90 s is not a multiple of stepSeconds (60 s)',
    ]);
    expect(
      problemsOf({ ...minimal, start: '2026-01-05T00:01:00Z', alarms: [{ name: 'b', type: 'band', periodSeconds: 120 }] })[0],
    ).toMatch(/not on a 120-second boundary/);
    expect(
      problemsOf({ ...minimal, faults: [{ name: 'f', effects: [{ type: 'cadence', intervalMinutes: 120 }], durationMinutes: null }] })[0],
    ).toMatch(/^faults\[0\]\.effects\[0\]: a cadence fault needs the skyline generator/);
    expect(
      problemsOf({ ...minimal, faults: [{ name: 'f', effects: [{ type: 'set', value: 0 }], durationMinutes: 1, variants: ['nope'] }] })[0],
    ).toBe('faults[0].variants: no variant is named "nope" (have: default)');
    expect(problemsOf({ ...minimal, alarms: [minimal.alarms[0], minimal.alarms[0]] })).toEqual(['alarms[1].name: "band" is used twice']);
  });

  it('validates a variant merged over the base series', () => {
    const problems = problemsOf({
      ...minimal,
      series: { generator: 'skyline', cadence: [{ mode: 'cron', intervalMinutes: 60 }] },
      variants: [{ name: 'v', series: { cadence: [{ mode: 'loop', sleepMinutes: -5 }] } }],
    });
    expect(problems[0]).toMatch(/^variants\[0\]\.series\.cadence\[0\]\.sleepMinutes:/);
  });

  it('rejects an impossible time', () => {
    expect(problemsOf({ ...minimal, start: '2026-02-30T00:00:00Z' })[0]).toMatch(/^start: must be an ISO 8601 UTC time/);
    expect(problemsOf({ ...minimal, start: '2026-01-05T00:00:00' })[0]).toMatch(/^start: must be an ISO 8601 UTC time/);
  });
});

describe('parseScenario: checks that need the band and the calendar', () => {
  it('names a bucket width that does not fit the season, and a window shorter than the season', () => {
    expect(problemsOf({ ...minimal, alarms: [{ name: 'b', type: 'band', band: { bucketMinutes: 7 } }] })).toEqual([
      'alarms[0].band.bucketMinutes: bucketMinutes (7) must divide the daily season evenly',
    ]);
    expect(problemsOf({ ...minimal, alarms: [{ name: 'b', type: 'band', band: { seasonality: 'weekly', trainingDays: 3 } }] })).toEqual([
      'alarms[0].band.trainingDays: 3 days is shorter than one weekly season',
    ]);
  });

  it('refuses a window of exactly one season, which would give a band only at the first datapoint of each bucket occurrence', () => {
    const band = (options: object) => {
      const input = JSON.stringify({ ...minimal, alarms: [{ name: 'b', type: 'band', band: options }] });
      try {
        parseScenario(input, 'my.json');
        return [];
      } catch {
        return problemsOf(input);
      }
    };
    expect(band({ seasonality: 'daily', trainingDays: 1 })).toEqual([
      'alarms[0].band.trainingDays: 1 day leaves as few as 1 training datapoint of a bucket in the window, fewer than the 15 ' +
        'a band needs: make the window longer than one daily season by at least one bucket, or set trainOnCurrentSlot',
    ]);
    expect(band({ seasonality: 'weekly', trainingDays: 7 })[0]).toMatch(/^alarms\[0\]\.band\.trainingDays: 7 days leave as few as 1 /);
    // One bucket more than a season, or the current occurrence in training, and the band exists everywhere.
    expect(band({ seasonality: 'daily', trainingDays: 1 + 15 / 1440 })).toEqual([]);
    expect(band({ seasonality: 'daily', trainingDays: 1, trainOnCurrentSlot: true })).toEqual([]);
    expect(band({ seasonality: 'weekly', trainingDays: 7 + 1 / 24 })).toEqual([]);
  });

  it('rejects a time of day that never falls in the onset spread', () => {
    const fault = { name: 'f', effects: [{ type: 'set', value: 0 }], durationMinutes: 1, onset: { timeOfDay: '03:00' } };
    expect(problemsOf({ ...minimal, warmupDays: 14.5, onsetSpreadDays: 0.5, faults: [fault] })).toEqual([
      'faults[0].onset.timeOfDay: 03:00 UTC never falls within the onset spread (0.5 days after the warm-up)',
    ]);
  });

  it('lets a variant switch generator without inheriting the other generator’s fields', () => {
    const s = parseScenario(
      JSON.stringify({ ...minimal, series: { generator: 'dice', faces: 6 }, variants: [{ name: 'shop', series: { generator: 'coconut' } }] }),
      'v.json',
    );
    expect(s.variants[0].series.generator).toBe('coconut');
  });

  it('rejects dates before 1990', () => {
    expect(problemsOf({ ...minimal, start: '1960-01-01T00:00:00Z' })[0]).toMatch(/^start: must be an ISO 8601 UTC time between 1990 and 2100/);
  });
});
