import { describe, expect, it } from 'vitest';
import { alarmSchema } from '../../src/alarm/options.js';
import { defaultLabelGrid, expandLabelGrid, readLabelGrid, settingAlarmConfig } from '../../src/tune/labelGrid.js';

describe('label grid', () => {
  it('expands every combination, the first band option fastest and the period slowest', () => {
    const settings = expandLabelGrid(readLabelGrid({ period: '300,3600', 'm-of-n': '3/3', k: '2,3', sigma: 'pooled', seasonality: 'daily' }, null, ''));
    expect(settings.map((s) => s.label)).toEqual(['300s Average 3/3 k=2', '300s Average 3/3 k=3', '3600s Average 3/3 k=2', '3600s Average 3/3 k=3']);
    expect(settings[3].options).toMatchObject({ periodSeconds: 3600, evaluationPeriods: 3, datapointsToAlarm: 3, band: { k: 3, sigma: 'pooled', seasonality: 'daily', trainingDays: 14 } });
    expect(expandLabelGrid(defaultLabelGrid())).toHaveLength(180);
  });

  it('takes any band option of the band schema from a grid file, with no code for it', () => {
    const grid = readLabelGrid({ k: '2' }, { period: [3600], 'm-of-n': ['1/1'], band: { trainOnBreaching: [true, false], minSeasons: [1, 2] } }, 'grid.json');
    const settings = expandLabelGrid(grid);
    expect(settings.map((s) => [s.options.band.trainOnBreaching, s.options.band.minSeasons, s.options.band.k])).toEqual([
      [true, 1, 2],
      [false, 1, 2],
      [true, 2, 2],
      [false, 2, 2],
    ]);
    expect(settings[1].label).toBe('3600s Average 1/1 trainOnBreaching=false minSeasons=1');
  });

  it('sweeps band models: an option is dropped where the model does not read it, and repeats are kept once', () => {
    const grid = readLabelGrid(
      { period: '3600', 'm-of-n': '1/1', k: '3', model: 'seasonal,ewma,datadogBasic', sigma: 'perBucket,pooled', seasonality: 'daily,weekly', 'half-life-days': '1,3' },
      null,
      '',
    );
    const labels = expandLabelGrid(grid).map((s) => s.label);
    // seasonal: 2 σ × 2 seasons; ewma: 2 seasons × 2 half-lives (per-bucket σ only); datadogBasic: one band.
    expect(labels).toHaveLength(4 + 4 + 1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((l) => l.includes('model=datadogBasic'))).toEqual(['3600s Average 1/1 model=datadogBasic']);
    expect(labels.filter((l) => l.includes('halfLifeDays')).every((l) => l.includes('model=ewma'))).toBe(true);
    for (const { options } of expandLabelGrid(grid)) {
      if (options.band.model === 'datadogBasic') expect(options.band.halfLifeDays).toBeUndefined();
      if (options.band.model === 'ewma') expect(options.band.sigma).toBe('perBucket');
    }
    // Without a model dimension nothing is dropped: the schema still refuses an option on the wrong model.
    expect(() => expandLabelGrid(readLabelGrid({ 'half-life-days': '2' }, null, ''))).toThrow(/halfLifeDays: applies only to model "ewma"/);
  });

  it('refuses what the band schema refuses, and unknown fields, naming them', () => {
    expect(() => expandLabelGrid(readLabelGrid({}, { band: { seasonality: ['monthly'] } }, 'g.json'))).toThrow(/grid band \{"seasonality":"monthly"\}: seasonality/);
    expect(() => expandLabelGrid(readLabelGrid({}, { band: { colour: ['red'] } }, 'g.json'))).toThrow(/colour/);
    expect(() => readLabelGrid({}, { periods: [60] }, 'g.json')).toThrow('g.json: unknown field "periods"');
    expect(() => readLabelGrid({ 'm-of-n': '4/3' }, null, '')).toThrow('--m-of-n: "4/3" is not M/N');
    expect(() => readLabelGrid({ k: 'x' }, null, '')).toThrow('--k: "x" is not a number');
  });

  it('refuses a setting the alarm schema refuses, as detect --settings would refuse it as chosen.json', () => {
    // 48 hourly periods are two days: over CloudWatch's one-day limit.
    expect(() => expandLabelGrid(readLabelGrid({ period: '300,3600', 'm-of-n': '1/48', k: '3', seasonality: 'daily', sigma: 'pooled' }, null, ''))).toThrow(
      'grid setting "3600s Average 1/48": evaluationPeriods: evaluationPeriods × periodSeconds must be at most one day',
    );
    expect(() => expandLabelGrid(readLabelGrid({ period: '5', 'm-of-n': '1/1', k: '3' }, null, ''))).toThrow(/grid setting "5s Average 1\/1 .*": periodSeconds: /);
    expect(() => expandLabelGrid(readLabelGrid({ period: '300', 'm-of-n': '1/1', k: '3', seasonality: 'hourly', sigma: 'pooled', 'bucket-minutes': '45' }, null, ''))).toThrow(
      /grid setting "300s Average 1\/1": band\.bucketMinutes: bucketMinutes \(45\) must divide the hourly season/,
    );
    // Every setting of the default grid is one detect --settings accepts.
    for (const setting of expandLabelGrid(defaultLabelGrid())) expect(alarmSchema.safeParse(settingAlarmConfig(setting)).success).toBe(true);
  });

  it('writes a setting as a band alarm of the scenario format that reads back to the same options', () => {
    const [setting] = expandLabelGrid(readLabelGrid({ period: '3600', 'm-of-n': '2/3', k: '2.5', seasonality: 'weekly', sigma: 'pooled', 'bucket-minutes': '120' }, null, ''));
    const alarm = alarmSchema.parse(JSON.parse(JSON.stringify(settingAlarmConfig(setting))));
    expect(alarm.type).toBe('band');
    if (alarm.type !== 'band') return;
    expect(alarm).toMatchObject({ periodSeconds: 3600, evaluationPeriods: 3, datapointsToAlarm: 2, statistic: 'Average', treatMissingData: 'missing' });
    expect(alarm.band).toEqual(setting.options.band);
  });
});
