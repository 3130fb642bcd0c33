/**
 * bandsim's rendering, a separate entry point (`bandsim/render`) because it loads vega, vega-lite and resvg:
 * Vega-Lite specs to SVG and PNG, and a simulation's offline HTML report.
 *
 * @example
 * import { buildCharts, simulate } from 'bandsim';
 * import { renderHtml, renderPng, renderSvg, reportPage } from 'bandsim/render';
 *
 * const simulation = simulate(scenario);
 * const charts = buildCharts(scenario, simulation);
 * const svg = await renderSvg(charts[0].spec);
 * const png = renderPng(svg); // needs the DejaVu fonts (fonts-dejavu-core)
 * const html = renderHtml(reportPage(simulation.summary, charts));
 */
export { renderSvg, REPORT_FONT_FAMILY } from './report/renderSvg.js';
export { renderPng } from './report/renderPng.js';
export { renderHtml } from './report/html.js';
export { reportPage } from './report/reportPage.js';
export { writeFilesAtomically } from './report/writeFilesAtomically.js';
