import { describe, expect, it } from 'vitest';
import { tuneChart } from '../../src/chart/tuneChart.js';
import { loadScenario, resolveScenarioFile } from '../../src/cli/runCli.js';
import { renderHtml } from '../../src/report/html.js';
import { tunePage } from '../../src/report/tunePage.js';
import { expandGrid, defaultGrid, parseGridLists } from '../../src/tune/grid.js';
import { tune } from '../../src/tune/tune.js';
import type { BandAlarm } from '../../src/scenario/parseScenario.js';

describe('tunePage', () => {
  it('shows the verdict, period check, top settings, companions, deploy snippets and grid', async () => {
    const scenario = { ...loadScenario(resolveScenarioFile('dice', process.cwd())), trials: 2 };
    const base = scenario.alarms.find((a): a is BandAlarm => a.type === 'band')!;
    const grid = parseGridLists({ k: '2,3', seasonality: 'none', sigma: 'pooled', 'm-of-n': '1/1' }, defaultGrid(base), (d) => d);
    expect(expandGrid(grid)).toHaveLength(2);
    const result = await tune(scenario, { grid, workers: 1 });
    const charts = result.variants.map((v) => tuneChart(v, 1, result.scenario));
    const page = tunePage(result, charts, new Map([['default', { cloudFormation: 'CFN-TEXT', terraform: 'TF-TEXT' }]]));
    expect(page.sections.map((s) => s.heading)).toEqual([
      'Recommendation',
      'Recommended setting, per fault',
      'Companion static alarms',
      'Deploy: CloudFormation',
      'Deploy: Terraform',
      'Grid',
    ]);
    expect(page.sections[0].text).toContain(result.variants[0].verdict);
    expect(page.sections[0].text).toContain('Period check: No period found');
    expect(page.sections[0].table!.rows[0][0]).toBe('recommended');
    const html = renderHtml(page);
    expect(html).toContain('CFN-TEXT');
    expect(html).toContain('impossible: &lt; 1');
  }, 60_000);
});
