import type { TopLevelSpec } from 'vega-lite';
/**
 * A table of an {@link HtmlReport} section. Number cells are printed with `String(n)`; a column
 * whose non-empty cells all read as numbers (e.g. `3`, `'12.5%'`, `'1,234'`) is right-aligned.
 *
 * @example
 * const table: HtmlTable = { columns: ['alarm', 'delay (min)'], rows: [['band', 2], ['static', '']] };
 */
export interface HtmlTable {
    columns: string[];
    rows: (string | number)[][];
}
/**
 * A chart of an {@link HtmlReport} section; `id` (unique, non-empty) becomes the container's
 * element id and the export file name.
 *
 * @example
 * const chart: HtmlChart = { id: 'timeline', spec: { data: { values: [] }, mark: 'line' } };
 */
export interface HtmlChart {
    id: string;
    spec: TopLevelSpec;
}
/**
 * One section of an {@link HtmlReport}: a heading, then a list, text (line breaks kept), table, chart and
 * preformatted text, in that order. A list item is a bold lead with its points below it.
 *
 * @example
 * const section: HtmlSection = { heading: 'Scenario', preformatted: '{ "fault": "spike" }' };
 * const findings: HtmlSection = { heading: 'What to conclude', list: [{ lead: 'zero orders', points: ['static catches it best.'] }] };
 */
export interface HtmlSection {
    heading: string;
    list?: Array<{
        lead: string;
        points: string[];
    }>;
    text?: string;
    table?: HtmlTable;
    chart?: HtmlChart;
    preformatted?: string;
}
/**
 * Everything {@link renderHtml} puts on the page. All strings are treated as untrusted text.
 *
 * @example
 * const report: HtmlReport = { title: 'bandsim', sections: [{ heading: 'Summary', text: 'ok' }] };
 */
export interface HtmlReport {
    title: string;
    subtitle?: string;
    sections: HtmlSection[];
}
/**
 * Escapes text for HTML element content and quoted attribute values (`& < > " '`).
 *
 * @example
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export declare function escapeHtml(text: string): string;
/**
 * Serializes `value` as JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\uXXXX` escapes, so the text can contain neither `</script`
 * nor `<!--`, and `JSON.parse` (or a JS engine) reads back exactly `value`.
 *
 * @throws Error starting with `jsonForHtmlScript:` if `value` cannot be serialized (BigInt, cycles).
 * @example
 * jsonForHtmlScript({ title: '</script>' }); // '{"title":"\\u003c/script\\u003e"}'
 */
export declare function jsonForHtmlScript(value: unknown): string;
/**
 * Makes JavaScript source safe to place between `<script>` and `</script>`: every `</script`
 * (any case) becomes `<\/script` and every `<!--` becomes `\x3C!--`. Both rewrites keep the
 * meaning of string, template and regular-expression literals (where such text can occur in
 * minified code); the vega bundles contain neither sequence today.
 *
 * @example
 * inlineScriptText('s = "</script>"'); // 's = "<\\/script>"'
 */
export declare function inlineScriptText(source: string): string;
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
export declare function renderHtml(report: HtmlReport): string;
