import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { REPORT_FONT_FAMILY } from './renderSvg.js';
/**
 * The browser bundles inlined into the page, in load order (vega-lite's bundle needs the global
 * `vega`, vega-embed's needs `vega` and `vegaLite`; vega-embed's bundle includes vega-tooltip).
 */
const BUNDLES = [
    { pkg: 'vega', file: 'build/vega.min.js' },
    { pkg: 'vega-lite', file: 'build/vega-lite.min.js' },
    { pkg: 'vega-embed', file: 'build/vega-embed.min.js' },
];
/** Element id of the JSON block that carries the chart specs. */
const CHARTS_DATA_ID = 'bandsim-report-charts';
/**
 * Blocks every request the page could make (fetch/XHR, remote scripts, styles, images, fonts):
 * only inline code and data:/blob: images (vega-embed's PNG/SVG export) are allowed.
 * 'unsafe-eval' is needed because vega compiles its expressions with `Function`.
 */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "script-src 'unsafe-inline' 'unsafe-eval'",
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
/** Font stack of the page and of the charts drawn in the browser. */
const PAGE_FONT_STACK = `"${REPORT_FONT_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --zebra: #f6f8fa; --accent: #0969da; }
* { box-sizing: border-box; }
html { font-family: ${PAGE_FONT_STACK}; color: var(--fg); background: #fff; line-height: 1.5; }
body { margin: 0; padding: 2rem 1.25rem 4rem; }
main { max-width: 1100px; margin: 0 auto; }
header { border-bottom: 2px solid var(--line); margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0; }
.subtitle { color: var(--muted); font-size: 1.05rem; margin: 0.35rem 0 0; }
section { margin: 2.25rem 0; }
h2 { font-size: 1.35rem; margin: 0 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
.text { white-space: pre-line; margin: 0 0 1rem; max-width: 80ch; }
ul.list { margin: 0 0 1rem; padding-left: 1.2rem; max-width: 95ch; }
ul.list > li { margin: 0.5rem 0; }
ul.list ul { margin: 0.15rem 0 0; padding-left: 1.2rem; color: var(--fg); }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: 0.92rem; min-width: 50%; }
th, td { padding: 0.4rem 0.75rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; border-bottom: 2px solid var(--line); }
tbody tr:nth-child(even) td { background: var(--zebra); }
tbody tr:hover td { background: #eaf2fd; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { margin: 0.5rem 0 1rem; overflow-x: auto; min-height: 320px; }
.chart.drawn { min-height: 0; }
.chart-error { color: #b42318; white-space: pre-wrap; }
pre { background: var(--zebra); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; overflow-x: auto; font-size: 0.85rem; line-height: 1.4; }
noscript p { color: var(--muted); }
#vg-tooltip-element { font-family: ${PAGE_FONT_STACK}; }
`;
/**
 * Escapes text for HTML element content and quoted attribute values (`& < > " '`).
 *
 * @example
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * Serializes `value` as JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\uXXXX` escapes, so the text can contain neither `</script`
 * nor `<!--`, and `JSON.parse` (or a JS engine) reads back exactly `value`.
 *
 * @throws Error starting with `jsonForHtmlScript:` if `value` cannot be serialized (BigInt, cycles).
 * @example
 * jsonForHtmlScript({ title: '</script>' }); // '{"title":"\\u003c/script\\u003e"}'
 */
