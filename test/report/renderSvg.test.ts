import { describe, expect, it } from 'vitest';
import { compile, type TopLevelSpec } from 'vega-lite';
import { findLocalTimeUsage, renderSvg, withReportFont } from '../../src/report/renderSvg.js';
import { fixture, runTs, sampleBandSpec } from './helpers.js';

const lineSpec: TopLevelSpec = {
  title: 'Latency over time',
  width: 300,
  height: 150,
  data: {
    values: [
      { t: Date.UTC(2024, 0, 1, 0), v: 10 },
      { t: Date.UTC(2024, 0, 1, 1), v: 14 },
      { t: Date.UTC(2024, 0, 1, 2), v: 12 },
    ],
  },
  mark: 'line',
  encoding: {
    x: { field: 't', type: 'temporal', scale: { type: 'utc' }, title: 'Time axis title' },
    y: { field: 'v', type: 'quantitative', title: 'Latency axis title' },
  },
};

describe('renderSvg', () => {
  it('renders a line chart with its title and axis titles', async () => {
    const svg = await renderSvg(lineSpec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Latency over time');
    expect(svg).toContain('Time axis title');
    expect(svg).toContain('Latency axis title');
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).not.toContain('sans-serif');
  });

  it('is byte-identical across renders', async () => {
    const a = await renderSvg(lineSpec);
    const b = await renderSvg(lineSpec);
    expect(b).toBe(a);
    const c = await renderSvg(sampleBandSpec() as unknown as TopLevelSpec);
    const d = await renderSvg(sampleBandSpec() as unknown as TopLevelSpec);
    expect(d).toBe(c);
  });

  it('does not change the input spec', async () => {
    const spec = structuredClone(lineSpec);
    await renderSvg(spec);
    expect(spec).toEqual(lineSpec);
  });

  it('labels a utc axis in UTC', async () => {
    const svg = await renderSvg(lineSpec);
    // The data spans 00:00-02:00 UTC on 2024-01-01; in a western time zone it would be Dec 31, evening.
    expect(svg).toContain('>01 AM<');
    expect(svg).toContain('>02 AM<');
    expect(svg).toContain('from Monday, 01 January 2024, 12:00:00 AM UTC');
    expect(svg).not.toContain('Dec 31');
  });

  it('gives the same SVG under different TZ settings (separate processes)', async () => {
    // Control: the child processes really run in different time zones.
    const utcLocal = runTs(fixture('printLocalTime.ts'), { env: { TZ: 'UTC' } });
    const nyLocal = runTs(fixture('printLocalTime.ts'), { env: { TZ: 'America/New_York' } });
    expect(nyLocal).not.toBe(utcLocal);

    const outputs = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'].map((TZ) =>
      runTs(fixture('printSvg.ts'), { env: { TZ } }),
    );
    expect(outputs[0].startsWith('<svg')).toBe(true);
    for (const out of outputs.slice(1)) expect(out).toBe(outputs[0]);
    expect(await renderSvg(sampleBandSpec() as unknown as TopLevelSpec)).toBe(outputs[0]);
  });

  it('rejects a local-time scale, naming the function', async () => {
    const local = {
      ...lineSpec,
      encoding: { ...lineSpec.encoding, x: { field: 't', type: 'temporal' } },
    } as TopLevelSpec;
    await expect(renderSvg(local)).rejects.toThrow(/^renderSvg: .*time zone.*scale "x".*"time"/);
  });

  it('rejects a local timeUnit', async () => {
    const local = {
      ...lineSpec,
      encoding: {
        ...lineSpec.encoding,
        x: { field: 't', type: 'temporal', timeUnit: 'yearmonthdatehours', scale: { type: 'utc' } },
      },
    } as TopLevelSpec;
    await expect(renderSvg(local)).rejects.toThrow(/^renderSvg: .*timeunit transform/);
  });

  it('accepts utc timeUnits', async () => {
    const utc = {
      ...lineSpec,
      encoding: { ...lineSpec.encoding, x: { field: 't', type: 'temporal', timeUnit: 'utcyearmonthdatehours' } },
    } as TopLevelSpec;
    await expect(renderSvg(utc)).resolves.toContain('<svg');
  });

  it('names the function when vega-lite cannot compile the spec', async () => {
    await expect(renderSvg({ layer: 42 } as unknown as TopLevelSpec)).rejects.toThrow(/^renderSvg: /);
  });
});

describe('findLocalTimeUsage', () => {
  it('is empty for utc specs and lists local ones', () => {
    expect(findLocalTimeUsage(compile(lineSpec).spec)).toEqual([]);
    expect(findLocalTimeUsage(compile(sampleBandSpec() as unknown as TopLevelSpec).spec)).toEqual([]);
    const local = compile({ ...lineSpec, encoding: { x: { field: 't', type: 'temporal' } } } as TopLevelSpec).spec;
    expect(findLocalTimeUsage(local)).toHaveLength(1);
  });
});

describe('withReportFont', () => {
  it('forces the font without touching the input', () => {
    const spec = { ...lineSpec, config: { font: 'Comic Sans MS', axis: { grid: false } } } as TopLevelSpec;
    const out = withReportFont(spec);
    expect(out.config).toEqual({ font: 'DejaVu Sans', axis: { grid: false } });
    expect(spec.config?.font).toBe('Comic Sans MS');
  });
});

describe('renumberClipIds', () => {
  it('makes a chart rendered later in the same process byte-identical', async () => {
    const { renderSvg } = await import('../../src/report/renderSvg.js');
    const spec = {
      data: { values: [{ t: 0, v: 1 }, { t: 3_600_000, v: 2 }] },
      layer: [{ mark: { type: 'line' as const, clip: true } }, { mark: { type: 'point' as const, clip: true } }],
      encoding: { x: { field: 't', type: 'temporal' as const, scale: { type: 'utc' as const } }, y: { field: 'v', type: 'quantitative' as const } },
    };
    const first = await renderSvg(spec);
    await renderSvg(spec);
    expect(await renderSvg(spec)).toBe(first);
    expect(first).toContain('clip1');
  });

  it('renumbers gradients too (a color legend), so a heatmap rendered later is byte-identical', async () => {
    const { renderSvg } = await import('../../src/report/renderSvg.js');
    const spec = {
      data: { values: [{ x: 'a', v: 1 }, { x: 'b', v: 2 }] },
      mark: 'rect' as const,
      encoding: { x: { field: 'x', type: 'nominal' as const }, color: { field: 'v', type: 'quantitative' as const } },
    };
    const first = await renderSvg(spec);
    await renderSvg(spec);
    expect(await renderSvg(spec)).toBe(first);
    expect(first).toContain('id="gradient_1"');
    expect(first).toContain('url(#gradient_1)');
  });
});
