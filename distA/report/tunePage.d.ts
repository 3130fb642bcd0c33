import type { Chart } from '../chart/common.js';
import type { TuneResult } from '../tune/tune.js';
import type { HtmlReport } from './html.js';
/** The deploy snippets shown on the page, per variant name. */
export interface DeploySnippets {
    cloudFormation: string;
    terraform: string;
}
/**
 * The tune page: per variant the verdict and period check, the chart of false alarms against latency, a
 * table of the top settings (recommendation, runners-up, then the Pareto front by false alarms), the
 * recommendation's figures per fault with Wilson 95% intervals, the companion static alarms and what each
 * adds, and the deploy snippets; then the grid.
 *
 * @example
 * renderHtml(tunePage(result, charts, snippets));
 */
export declare function tunePage(result: TuneResult, charts: Chart[], snippets: Map<string, DeploySnippets | string>): HtmlReport;
