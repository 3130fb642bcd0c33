import { Script, createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import {
  escapeHtml,
  inlineScriptText,
  jsonForHtmlScript,
  renderHtml,
  type HtmlReport,
} from '../../src/report/html.js';
import { fixture, runTs, sampleBandSpec } from './helpers.js';

const XSS = '<script>alert(1)</script>';
const band = sampleBandSpec() as unknown as TopLevelSpec;
const tricky = {
  ...band,
  title: `</script><script>alert(2)</script> & <!-- \u2028\u2029 done`,
} as TopLevelSpec;

const report: HtmlReport = {
  title: `Report ${XSS}`,
  subtitle: 'sub & title',
  sections: [
    {
      heading: `Summary ${XSS}`,
      text: `First line ${XSS}\nsecond line`,
      table: {
        columns: ['fault', 'delay (min)', 'ratio', 'note'],
        rows: [
          ['spike', 3, '12.5%', XSS],
          ['drift', 12.25, '1,234', ''],
        ],
      },
    },
    { heading: 'Band', chart: { id: 'band-chart', spec: band } },
    { heading: 'Tricky', chart: { id: 'tricky"chart', spec: tricky }, preformatted: `{ "a": "${XSS}" }` },
  ],
};

/** Splits the page's <script> elements into { attrs, body }. */
function scripts(html: string): { attrs: string; body: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1], body: m[2] }));
}

/** The page with the content of every <script> removed: what the HTML parser sees as markup. */
function markupOnly(html: string): string {
  return html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
}

