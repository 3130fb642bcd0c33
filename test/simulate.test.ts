import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../src/scenario/parseScenario.js';
import { simulate } from '../src/simulate.js';

function load(name: string, trials: number): Scenario {
  const file = `scenarios/${name}.json`;
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.trials = trials;
  return scenario;
}

describe('simulate', () => {
  it('gives byte-identical summaries for the same seed and different ones for another seed', () => {
    const a = JSON.stringify(simulate(load('dice', 3)).summary);
    const b = JSON.stringify(simulate(load('dice', 3)).summary);
    expect(a).toBe(b);
    const other = load('dice', 3);
    other.seed = 2;
    expect(JSON.stringify(simulate(other).summary)).not.toBe(a);
  });

  it('keeps the baseline draws when a fault is added or removed (one stream per stage)', () => {
    const all = load('coconut', 2);
    const fewer = load('coconut', 2);
    fewer.faults = fewer.faults.slice(0, 1);
    const full = simulate(all);
    const reduced = simulate(fewer);
    expect(reduced.summary.variants[0].control).toEqual(full.summary.variants[0].control);
    expect(reduced.summary.variants[0].faults[0]).toEqual(full.summary.variants[0].faults[0]);
  });

  it('catches every impossible die value at once with the static range alarm', () => {
    const { summary } = simulate(load('dice', 5));
    for (const fault of summary.variants[0].faults) {
      const staticAlarm = fault.alarms.find((a) => a.alarm === 'static outside 1..6')!;
      expect(staticAlarm.detectionRate).toBe(1);
      expect(staticAlarm.latencyMinutes.max).toBe(1);
    }
  });

  it('reports progress once per trial and variant', () => {
    const calls: Array<[number, number]> = [];
    simulate(load('skyline', 2), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
      [5, 6],
      [6, 6],
    ]);
  });

  it('spreads onsets over the week after the warm-up', () => {
    // Onsets come from each fault's own random stream: one fault and one alarm draw the same 30 onsets.
    const scenario = load('dice', 30);
    scenario.faults = scenario.faults.slice(0, 1);
    scenario.alarms = scenario.alarms.slice(0, 1);
    const { summary } = simulate(scenario);
    const warmupEnd = scenario.startMs + scenario.warmupDays * 86_400_000;
    const onsets = summary.variants[0].faults[0].alarms[0].perTrial.map((p) => Date.parse(p.onset));
    for (const onset of onsets) {
      expect(onset).toBeGreaterThanOrEqual(warmupEnd);
      expect(onset).toBeLessThan(warmupEnd + 7 * 86_400_000);
    }
    expect(new Set(onsets.map((t) => new Date(t).getUTCDay())).size).toBeGreaterThanOrEqual(5);
  });

  it('places a timeOfDay onset at that UTC time', () => {
    const scenario = load('coconut', 3);
    scenario.faults = scenario.faults.filter((f) => f.name === 'zero orders at 03:00');
    scenario.alarms = scenario.alarms.slice(0, 1);
    expect(scenario.faults).toHaveLength(1);
    const { summary } = simulate(scenario);
    const fault = summary.variants[0].faults.find((f) => f.fault === 'zero orders at 03:00')!;
    for (const p of fault.alarms[0].perTrial) expect(p.onset.slice(11, 16)).toBe('03:00');
  });
});

describe('simulate: onsets on the grid', () => {
  it('moves a time of day between two samples to the next sample, so the fault still happens', () => {
    const scenario = parseScenario(
      JSON.stringify({
        name: 'five-minute shop',
        trials: 3,
        stepSeconds: 300,
        warmupDays: 3,
        onsetSpreadDays: 2,
        series: { generator: 'coconut' },
        alarms: [{ name: 'zero', type: 'static', periodSeconds: 300, statistic: 'Sum', comparison: 'LessThanOrEqualToThreshold', threshold: 0 }],
        faults: [{ name: 'outage', effects: [{ type: 'outage', as: 'zero' }], durationMinutes: 30, onset: { timeOfDay: '03:02' } }],
      }),
      'five.json',
    );
    const alarm = simulate(scenario).summary.variants[0].faults[0].alarms[0];
    expect(alarm.perTrial.map((p) => p.onset.slice(11, 16))).toEqual(['03:05', '03:05', '03:05']);
    expect(alarm.detectionRate).toBe(1);
    expect(alarm.latencyMinutes.max).toBe(5);
  });
});

describe('simulate: band models', () => {
  const withModels = (trials: number) => {
    const text = JSON.parse(readFileSync('scenarios/dice.json', 'utf8'));
    const seasonal = text.alarms[1];
    text.alarms = [
      seasonal,
      { ...seasonal, name: 'robust', band: { ...seasonal.band, model: 'robust', minSigma: { absolute: 0.5 } } },
      { ...seasonal, name: 'aws', band: { seasonality: 'none', model: 'awsPromql' } },
    ];
    text.trials = trials;
    return parseScenario(JSON.stringify(text), 'models.json');
  };

  it('runs other models through the same alarm evaluation; the seasonal alarm is unchanged beside them', () => {
    const scenario = withModels(2);
    expect(scenario.alarms[2].type === 'band' && scenario.alarms[2].band).toMatchObject({ model: 'awsPromql', k: 3 });
    const { summary } = simulate(scenario);
    const alone = load('dice', 2);
    alone.alarms = alone.alarms.slice(1, 2);
    const seasonalAlone = simulate(alone).summary.variants[0].faults.map((f) => f.alarms[0]);
    const faults = summary.variants[0].faults;
    expect(faults.map((f) => f.alarms[0])).toEqual(seasonalAlone);
    // The other models band the die too (their bands are wide enough to hold 0 and 7: a die's spread is large).
    for (const control of summary.variants[0].control.slice(1)) expect(control.band!.coverage).toBeGreaterThan(0.9);
    for (const fault of faults) for (const alarm of fault.alarms.slice(1)) expect(alarm.trials).toBe(2);
    expect(JSON.stringify(simulate(withModels(2)).summary)).toBe(JSON.stringify(summary));
  });

  it('refuses an unknown band model and an unknown band field, naming the file and field', () => {
    const text = JSON.parse(readFileSync('scenarios/dice.json', 'utf8'));
    text.alarms[0].band = { model: 'prophet', floor: 1 };
    expect(() => parseScenario(JSON.stringify(text), 'bad.json')).toThrow(/bad\.json[\s\S]*alarms\[0\]\.band\.model[\s\S]*floor|bad\.json[\s\S]*floor[\s\S]*alarms\[0\]\.band\.model/);
  });
});
