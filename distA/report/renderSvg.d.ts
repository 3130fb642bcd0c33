import { type TopLevelSpec } from 'vega-lite';
/**
 * The font family every rendered chart uses. It is the family that `renderPng` loads from real
 * font files (package `fonts-dejavu-core` on Debian), so SVG and PNG name the same face.
 *
 * @example
 * REPORT_FONT_FAMILY; // 'DejaVu Sans'
 */
export declare const REPORT_FONT_FAMILY = "DejaVu Sans";
/**
 * Lists the places where a compiled Vega spec works in the machine's local time zone, which would
 * make the rendered chart depend on `TZ`: scales of type `time` (Vega-Lite's default for a
 * `temporal` field without a utc timeUnit or `scale: { type: 'utc' }`) and `timeunit` transforms
 * that are not `timezone: 'utc'` (Vega-Lite's local timeUnits such as `yearmonthdate`).
 * Expressions (e.g. a tooltip's `timeFormat(...)`) are not inspected: they do not reach the
 * static SVG unless they label a mark.
 *
 * @param vegaSpec - a Vega spec as produced by `compile(...).spec` from vega-lite.
 * @returns one human-readable line per problem, in spec order; empty when the spec is UTC-only.
 * @example
 * findLocalTimeUsage(compile(spec).spec); // [] or ['scale "x" has type "time" (local time) ...']
 */
export declare function findLocalTimeUsage(vegaSpec: unknown): string[];
/**
 * Returns `spec` with the report's font forced in its config (`config.font`), leaving the input
 * object untouched.
 *
 * @example
 * withReportFont({ mark: 'point' }).config; // { font: 'DejaVu Sans' }
 */
export declare function withReportFont(spec: TopLevelSpec): TopLevelSpec;
/**
 * Renders a Vega-Lite spec to an SVG string, headless (vega View with `renderer: 'none'`).
 * The spec (a plain JSON-like object) is copied first and never modified.
 *
 * Deterministic: the same spec gives byte-identical SVG on every run and machine, because
 * - the font is forced to {@link REPORT_FONT_FAMILY} and text widths are always vega's built-in
 *   estimate (never a node `canvas` measurement, even if the `canvas` package gets installed);
 * - local-time scales and local timeUnits are rejected (see {@link findLocalTimeUsage}), so the
 *   output does not depend on the machine's `TZ`. Data should carry times as epoch milliseconds
 *   or ISO strings with an explicit `Z`/offset (an ISO date-time without one is parsed as local
 *   time by JavaScript, which this function cannot detect).
 *
 * @throws Error starting with `renderSvg:` if the spec does not compile, uses local time, or the
 *   view fails to render.
 * @example
 * Vega-Lite's warnings go to `options.onWarning` (default: dropped), never to the console.
 *
 * const svg = await renderSvg({
 *   data: { values: [{ t: 0, v: 1 }, { t: 3_600_000, v: 2 }] },
 *   mark: 'line',
 *   encoding: {
 *     x: { field: 't', type: 'temporal', scale: { type: 'utc' } },
 *     y: { field: 'v', type: 'quantitative' },
 *   },
 * });
 * svg.startsWith('<svg'); // true
 */
export declare function renderSvg(spec: TopLevelSpec, options?: {
    onWarning?: (message: string) => void;
}): Promise<string>;
/**
 * vega numbers clip paths and gradients with counters shared by the whole process (`clip17` and
 * `gradient_2` in one chart, `clip113` and `gradient_6` in the same chart rendered later): renumber each
 * kind by order of appearance so an SVG depends only on its spec.
 *
 * @example
 * renumberClipIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>'); // '<clipPath id="clip1"/><g clip-path="url(#clip1)"/>'
 */
export declare function renumberClipIds(svg: string): string;