export function jsonForHtmlScript(value) {
    let json;
    try {
        json = JSON.stringify(value);
    }
    catch (error) {
        throw new Error(`jsonForHtmlScript: value cannot be serialized: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (json === undefined)
        throw new Error('jsonForHtmlScript: value is not JSON-serializable');
    return json
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/**
 * Makes JavaScript source safe to place between `<script>` and `</script>`: every `</script`
 * (any case) becomes `<\/script` and every `<!--` becomes `\x3C!--`. Both rewrites keep the
 * meaning of string, template and regular-expression literals (where such text can occur in
 * minified code); the vega bundles contain neither sequence today.
 *
 * @example
 * inlineScriptText('s = "</script>"'); // 's = "<\\/script>"'
 */
export function inlineScriptText(source) {
    return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}
let bundleCache;
/**
 * Finds a package's root directory from its resolved entry point (the vega packages' `exports`
 * maps do not expose `package.json`), so it works from any working directory.
 */
function packageRoot(pkg) {
    const require = createRequire(import.meta.url);
    let entry;
    try {
        entry = require.resolve(pkg);
    }
    catch (error) {
        throw new Error(`renderHtml: cannot resolve package "${pkg}" from ${import.meta.url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    for (let dir = dirname(entry);; dir = dirname(dir)) {
        const manifest = join(dir, 'package.json');
        try {
            if (statSync(manifest).isFile()) {
                const name = JSON.parse(readFileSync(manifest, 'utf8')).name;
                if (name === pkg)
                    return dir;
            }
        }
        catch {
            // not this directory: keep walking up
        }
        if (dirname(dir) === dir)
            break;
    }
    throw new Error(`renderHtml: cannot find the package.json of "${pkg}" above ${entry}`);
}
/**
 * Reads the three browser bundles once per process and returns them as one block of
 * `<script>` elements, already escaped for inline use.
 */
function inlineBundles() {
    if (bundleCache === undefined) {
        bundleCache = BUNDLES.map(({ pkg, file }) => {
            const path = join(packageRoot(pkg), file);
            let source;
            try {
                source = readFileSync(path, 'utf8');
            }
            catch (error) {
                throw new Error(`renderHtml: cannot read the ${pkg} browser bundle ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            // Source-map comments would make devtools request a file that is not next to the page.
            const withoutSourceMap = source.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '\n');
            return `<script data-bundle="${pkg}">\n${inlineScriptText(withoutSourceMap)}</script>`;
        }).join('\n');
    }
    return bundleCache;
}
/** True for a cell that reads as a number (optionally signed, grouped, with a short unit). */
function looksNumeric(cell) {
    if (typeof cell === 'number')
        return true;
    return /^\s*[+\-\u2212]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?\s*(%|[a-zA-Z\u00b5]{1,3})?\s*$/.test(cell) && /\d/.test(cell);
}
function renderTable(table, heading) {
    const width = table.columns.length;
    table.rows.forEach((row, i) => {
        if (row.length !== width) {
            throw new Error(`renderHtml: table in section "${heading}" has ${width} columns but row ${i} has ${row.length} cells`);
        }
    });
    const numeric = table.columns.map((_, c) => {
        // '' and '–' (no value) do not decide a column's alignment.
        const cells = table.rows.map((row) => row[c]).filter((cell) => cell !== '' && cell !== '–');
        return cells.length > 0 && cells.every((cell) => cell !== undefined && looksNumeric(cell));
    });
    const cls = (c) => (numeric[c] ? ' class="num"' : '');
    const head = table.columns.map((col, c) => `<th scope="col"${cls(c)}>${escapeHtml(col)}</th>`).join('');
    const body = table.rows
        .map((row) => `<tr>${row.map((cell, c) => `<td${cls(c)}>${escapeHtml(String(cell))}</td>`).join('')}</tr>`)
        .join('\n');
    return `<div class="table-wrap"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
/**
 * The page's own script: embeds every chart listed in the JSON block with vega-embed, lazily: a chart is
 * drawn when its container comes within 600 px of the viewport (IntersectionObserver), so the first
 * screen appears at once however many charts follow. Without IntersectionObserver, every chart is drawn.
 */
const BOOTSTRAP = `
(function () {
  'use strict';
  var charts = JSON.parse(document.getElementById('${CHARTS_DATA_ID}').textContent);
  function draw(chart, el) {
    vegaEmbed(el, chart.spec, {
      mode: 'vega-lite',
      renderer: 'svg',
      actions: { export: true, source: false, compiled: false, editor: false },
      tooltip: true,
      downloadFileName: chart.id
    }).then(function () {
      if (el.classList) el.classList.add('drawn');
    }).catch(function (err) {
      var p = document.createElement('p');
      p.className = 'chart-error';
      p.textContent = 'This chart could not be drawn: ' + (err && err.message ? err.message : String(err));
      el.appendChild(p);
    });
  }
  var byId = {};
  var observer = typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      draw(byId[entry.target.id], entry.target);
    });
  }, { rootMargin: '600px 0px' });
  charts.forEach(function (chart) {
    var el = document.getElementById(chart.id);
    if (!el) return;
    byId[chart.id] = chart;
    if (observer) observer.observe(el);
    else draw(chart, el);
  });
})();
`;
/**
 * Renders a report as ONE self-contained, offline HTML page: vega, vega-lite and vega-embed are
 * inlined from node_modules (read once per process), charts are embedded with vega-embed (SVG
 * renderer, tooltips on, export actions only) as they scroll into view, and a
 * Content-Security-Policy forbids every network request. All text of `report` is HTML-escaped; chart specs travel as escaped JSON.
 * The same report gives byte-identical HTML.
 *
 * @throws Error starting with `renderHtml:` on an empty or duplicate chart id, a table row whose
 *   length differs from the column count, or a bundle that cannot be found or read.
 * @example
 * const html = renderHtml({
 *   title: 'Band vs static alarm',
 *   sections: [
 *     { heading: 'Summary', text: 'Detection delay per fault.', table: { columns: ['fault', 'delay (min)'], rows: [['spike', 3]] } },
 *     { heading: 'Timeline', chart: { id: 'timeline', spec: { data: { values: [] }, mark: 'line' } } },
 *   ],
 * });
 * html.startsWith('<!DOCTYPE html>'); // true
 */
export function renderHtml(report) {
    const seen = new Set();
    const charts = [];
    for (const section of report.sections) {
        if (!section.chart)
            continue;
        const { id } = section.chart;
        if (typeof id !== 'string' || id.trim() === '') {
            throw new Error(`renderHtml: chart in section "${section.heading}" has an empty id`);
        }
        if (seen.has(id))
            throw new Error(`renderHtml: duplicate chart id "${id}"`);
        if (id === CHARTS_DATA_ID)
            throw new Error(`renderHtml: chart id "${id}" is reserved`);
        seen.add(id);
        const spec = section.chart.spec;
        charts.push({
            id,
            spec: { ...spec, config: { font: PAGE_FONT_STACK, ...(spec.config ?? {}) } },
        });
    }
    const sections = report.sections.map((section) => {
        const parts = [`<h2>${escapeHtml(section.heading)}</h2>`];
        if (section.list !== undefined) {
            const items = section.list.map((item) => `<li><strong>${escapeHtml(item.lead)}</strong>${item.points.length ? `<ul>${item.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''}</li>`);
            parts.push(`<ul class="list">\n${items.join('\n')}\n</ul>`);
        }
        if (section.text !== undefined)
            parts.push(`<p class="text">${escapeHtml(section.text)}</p>`);
        if (section.table)
            parts.push(renderTable(section.table, section.heading));
        if (section.chart) {
            const id = escapeHtml(section.chart.id);
            parts.push(`<div class="chart" id="${id}" data-chart-id="${id}"></div>`);
        }
        if (section.preformatted !== undefined) {
            parts.push(`<pre>${escapeHtml(section.preformatted)}</pre>`);
        }
        return `<section>\n${parts.join('\n')}\n</section>`;
    });
    const subtitle = report.subtitle !== undefined ? `\n<p class="subtitle">${escapeHtml(report.subtitle)}</p>` : '';
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(report.title)}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        '<body>',
        '<main>',
        `<header>\n<h1>${escapeHtml(report.title)}</h1>${subtitle}\n</header>`,
        charts.length > 0
            ? '<noscript><p>The charts on this page need JavaScript.</p></noscript>'
            : '',
        ...sections,
        '</main>',
        `<script type="application/json" id="${CHARTS_DATA_ID}">${jsonForHtmlScript(charts)}</script>`,
        ...(charts.length > 0 ? [inlineBundles(), `<script>${BOOTSTRAP}</script>`] : []),
        '</body>',
        '</html>',
    ]
        .filter((line) => line !== '')
        .join('\n')
        .concat('\n');
}
