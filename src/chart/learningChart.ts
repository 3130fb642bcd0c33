import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../metrics/summarize.js';
import { BASE_CONFIG } from './common.js';

/**
 * How the alarms behave day by day on fault-free runs after the warm-up: false alarms per day (all
 * alarms) and the band's mean width (band alarms), one line per variant and alarm. A band that learns a
 * pattern narrows and goes quiet; one that cannot stays wide.
 *
 * @example
 * learningChart(summary); // skyline: loop vs loop-then-cron vs cron
 */
export function learningChart(summary: Summary): TopLevelSpec {
  const many = summary.variants.length > 1;
  const rows: Array<{ series: string; day: number; falseAlarms: number | null; width: number | null }> = [];
  for (const variant of summary.variants) {
    for (const c of variant.control) {
      const series = many ? `${variant.variant} · ${c.alarm}` : c.alarm;
      c.falseAlarmsByDay.forEach((fa, day) =>
        rows.push({ series, day: day + 1, falseAlarms: fa, width: c.band?.widthByDay[day] ?? null }),
      );
    }
  }
  const color = { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 1 } };
  const x = { field: 'day', type: 'quantitative', title: 'day after the warm-up', axis: { tickMinStep: 1 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `${summary.scenario}: fault-free runs, day by day`, subtitle: `mean over ${summary.trials} trials` },
    config: BASE_CONFIG,
    data: { values: rows },
    vconcat: [
      {
        width: 700,
        height: 200,
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { field: 'falseAlarms', type: 'quantitative', title: 'false alarms per day' },
          color,
          tooltip: [{ field: 'series' }, { field: 'day' }, { field: 'falseAlarms', format: '.2f', title: 'false alarms' }],
        },
      },
      {
        width: 700,
        height: 200,
        transform: [{ filter: 'datum.width != null' }],
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { field: 'width', type: 'quantitative', title: 'mean band width (upper − lower)' },
          color,
          tooltip: [{ field: 'series' }, { field: 'day' }, { field: 'width', format: ',.3~g', title: 'band width' }],
        },
      },
    ],
  } as TopLevelSpec;
}
