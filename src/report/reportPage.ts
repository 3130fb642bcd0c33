import type { Chart } from '../chart/common.js';
import { faultRow, formatNumber as fmt, formatPercent as pct } from '../metrics/format.js';
import type { FaultSummary, Summary } from '../metrics/summarize.js';
import type { HtmlReport, HtmlSection } from './html.js';

const HOW_TO_READ = `How to read this report
• "At a glance": for each fault and alarm, the share of trials in which the alarm went to ALARM within the fault's horizon, and the median minutes from fault onset to that ALARM.
• Fault-free runs: false alarms per day without any fault; coverage is the share of normal datapoints inside the band (k = 2 would cover about 95% of a normal distribution); "lower edge below possible minimum" is how often the band reaches below a value the metric can never take (0 orders, a die's 1).
• Trial charts: blue is the metric, the shaded area the band, the dashed line its expected value, red dots breaching datapoints, the orange area the fault; the strips below show each alarm's state (red: ALARM, grey: INSUFFICIENT_DATA). Drag to pan and scroll to zoom the time axis; hover for values.
• Latency curves: how many trials were detected within x minutes; a curve that stops below 100% leaves that share undetected.
• Heatmaps: the median latency by the hour and weekday the fault began; grey cells were never detected.`;

/**
 * The offline HTML report's content: the scenario and how to read it, an at-a-glance matrix, then per
 * variant its fault-free figures and, per fault, its table followed by its charts; last the day-by-day
 * charts and the resolved configuration. Pure: {@link renderHtml} turns it into a page.
 *
 * @example
 * renderHtml(reportPage(summary, charts));
 */
export function reportPage(summary: Summary, charts: Chart[]): HtmlReport {
  const sections: HtmlSection[] = [];
  const chartSections = (variant: string | null, fault: string | null): HtmlSection[] =>
    charts
      .filter((c) => c.variant === variant && c.fault === fault)
      .map((c) => ({ heading: c.title, text: c.caption, chart: { id: c.id, spec: c.spec } }));
  const many = summary.variants.length > 1;

  sections.push({
    heading: 'Scenario',
    text: `${summary.description}\n\nSeed ${summary.seed}, ${summary.trials} trials per variant. Latencies are minutes from fault onset to the alarm's first transition to ALARM; p50 and p90 are over the trials that detected the fault.`,
  });
  sections.push({ heading: 'At a glance', text: 'Detected share of trials · median minutes to ALARM.', table: glance(summary) });
  sections.push(...chartSections(null, null).filter((s) => s.chart?.id === 'band-fit'));

  for (const variant of summary.variants) {
    const prefix = many ? `${variant.variant}: ` : '';
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
    sections.push(...chartSections(variant.variant, null));
    for (const fault of variant.faults) {
      sections.push({
        heading: `${prefix}${fault.fault}`,
        text: `${fault.durationMinutes === null ? 'Lasts until the end of the run.' : `Lasts ${fault.durationMinutes} minutes.`} The last four columns give the detection rate under each TreatMissingData setting.`,
        table: faultTable(fault),
      });
      sections.push(...chartSections(variant.variant, fault.fault));
    }
  }
  sections.push(...chartSections(null, null).filter((s) => s.chart?.id !== 'band-fit'));
  sections.push({ heading: 'How to read this report', preformatted: HOW_TO_READ.split('\n').slice(1).join('\n') });
  sections.push({ heading: 'Configuration (resolved, with every default)', preformatted: JSON.stringify(summary.configuration, null, 2) });
  return { title: `bandsim: ${summary.scenario}`, subtitle: 'How quickly each alarm catches each fault, measured over seeded Monte Carlo trials.', sections };
}

function glance(summary: Summary) {
  const alarms = summary.variants[0]?.control.map((c) => c.alarm) ?? [];
  const many = summary.variants.length > 1;
  const rows: (string | number)[][] = [];
  for (const variant of summary.variants) {
    rows.push([many ? `${variant.variant}: no fault (false alarms / day)` : 'no fault (false alarms / day)', ...variant.control.map((c) => fmt(c.falseAlarmsPerDay, 2))]);
    for (const fault of variant.faults) {
      rows.push([
        many ? `${variant.variant}: ${fault.fault}` : fault.fault,
        ...fault.alarms.map((a) => `${pct(a.detectionRate)}${a.latencyMinutes.p50 !== null ? ` · ${fmt(a.latencyMinutes.p50, 1)} min` : ''}`),
      ]);
    }
  }
  return { columns: ['', ...alarms], rows };
}

function faultTable(fault: FaultSummary) {
  return {
    columns: ['alarm', 'detected', 'p50 (min)', 'p90 (min)', 'max (min)', 'false alarms / day', 'missing', 'notBreaching', 'breaching', 'ignore'],
    rows: fault.alarms.map((a) => [
      ...faultRow(a),
      ...(['missing', 'notBreaching', 'breaching', 'ignore'] as const).map((k) => pct(a.byTreatMissingData[k].detectionRate)),
    ]),
  };
}
