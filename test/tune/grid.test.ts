import { describe, expect, it } from 'vitest';
import { loadScenario, resolveScenarioFile } from '../../src/cli/runCli.js';
import type { BandAlarm } from '../../src/scenario/parseScenario.js';
import { compareSimplicity, defaultGrid, expandGrid, parseGridLists, settingAlarm, settingLabel } from '../../src/tune/grid.js';

const coconut = loadScenario(resolveScenarioFile('coconut', process.cwd()));
const base = coconut.alarms[0] as BandAlarm;

describe('grid', () => {
  it('expands every combination, k fastest', () => {
    const grid = parseGridLists({ k: '2,3', seasonality: 'daily,weekly', 'm-of-n': '3/3' , sigma: 'pooled'}, defaultGrid(base), (d) => `--${d}`);
    const settings = expandGrid(grid);
    expect(settings.map((s) => settingLabel(s, base))).toEqual(['k=2 daily pooled 3/3', 'k=3 daily pooled 3/3', 'k=2 weekly pooled 3/3', 'k=3 weekly pooled 3/3']);
  });

  it('rejects bad lists, naming the flag and the value', () => {
    const parse = (lists: Record<string, string>) => () => parseGridLists(lists, defaultGrid(base), (d) => `--${d}`);
    expect(parse({ k: '2,-1' })).toThrow('--k: "-1" is not a positive number');
    expect(parse({ 'm-of-n': '4/3' })).toThrow('--m-of-n: "4/3"');
    expect(parse({ seasonality: 'monthly' })).toThrow('--seasonality: "monthly" is not one of');
    expect(parse({ k: '2,,3' })).toThrow('--k: give a comma-separated list');
    expect(parse({ statistic: 'Median' })).toThrow('--statistic');
  });

  it('keeps the base alarm’s buckets for its own seasonality only', () => {
    const [daily, weekly] = expandGrid(parseGridLists({ k: '3', seasonality: 'daily,weekly', sigma: 'pooled', 'm-of-n': '2/3' }, defaultGrid(base), (d) => d));
    const a = settingAlarm(daily, { ...base, band: { ...base.band, bucketMinutes: 30 } }, 'a');
    expect(a.band).toMatchObject({ k: 3, seasonality: 'daily', sigma: 'pooled', bucketMinutes: 30 });
    expect(a).toMatchObject({ evaluationPeriods: 3, datapointsToAlarm: 2, name: 'a' });
    expect(settingAlarm(weekly, { ...base, band: { ...base.band, bucketMinutes: 30 } }, 'b').band.bucketMinutes).toBeUndefined();
  });

  it('fits the bucket to each setting\'s period instead of aborting the sweep (15 minutes on 10-minute periods is 20)', () => {
    const grid = parseGridLists({ seasonality: 'daily,weekly,none', k: '2', sigma: 'pooled', 'm-of-n': '1/1', period: '600,120,3600' }, defaultGrid(base), (d) => d);
    const fifteen = { ...base, band: { ...base.band, seasonality: 'daily' as const, bucketMinutes: 15 } };
    const buckets = expandGrid(grid).map((s) => [s.seasonality, s.periodSeconds, settingAlarm(s, fifteen, 'x').band.bucketMinutes]);
    expect(buckets).toEqual([
      ['daily', 600, 20], ['weekly', 600, undefined], ['none', 600, undefined],
      ['daily', 120, 16], ['weekly', 120, undefined], ['none', 120, undefined],
      ['daily', 3600, 60], ['weekly', 3600, undefined], ['none', 3600, undefined],
    ]);
  });

  it('rejects a setting the band cannot have', () => {
    const [s] = expandGrid(parseGridLists({ seasonality: 'weekly', k: '2', sigma: 'pooled', 'm-of-n': '1/1', 'training-days': '3' }, defaultGrid(base), (d) => d));
    expect(() => settingAlarm(s, base, 'x')).toThrow('setting "x": 3 training days are shorter than one weekly season');
  });

  it('orders simpler settings first', () => {
    const [s] = expandGrid(defaultGrid(base));
    expect(compareSimplicity({ ...s, seasonality: 'none' }, { ...s, seasonality: 'hourly' })).toBeLessThan(0);
    expect(compareSimplicity({ ...s, sigma: 'pooled' }, { ...s, sigma: 'perBucket' })).toBeLessThan(0);
    expect(compareSimplicity({ ...s, evaluationPeriods: 1, datapointsToAlarm: 1 }, { ...s, evaluationPeriods: 3, datapointsToAlarm: 3 })).toBeLessThan(0);
    expect(compareSimplicity({ ...s, k: 2.5 }, { ...s, k: 4 })).toBeLessThan(0);
  });
});
