import type { Chart } from '../chart/common.js';
import type { Summary } from '../metrics/summarize.js';
import type { HtmlReport, HtmlSection } from './html.js';

/**
 * The offline HTML report's content: the scenario, the fault-free figures, one table per fault, every
 * chart with its caption, and the resolved configuration. Pure: {@link renderHtml} turns it into a page.
 *
 * @example
 * renderHtml(reportPage(summary, charts));
 */
export function reportPage(summary: Summary, charts: Chart[]): HtmlReport {
  const sections: HtmlSection[] = [];
  sections.push({
    heading: 'Scenario',
    text: `${summary.description}\n\nSeed ${summary.seed}, ${summary.trials} trials per variant. Latencies are minutes from fault onset to the alarm's first transition to ALARM; p50/p90 are over the trials that detected the fault.`,
  });
  for (const variant of summary.variants) {
    const prefix = summary.variants.length > 1 ? `${variant.variant}: ` : '';
    sections.push({
      heading: `${prefix}fault-free runs`,
      text: variant.description || undefined,
      table: {
        columns: ['alarm', 'false alarms / day', 'coverage', 'lower edge below possible minimum', 'lower edge below 0', 'band width at 03h / 12h'],
        rows: variant.control.map((c) => [
          c.alarm,
          fmt(c.falseAlarmsPerDay, 2),
          c.band ? pct(c.band.coverage) : '',
          c.band?.lowerBelowMinimumShare != null ? pct(c.band.lowerBelowMinimumShare) : '',
          c.band ? pct(c.band.lowerBelowZeroShare) : '',
          c.band ? `${pct(c.band.relativeWidthByHour[3])} / ${pct(c.band.relativeWidthByHour[12])}` : c.threshold !== null ? `threshold ${fmt(c.threshold, 1)}` : '',
        ]),
      },
    });
    for (const fault of variant.faults) {
      sections.push({
        heading: `${prefix}${fault.fault}`,
        text: fault.durationMinutes === null ? 'Lasts until the end of the run.' : `Lasts ${fault.durationMinutes} minutes.`,
        table: {
          columns: ['alarm', 'detected', 'p50 (min)', 'p90 (min)', 'max (min)', 'false alarms / day', 'missing', 'notBreaching', 'breaching', 'ignore'],
          rows: fault.alarms.map((a) => [
            a.alarm,
            pct(a.detectionRate),
            fmt(a.latencyMinutes.p50, 1),
            fmt(a.latencyMinutes.p90, 1),
            fmt(a.latencyMinutes.max, 1),
            fmt(a.falseAlarmsPerDay, 2),
            ...(['missing', 'notBreaching', 'breaching', 'ignore'] as const).map((k) => pct(a.byTreatMissingData[k].detectionRate)),
          ]),
        },
      });
    }
  }
  for (const chart of charts) sections.push({ heading: chart.title, text: chart.caption, chart: { id: chart.id, spec: chart.spec } });
  sections.push({ heading: 'Configuration (resolved, with every default)', preformatted: JSON.stringify(summary.configuration, null, 2) });
  return {
    title: `bandsim: ${summary.scenario}`,
    subtitle: 'The last four columns of each fault table give the detection rate under each TreatMissingData setting.',
    sections,
  };
}

function fmt(x: number | null, digits: number): string {
  return x === null ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: digits });
}

function pct(x: number | null): string {
  return x === null ? '–' : `${(x * 100).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;
}
