import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/chart/buildCharts.js';
import { ALARM_PALETTE, alarmColorScale, COLORS, type Chart } from '../../src/chart/common.js';
import { REPLAY_MAX_POINTS, replayChart } from '../../src/chart/replayChart.js';
import { trialChart } from '../../src/chart/trialChart.js';
import { renderSvg } from '../../src/report/renderSvg.js';
import { parseScenario, type Scenario } from '../../src/scenario/parseScenario.js';
import { simulate, type RepresentativeRun, type Simulation } from '../../src/simulate.js';

/** A small shop with 5-minute band alarms and a per-trial static threshold: the cases that misled before. */
const SCENARIO = {
  name: 'five-minute shop',
  trials: 3,
  warmupDays: 15,
  onsetSpreadDays: 2,
  tailDays: 1,
  possibleMinimum: 0,
  series: { generator: 'coconut', peakPerMinute: 400 },
  alarms: [
    { name: 'band 5 min', type: 'band', periodSeconds: 300, statistic: 'Sum', evaluationPeriods: 3, datapointsToAlarm: 2 },
    { name: 'band 5 min pooled', type: 'band', periodSeconds: 300, statistic: 'Sum', evaluationPeriods: 3, datapointsToAlarm: 2, band: { sigma: 'pooled' } },
    { name: 'static 110% of max', type: 'static', periodSeconds: 300, statistic: 'Sum', comparison: 'GreaterThanThreshold', threshold: { percentOfRecentMax: 110, days: 7 } },
  ],
  faults: [
    { name: 'falls by half', effects: [{ type: 'scale', factor: 0.5 }], durationMinutes: 120 },
    { name: 'no data', effects: [{ type: 'outage', as: 'noData' }], durationMinutes: 60 },
  ],
};

interface Logger {
  level(): Logger;
  warn(...args: unknown[]): Logger;
  info(): Logger;
  debug(): Logger;
  error(...args: unknown[]): Logger;
}

/** Compiles a spec with vega-lite, collecting its warnings. */
function compileSpec(spec: TopLevelSpec): { vega: VegaSpec; warnings: string[] } {
  const warnings: string[] = [];
  const logger: Logger = {
    level: () => logger,
    warn: (...args) => (warnings.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...args) => (warnings.push(args.join(' ')), logger),
  };
  return { vega: compile(spec, { logger: logger as never }).spec as unknown as VegaSpec, warnings };
}

interface VegaSpec {
  scales?: Array<{ name: string; type?: string; domain?: unknown; range?: unknown }>;
  legends?: Array<Record<string, unknown>>;
  axes?: Array<Record<string, unknown>>;
  marks?: VegaSpec[];
  title?: unknown;
}

/** Every scale, legend and axis of a compiled spec, at any depth. */
function collect(spec: VegaSpec) {
  const scales: NonNullable<VegaSpec['scales']> = [];
  const legends: NonNullable<VegaSpec['legends']> = [];
  const axes: NonNullable<VegaSpec['axes']> = [];
  const walk = (s: VegaSpec) => {
    scales.push(...(s.scales ?? []));
    legends.push(...(s.legends ?? []));
    axes.push(...(s.axes ?? []));
    for (const m of s.marks ?? []) walk(m);
  };
  walk(spec);
  return { scales, legends, axes };
}

let scenario: Scenario;
let simulation: Simulation;
let charts: Chart[];

beforeAll(() => {
  scenario = parseScenario(JSON.stringify(SCENARIO), 'test.json');
  simulation = simulate(scenario);
  charts = buildCharts(scenario, simulation);
});