describe('renderHtml', () => {
  const html = renderHtml(report);

  it('is a complete page', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('escapes all text', () => {
    expect(html).not.toContain(XSS);
    expect(html).not.toContain('alert(2)</script>');
    expect(html).toContain(`<title>Report ${escapeHtml(XSS)}</title>`);
    expect(html).toContain(`<h1>Report ${escapeHtml(XSS)}</h1>`);
    expect(html).toContain(`<h2>Summary ${escapeHtml(XSS)}</h2>`);
    expect(html).toContain(`<td>${escapeHtml(XSS)}</td>`);
    expect(html).toContain(`First line ${escapeHtml(XSS)}`);
    expect(html).toContain('sub &amp; title');
    expect(html).toContain('<pre>{ &quot;a&quot;: &quot;&lt;script&gt;');
    const markup = markupOnly(html);
    expect(markup).not.toMatch(/<script>alert/);
    expect(markup.match(/<script\b/g)).toHaveLength(5); // json data, 3 bundles, bootstrap
  });

  it('renders a list of leads and points, escaped', () => {
    const page = renderHtml({ title: 't', sections: [{ heading: 'What to conclude', list: [{ lead: `fault ${XSS}`, points: ['best: a.', `why ${XSS}`] }] }] });
    expect(page).toContain(`<ul class="list">\n<li><strong>fault ${escapeHtml(XSS)}</strong><ul><li>best: a.</li><li>why ${escapeHtml(XSS)}</li></ul></li>\n</ul>`);
    expect(page).not.toContain(XSS);
  });

  it('loads nothing from outside the file', () => {
    const markup = markupOnly(html);
    expect(markup).not.toMatch(/<script[^>]*\ssrc\s*=/i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/<(img|iframe|object|embed|base)\b/i);
    expect(markup).not.toMatch(/\s(src|href|action)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(markup).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/sourceMappingURL/);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('ends every inline script only at its own closing tag', () => {
    const opening = html.match(/<script\b/gi) ?? [];
    const closing = html.match(/<\/script/gi) ?? [];
    expect(opening).toHaveLength(5);
    expect(closing).toHaveLength(5);
    expect(html).not.toContain('<!--');
  });

  it('inlines scripts that still parse as JavaScript', () => {
    const code = scripts(html).filter((s) => !s.attrs.includes('application/json'));
    expect(code.map((s) => s.attrs.match(/data-bundle="([^"]+)"/)?.[1] ?? 'bootstrap')).toEqual([
      'vega',
      'vega-lite',
      'vega-embed',
      'bootstrap',
    ]);
    for (const s of code) expect(() => new Script(s.body)).not.toThrow();
  });

  it('embeds each chart id and its spec as exactly recoverable JSON', () => {
    expect(html).toContain('<div class="chart" id="band-chart" data-chart-id="band-chart"></div>');
    expect(html).toContain('<div class="chart" id="tricky&quot;chart"');
    const data = scripts(html).find((s) => s.attrs.includes('application/json'));
    expect(data).toBeDefined();
    expect(data!.body).not.toMatch(/[<>&\u2028\u2029]/);
    const charts = JSON.parse(data!.body) as { id: string; spec: TopLevelSpec }[];
    expect(charts.map((c) => c.id)).toEqual(['band-chart', 'tricky"chart']);
    expect(charts[1].spec.title).toBe(tricky.title);
    expect({ ...charts[0].spec, config: undefined }).toEqual({ ...JSON.parse(JSON.stringify(band)), config: undefined });
    expect(charts[0].spec.config?.font).toMatch(/^"DejaVu Sans", system-ui/);
  });

  it('runs the inlined bundles: vega + vega-lite render the embedded spec, bootstrap calls vegaEmbed', async () => {
    const all = scripts(html);
    const data = JSON.parse(all.find((s) => s.attrs.includes('application/json'))!.body) as {
      id: string;
      spec: unknown;
    }[];
    const elements = new Map(data.map((c) => [c.id, { id: c.id }]));
    const calls: { el: unknown; spec: unknown; opts: Record<string, unknown> }[] = [];
    const context = createContext({
      // Browser-like globals the bundles expect (no fetch/XMLHttpRequest: nothing may load).
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      performance,
      structuredClone,
      TextEncoder,
      TextDecoder,
      URL,
      document: {
        getElementById: (id: string) =>
          id === 'bandsim-report-charts'
            ? { textContent: all.find((s) => s.attrs.includes('application/json'))!.body }
            : elements.get(id) ?? null,
      },
    });
    const code = all.filter((s) => !s.attrs.includes('application/json'));
    for (const s of code.slice(0, 3)) runInContext(s.body, context);
    const g = context as Record<string, unknown>;
    expect(typeof (g.vega as { View?: unknown }).View).toBe('function');
    expect(typeof (g.vegaLite as { compile?: unknown }).compile).toBe('function');
    expect(typeof g.vegaEmbed).toBe('function');

    // The bundled (browser) vega + vega-lite render the embedded spec.
    const svg = (await runInContext(
      `(async () => {
        const spec = JSON.parse(document.getElementById('bandsim-report-charts').textContent)[0].spec;
        const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
        try { return await view.toSVG(); } finally { view.finalize(); }
      })()`,
      context,
    )) as string;
    expect(svg).toContain('CPU utilization vs. anomaly band');

    // The bootstrap hands every chart to vegaEmbed with offline-friendly options.
    g.vegaEmbed = (el: unknown, spec: unknown, opts: Record<string, unknown>) => {
      calls.push({ el, spec, opts });
      return Promise.resolve({});
    };
    runInContext(code[3].body, context);
    expect(calls.map((c) => (c.el as { id: string }).id)).toEqual(['band-chart', 'tricky"chart']);
    expect(calls[0].opts).toMatchObject({
      mode: 'vega-lite',
      tooltip: true,
      actions: { export: true, source: false, compiled: false, editor: false },
    });
  });

  it('right-aligns numeric columns', () => {
    expect(html).toContain('<th scope="col">fault</th><th scope="col" class="num">delay (min)</th><th scope="col" class="num">ratio</th><th scope="col">note</th>');
    expect(html).toContain('<td>spike</td><td class="num">3</td><td class="num">12.5%</td>');
    expect(html).toMatch(/tbody tr:nth-child\(even\) td \{ background/);
    expect(html).toContain('max-width: 1100px');
  });

  it('is byte-identical across calls and does not modify the report', () => {
    const copy = structuredClone(report);
    expect(renderHtml(report)).toBe(html);
    expect(report).toEqual(copy);
  });

  it('leaves the bundles out of a page without charts', () => {
    const page = renderHtml({ title: 'No charts', sections: [{ heading: 'h', text: 't' }] });
    expect(page).not.toContain('data-bundle');
    expect(page.length).toBeLessThan(10_000);
  });

  it('finds the bundles from any working directory', () => {
    const out = runTs(fixture('printHtml.ts'), { cwd: '/' });
    expect(out).toContain('data-bundle="vega-embed"');
    expect(out).toContain('id="band"');
  });

  it('rejects bad input, naming the function', () => {
    const chart = { id: 'x', spec: band };
    expect(() => renderHtml({ title: 't', sections: [{ heading: 'a', chart }, { heading: 'b', chart }] })).toThrow(
      /^renderHtml: duplicate chart id "x"/,
    );
    expect(() => renderHtml({ title: 't', sections: [{ heading: 'a', chart: { id: ' ', spec: band } }] })).toThrow(
      /^renderHtml: .*empty id/,
    );
    expect(() =>
      renderHtml({ title: 't', sections: [{ heading: 'a', table: { columns: ['a', 'b'], rows: [[1]] } }] }),
    ).toThrow(/^renderHtml: table in section "a" has 2 columns but row 0 has 1 cells/);
  });
});

describe('html helpers', () => {
  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('jsonForHtmlScript round-trips and hides markup', () => {
    const value = { s: '</script><!-- & \u2028\u2029 >' };
    const json = jsonForHtmlScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
    expect(() => jsonForHtmlScript({ n: 1n })).toThrow(/^jsonForHtmlScript: /);
  });

  it('inlineScriptText keeps string and regex meaning', () => {
    const source = `var a = "</SCRIPT>" + '<!--x'; var r = /<\\/script>|<!--/u; var t = \`</script>\`; [a, r.test("<!--"), t]`;
    const escaped = inlineScriptText(source);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    expect(runInContext(escaped, createContext({}))).toEqual(runInContext(source, createContext({})));
  });
});
