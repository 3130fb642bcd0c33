import type { Chart } from '../chart/common.js';
import type { Summary } from '../metrics/summarize.js';
import type { HtmlReport } from './html.js';
/**
 * The offline HTML report's content, conclusions first: the findings in words, how to read the report,
 * an at-a-glance matrix, then per variant its fault-free figures and, per fault, its table (with 95%
 * intervals and misses by reason) followed by its charts; last the day-by-day charts and the resolved
 * configuration. Every figure is written by `metrics/format.ts`, as in the terminal. Pure: `renderHtml`
 * turns it into a page.
 *
 * @example
 * renderHtml(reportPage(summary, charts));
 */
export declare function reportPage(summary: Summary, charts: Chart[]): HtmlReport;
