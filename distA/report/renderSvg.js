import * as vega from 'vega';
import { compile } from 'vega-lite';
/**
 * The font family every rendered chart uses. It is the family that `renderPng` loads from real
 * font files (package `fonts-dejavu-core` on Debian), so SVG and PNG name the same face.
 *
 * @example
 * REPORT_FONT_FAMILY; // 'DejaVu Sans'
 */
export const REPORT_FONT_FAMILY = 'DejaVu Sans';
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
export function findLocalTimeUsage(vegaSpec) {
    const problems = [];
    const visit = (node, path) => {
        if (Array.isArray(node)) {
            node.forEach((child, i) => visit(child, `${path}[${i}]`));
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        const record = node;
        if (Array.isArray(record.scales)) {
            record.scales.forEach((scale, i) => {
                const s = scale;
                if (s && s.type === 'time') {
                    problems.push(`scale "${String(s.name)}" (${path}.scales[${i}]) has type "time" (local time); ` +
                        `use scale: { type: 'utc' } or a utc timeUnit in the Vega-Lite spec`);
                }
            });
        }
        if (Array.isArray(record.transform)) {
            record.transform.forEach((transform, i) => {
                const t = transform;
                if (t && t.type === 'timeunit' && t.timezone !== 'utc') {
                    problems.push(`timeunit transform on field "${String(t.field)}" (${path}.transform[${i}]) uses local time; ` +
                        `use a utc timeUnit (e.g. 'utcyearmonthdatehours') in the Vega-Lite spec`);
                }
            });
        }
        for (const [key, value] of Object.entries(record)) {
            if (typeof value === 'object' && value !== null)
                visit(value, `${path}.${key}`);
        }
    };
    visit(vegaSpec, '$');
    return problems;
}
/**
 * Returns `spec` with the report's font forced in its config (`config.font`), leaving the input
 * object untouched.
 *
 * @example
 * withReportFont({ mark: 'point' }).config; // { font: 'DejaVu Sans' }
 */
export function withReportFont(spec) {
    return { ...spec, config: { ...(spec.config ?? {}), font: REPORT_FONT_FAMILY } };
}
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
export async function renderSvg(spec, options = {}) {
    let vegaSpec;
    const onWarning = options.onWarning ?? (() => { });
    const logger = {
        level: () => logger,
        warn: (...args) => {
            onWarning(args.map(String).join(' '));
            return logger;
        },
        info: () => logger,
        debug: () => logger,
        error: (...args) => {
            throw new Error(args.map(String).join(' '));
        },
    };
    try {
        // vega tags every inline data object with an id (mutation): work on a copy of the spec.
        vegaSpec = compile(withReportFont(structuredClone(spec)), { logger: logger }).spec;
    }
    catch (error) {
        throw new Error(`renderSvg: vega-lite could not compile the spec: ${messageOf(error)}`, {
            cause: error,
        });
    }
    const localTime = findLocalTimeUsage(vegaSpec);
    if (localTime.length > 0) {
        throw new Error(`renderSvg: the chart would depend on the machine's time zone: ${localTime.join('; ')}`);
    }
    // Always estimate text widths: a node `canvas` package, if ever installed, would otherwise be
    // picked up by vega and change the layout between machines. Idempotent.
    vega.textMetrics.canvas(false);
    let view;
    try {
        view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
        return renumberClipIds(await view.toSVG());
    }
    catch (error) {
        throw new Error(`renderSvg: vega could not render the spec: ${messageOf(error)}`, {
            cause: error,
        });
    }
    finally {
        view?.finalize();
    }
}
/**
 * vega numbers clip paths and gradients with counters shared by the whole process (`clip17` and
 * `gradient_2` in one chart, `clip113` and `gradient_6` in the same chart rendered later): renumber each
 * kind by order of appearance so an SVG depends only on its spec.
 *
 * @example
 * renumberClipIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>'); // '<clipPath id="clip1"/><g clip-path="url(#clip1)"/>'
 */
export function renumberClipIds(svg) {
    const ids = new Map();
    const counts = new Map();
    for (const match of svg.matchAll(/id="((clip|gradient_)\d+)"/g)) {
        if (ids.has(match[1]))
            continue;
        const count = (counts.get(match[2]) ?? 0) + 1;
        counts.set(match[2], count);
        ids.set(match[1], `${match[2]}${count}`);
    }
    return svg.replace(/\b(clip|gradient_)\d+\b/g, (id) => ids.get(id) ?? id);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