describe('buildCharts', () => {
  it('compiles every chart without a vega-lite warning (no conflicting legend or domain)', () => {
    for (const chart of charts) expect(compileSpec(chart.spec).warnings, chart.id).toEqual([]);
  });

  it('gives the metric panels and the state strips of a trial one shared, fixed time scale', () => {
    for (const chart of charts.filter((c) => c.id.startsWith('trial-') || c.id === 'normal')) {
      const { scales } = collect(compileSpec(chart.spec).vega);
      const time = scales.filter((s) => s.type === 'utc');
      expect(time.map((s) => s.name), chart.id).toEqual(['x']);
      expect(JSON.stringify(time[0].domain)).toMatch(/^\{"fields":\[\{"signal":"\{data: datetime\(\d+\)\}"\},\{"signal":"\{data: datetime\(\d+\)\}"\}\]\}$/);
    }
  });

  it('never shows an ALARM starting before the fault (5-minute periods, onset inside a period)', () => {
    let checked = 0;
    for (const run of simulation.representative.filter((r) => r.onsetMs !== null)) {
      const spec = trialChart(run, { possibleMinimum: 0, title: 't' }) as unknown as { vconcat: Array<{ data: { values: Array<{ state: string; start: number }> } }> };
      const strip = spec.vconcat[spec.vconcat.length - 1].data.values;
      for (const trace of run.traces) {
        const first = Math.floor((run.onsetMs! - trace.startMs) / (trace.periodSeconds * 1000));
        if (first > 0 && trace.states[first - 1] === 1) continue; // already in ALARM before the fault
        const alarmsAfter = strip.filter((s) => (s as unknown as { alarm: string }).alarm === trace.alarm && s.state === 'ALARM' && s.start > run.onsetMs! - trace.periodSeconds * 1000);
        for (const s of alarmsAfter) expect(s.start).toBeGreaterThan(run.onsetMs!);
        checked += alarmsAfter.length;
        // The onset falls inside a period: drawing states from the period's start would show them early.
        expect((run.onsetMs! - trace.startMs) % (trace.periodSeconds * 1000)).toBeGreaterThanOrEqual(0);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('names every mark of a trial panel in a legend, and keeps state colours for states', () => {
    const chart = charts.find((c) => c.id === 'trial-falls-by-half')!;
    const { scales, legends } = collect(compileSpec(chart.spec).vega);
    const roles = scales.filter((s) => s.name.endsWith('_color') && Array.isArray(s.domain) && (s.domain as string[]).includes('metric'));
    expect(roles.length).toBe(2); // one per band alarm panel
    for (const scale of roles) {
      const domain = scale.domain as string[];
      for (const role of ['metric', 'band', 'expected value', 'fault window']) expect(domain).toContain(role);
      expect(legends.some((l) => l.fill === scale.name || l.stroke === scale.name)).toBe(true);
    }
    const state = scales.find((s) => Array.isArray(s.domain) && (s.domain as string[]).includes('INSUFFICIENT_DATA'))!;
    expect(state.range).toEqual([COLORS.ok, COLORS.alarm, COLORS.insufficient]);
    expect(legends.some((l) => l.fill === state.name || l.stroke === state.name)).toBe(true);
  });

  it('labels the per-trial threshold as such, with its range over trials', () => {
    const control = simulation.summary.variants[0].control[2];
    expect(control.thresholdRange![0]).toBeLessThan(control.thresholdRange![1]);
    const specs = charts.filter((c) => c.id.startsWith('trial-') || c.id === 'normal').map((c) => JSON.stringify(c.spec));
    const labelled = specs.filter((s) => s.includes('static 110% of max: threshold'));
    expect(labelled.length).toBeGreaterThan(0);
    for (const s of labelled) expect(s).toMatch(/in this trial \(per trial [\d,]+–[\d,]+\)/);
  });

  it('titles the y axis with the unit, not the alarm name', () => {
    const { axes } = collect(compileSpec(charts.find((c) => c.id === 'trial-no-data')!.spec).vega);
    const titles = axes.map((a) => a.title).filter(Boolean);
    expect(titles).toContain('orders/min');
    expect(titles).not.toContain('band 5 min');
  });

  it('gives each alarm one colour in every chart, never a state colour', () => {
    const expected = alarmColorScale(scenario.alarms.map((a) => a.name));
    for (const chart of charts.filter((c) => c.id.startsWith('latency-') || c.id === 'learning')) {
      const { scales, legends } = collect(compileSpec(chart.spec).vega);
      const color = scales.find((s) => s.name === 'color')!;
      expect(color.domain, chart.id).toEqual(expected.domain);
      expect(color.range, chart.id).toEqual(expected.range);
      expect(legends.filter((l) => l.fill === 'color' || l.stroke === 'color').length, chart.id).toBe(1);
    }
    for (const hex of ALARM_PALETTE) {
      const [h, s] = hueSaturation(hex);
      expect(s, hex).toBeGreaterThan(0.15); // not grey
      expect(h < 15 || h > 345, `${hex} is red`).toBe(false);
      expect(h > 90 && h < 150, `${hex} is green`).toBe(false);
      expect(hex).not.toBe(COLORS.fault);
    }
  });

  it('ticks log latency axes at round minutes and hours, with units', () => {
    const spec = JSON.stringify(charts.find((c) => c.id === 'latency-falls-by-half')!.spec);
    const values = JSON.parse(spec.match(/"values":(\[[\d.,]+\])/)![1]) as number[];
    for (const v of values) expect([0.5, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880]).toContain(v);
    expect(spec).toContain("' min'");
  });

  it('keeps dates on time axes', () => {
    const { axes } = collect(compileSpec(charts.find((c) => c.id === 'normal')!.spec).vega);
    const time = axes.filter((a) => a.scale === 'x' && a.labels !== false);
    expect(time.length).toBeGreaterThan(0);
    for (const a of time) expect(JSON.stringify(a)).toContain('%d %b');
  });

  it('draws no chart wider than the report page', async () => {
    for (const chart of charts) {
      const svg = await renderSvg(chart.spec);
      const width = Number(svg.match(/<svg[^>]*\swidth="([\d.]+)"/)![1]);
      expect(width, chart.id).toBeLessThanOrEqual(1060);
    }
  }, 60_000);
});

describe('replayChart', () => {
  it('draws a long replayed series as min–max buckets, says so, and shares the time scale with the states', () => {
    const n = 20_000;
    const run: RepresentativeRun = {
      variant: 'default',
      fault: null,
      onsetMs: null,
      faultEndMs: null,
      whole: true,
      traces: ['band', 'static'].map((alarm, a) => ({
        alarm,
        startMs: Date.UTC(2014, 1, 14),
        periodSeconds: 300,
        values: Array.from({ length: n }, (_, i) => 50 + 10 * Math.sin(i / 50) + (i === 12_345 ? 80 : 0)),
        expected: a === 0 ? Array.from({ length: n }, () => 50) : null,
        lower: a === 0 ? Array.from({ length: n }, () => 35) : null,
        upper: a === 0 ? Array.from({ length: n }, () => 65) : null,
        threshold: a === 1 ? { lower: null, upper: 100 } : null,
        breaching: Array.from({ length: n }, (_, i) => (i === 12_345 ? 1 : 0)),
        states: Array.from({ length: n }, (_, i) => (i >= 12_345 && i < 12_348 ? 1 : 0)),
      })),
    };
    const spec = replayChart(run, { title: 'ec2 CPU', unit: 'CPU %' });
    const text = JSON.stringify(spec);
    expect(text).toContain('min–max per');
    const buckets = (spec as unknown as { vconcat: Array<{ layer: Array<{ data: { values: Array<{ max: number }> } }> }> }).vconcat[0].layer[1].data.values;
    expect(buckets.length).toBeLessThanOrEqual(REPLAY_MAX_POINTS);
    expect(Math.max(...buckets.map((b) => b.max))).toBeGreaterThan(120); // the spike survives downsampling
    const { vega, warnings } = compileSpec(spec);
    expect(warnings).toEqual([]);
    expect(collect(vega).scales.filter((s) => s.type === 'utc').map((s) => s.name)).toEqual(['x']);
    expect(text.length).toBeLessThan(400_000);
  });
});

function hueSaturation(hex: string): [number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? 60 * (((g - b) / d) % 6) : max === g ? 60 * ((b - r) / d + 2) : 60 * ((r - g) / d + 4);
  return [(h + 360) % 360, s];
}
