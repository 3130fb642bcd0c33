import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, shortText } from '../../src/scenario/parseScenario.js';

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
    const range = (start: string, end: string) => ({ start, end });
    expect(
      problemsOf({
        ...minimal,
        alarms: [{ name: 'b', type: 'band', band: { excludedTimeRanges: [range('2026-01-06T00:00:00Z', '2026-01-07T00:00:00Z'), range('2026-01-08T00:00:00Z', '2026-01-07T00:00:00Z')] } }],
      }),
    ).toEqual(['alarms[0].band.excludedTimeRanges[1]: end must be after start']);
    // A band rule broken in one alarm does not hide another alarm's broken rules: one message lists them all.
    expect(
      problemsOf({
        ...minimal,
        alarms: [
          { name: 'a', type: 'band', evaluationPeriods: 1, datapointsToAlarm: 3 },
          { name: 'b', type: 'band', band: { model: 'ewma', windowMinutes: 5 } },
        ],
      }),
    ).toEqual([
      'alarms[0].datapointsToAlarm: 3 is more than evaluationPeriods (1)',
      'alarms[1].band.windowMinutes: applies only to the window models (grafanaAdaptive, grafanaRobust, datadogBasic, awsPromql), not "ewma"',
    ]);
  });

  it('validates a variant merged over the base series', () => {
    const problems = problemsOf({
      ...minimal,
      series: { generator: 'skyline', cadence: [{ mode: 'cron', intervalMinutes: 60 }] },
      variants: [{ name: 'v', series: { cadence: [{ mode: 'loop', sleepMinutes: -5 }] } }],
    });
    expect(problems[0]).toMatch(/^variants\[0\]\.series\.cadence\[0\]\.sleepMinutes:/);
  });

  it('checks the order of cadence phases, naming the phase in the series or the variant', () => {
    const cadence = [{ fromDay: 1, mode: 'cron', intervalMinutes: 60 }, { fromDay: 1, mode: 'loop' }];
    expect(problemsOf({ ...minimal, series: { generator: 'skyline', cadence } })).toEqual([
      'series.cadence[0].fromDay: the first phase must start at day 0',
      'series.cadence[1].fromDay: phases must be in increasing order of fromDay',
    ]);
    const base = { generator: 'skyline', cadence: [{ mode: 'cron', intervalMinutes: 60 }] };
    expect(problemsOf({ ...minimal, series: base, variants: [{ name: 'v', series: { cadence: [{ mode: 'loop' }, { fromDay: 0, mode: 'loop' }] } }] })).toEqual([
      'variants[0].series.cadence[1].fromDay: phases must be in increasing order of fromDay',
    ]);
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

describe('parseScenario bounds', () => {
  const coconut = { name: 'shop', series: { generator: 'coconut' }, alarms: [{ name: 'band', type: 'band', statistic: 'Sum' }] };
  const fault = (name: string) => ({ name, effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 30 });

  it.each([
    [{ warmupDays: 1e9 }, /^warmupDays: Number must be less than or equal to 3650$/],
    [{ warmupDays: 1e6 }, /^warmupDays: Number must be less than or equal to 3650$/],
    [{ warmupDays: 700, onsetSpreadDays: 7 }, /^warmupDays: .*708 days of 60-second steps is 1,019,520 datapoints per run, more than 1,000,000/],
    [{ tailDays: -1 }, /^tailDays: Number must be greater than 0$/],
    [{ trials: 1e6 }, /^trials: Number must be less than or equal to 100000$/],
    [{ series: { generator: 'coconut', daySd: 1000 } }, /^series.daySd: Number must be less than or equal to 1$/],
    [{ series: { generator: 'coconut', intradaySd: 50 } }, /^series.intradaySd: Number must be less than or equal to 1$/],
    [{ series: { generator: 'coconut', peakPerMinute: 1e300 } }, /^series.peakPerMinute: Number must be less than or equal to 1000000$/],
    [{ series: { generator: 'coconut', dailyShape: new Array(24).fill(1e300) } }, /^series.dailyShape\[0\]: Number must be less than or equal to 10$/],
    [{ possibleMinimum: 1e300 }, /^possibleMinimum: Number must be less than or equal to 1000000000000$/],
    [{ alarms: Array.from({ length: 51 }, (_, i) => ({ name: `a${i}`, type: 'band' })) }, /^alarms: 51 entries, more than 50$/],
    [{ faults: Array.from({ length: 201 }, (_, i) => fault(`f${i}`)) }, /^faults: 201 entries, more than 200$/],
    [{ alarms: Array.from({ length: 100_000 }, (_, i) => ({ name: `a${i}`, type: 'band' })) }, /^alarms: 100000 entries, more than 50$/],
    [{ faults: Array.from({ length: 5000 }, (_, i) => fault(`f${i}`)) }, /^faults: 5000 entries, more than 200$/],
    [
      { faults: Array.from({ length: 200 }, (_, i) => fault(`f${i}`)), alarms: Array.from({ length: 50 }, (_, i) => ({ name: `a${i}`, type: 'band' })) },
      /^faults: 1 variant\(s\) × \(200 faults \+ 1\) × 50 alarms × 54,720 datapoints is more than 500,000,000 per trial/,
    ],
    [{ alarms: [{ name: 'b', type: 'band', band: { k: 1e9 } }] }, /^alarms\[0\].band.k: Number must be less than or equal to 100$/],
    [{ alarms: [{ name: 'b', type: 'band', periodSeconds: 1e9 }] }, /^alarms\[0\].periodSeconds: Number must be less than or equal to 86400$/],
    [{ faults: [{ ...fault('x'), effects: [{ type: 'scale', factor: 1e300 }] }] }, /^faults\[0\].effects\[0\].factor: Number must be less than or equal to 1000$/],
    [{ faults: [{ ...fault('x'), effects: [{ type: 'set', value: -1e308 }] }] }, /^faults\[0\].effects\[0\].value: Number must be greater than or equal to -1000000000000$/],
  ])('refuses out-of-range case %# naming the field', (change, message) => {
    const problems = problemsOf({ ...coconut, warmupDays: 30, ...change });
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
  });

  it('accepts the limits themselves', () => {
    const atLimits = {
      ...coconut,
      warmupDays: 600,
      onsetSpreadDays: 60,
      tailDays: 3,
      series: { generator: 'coconut', peakPerMinute: 1e6, daySd: 1, intradaySd: 1, dailyShape: new Array(24).fill(10), weeklyShape: new Array(7).fill(10) },
      alarms: Array.from({ length: 50 }, (_, i) => ({ name: `a${i}`, type: 'band', band: { k: 100, trainingDays: 600 } })),
    };
    expect(parseScenario(JSON.stringify(atLimits), 'limits.json').alarms).toHaveLength(50);
  });

  it('cuts echoed keys and values, and lists at most 20 problems', () => {
    const key = 'k'.repeat(100_000);
    const error = (() => {
      try {
        parseScenario(JSON.stringify({ ...coconut, [key]: 1, name: 'x'.repeat(10_000), alarms: Array.from({ length: 30 }, () => ({ type: 'band', name: 'same', [key]: 1 })) }), 'big.json');
      } catch (e) {
        return e as ScenarioError;
      }
      throw new Error('expected a ScenarioError');
    })();
    expect(error.message).toContain(`unknown field "${'k'.repeat(59)}…"`);
    const lines = error.message.split('\n');
    expect(lines.length).toBeLessThanOrEqual(22);
    expect(lines.at(-1)).toMatch(/^ {2}… and \d+ more$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(204);
    expect(error.problems.length).toBeGreaterThan(20);
  });
});

describe('shortText and odd text', () => {
  it('cuts to 60 characters by default and keeps messages on one line', () => {
    expect(shortText('short')).toBe('short');
    expect(shortText('y'.repeat(61))).toBe(`${'y'.repeat(59)}…`);
    expect(shortText('a\nb\tc\u0000d', 10)).toBe('a b c d');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseScenario(`\uFEFF${JSON.stringify(minimal)}`, 'bom.json').name).toBe('mini');
  });
});
