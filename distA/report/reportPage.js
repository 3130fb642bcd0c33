import { findings } from '../metrics/findings.js';
import { FAULT_COLUMNS, faultRow, formatCount, formatDays, formatMinutes, formatPercent as pct, formatPerDay, formatControlThreshold, formatRate } from '../metrics/format.js';
import { describeMissReason, MISS_REASONS } from '../metrics/missReason.js';
const HOW_TO_READ = [
    '• Detected: the share of trials in which the alarm went to ALARM within the fault\'s horizon (its duration plus N periods). Brackets give 95% intervals: Wilson for rates, a seeded bootstrap for latencies and false alarms per day. Two rates whose difference is not significant are called "not distinguishable".',
    '• Latency: the time from fault onset to the alarm\'s first transition to ALARM, over the trials that detected the fault (median, 90th percentile, slowest).',
    '• Missed, why: already in ALARM at onset (and never left and re-entered it); no data or no band (INSUFFICIENT_DATA, nothing breached); inside the band (no datapoint breached); too few breaching (some breached, never M of N at once).',
    '• Fault-free runs: false alarms per day without any fault; coverage is the share of normal datapoints inside the band (k = 2 would cover about 95% of a normal distribution); "lower edge below possible minimum" is how often the band reaches below a value the metric can never take (0 orders, a die\'s 1).',
    '• Trial charts: every mark is named in the legend below the panel. The metric panels and the alarm-state strips share one time scale; a state starts when it was evaluated, at the end of its datapoint\'s period. Drag to pan and wheel to zoom the time axis; hover for values.',
    '• Colours: each alarm keeps its colour in every chart. Green, red and grey are only alarm states (OK, ALARM, INSUFFICIENT_DATA); red dots are breaching datapoints; orange is the fault.',
].join('\n');
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
export function reportPage(summary, charts) {
    const sections = [];
    const chartSections = (variant, fault) => charts
        .filter((c) => c.variant === variant && c.fault === fault)
        .map((c) => ({ heading: c.title, text: c.caption, chart: { id: c.id, spec: c.spec } }));
    const many = summary.variants.length > 1;
    const cfg = summary.configuration;
    sections.push({
        heading: 'What to conclude',
        list: findings(summary).map((f) => ({ lead: `${many ? `${f.variant}: ` : ''}${f.lead}`, points: f.points })),
    });
    sections.push({
        heading: 'Scenario',
        text: `${summary.description}\n\nSeed ${summary.seed}, ${formatCount(summary.trials)} trials per variant, a warm-up of ${formatDays(cfg.warmupDays)}.`,
    });
    sections.push({ heading: 'How to read this report', text: HOW_TO_READ });
    sections.push({ heading: 'At a glance', text: 'Per fault and alarm: detected share of trials (95% interval) · median time to ALARM. First row: false alarms per day without faults.', table: glance(summary) });
    sections.push(...chartSections(null, null).filter((s) => s.chart?.id === 'band-fit'));
    for (const variant of summary.variants) {
        const prefix = many ? `${variant.variant}: ` : '';
        sections.push({
            heading: `${prefix}fault-free runs`,
            text: variant.description || undefined,
            table: {
                columns: ['alarm', 'false alarms/day (95% CI)', 'coverage', 'lower edge below possible minimum', 'lower edge below 0', 'band width at 03h / 12h', 'threshold'],
                rows: variant.control.map((c, a) => [
                    c.alarm,
                    formatPerDay(c.falseAlarmsPerDay, c.ci95.falseAlarmsPerDay),
                    c.band ? pct(c.band.coverage) : '',
                    c.band?.lowerBelowMinimumShare != null ? pct(c.band.lowerBelowMinimumShare) : '',
                    c.band ? pct(c.band.lowerBelowZeroShare) : '',
                    c.band ? `${pct(c.band.relativeWidthByHour[3])} / ${pct(c.band.relativeWidthByHour[12])}` : '',
                    formatControlThreshold(c, cfg.alarms[a]),
                ]),
            },
        });
        sections.push(...chartSections(variant.variant, null));
        for (const fault of variant.faults) {
            sections.push({
                heading: `${prefix}${fault.fault}`,
                text: `${fault.durationMinutes === null ? 'Lasts until the end of the run.' : `Lasts ${formatMinutes(fault.durationMinutes)}.`} "Missed, why" counts the trials each alarm missed by reason. The last four columns give the detection rate under each TreatMissingData setting.`,
                table: faultTable(variant, fault),
            });
            sections.push(...chartSections(variant.variant, fault.fault));
        }
    }
    sections.push(...chartSections(null, null).filter((s) => s.chart?.id !== 'band-fit'));
    sections.push({ heading: 'Configuration (resolved, with every default)', preformatted: JSON.stringify(summary.configuration, null, 2) });
    return { title: `bandsim: ${summary.scenario}`, subtitle: 'How quickly each alarm catches each fault, measured over seeded Monte Carlo trials.', sections };
}
function glance(summary) {
    const alarms = summary.variants[0]?.control.map((c) => c.alarm) ?? [];
    const many = summary.variants.length > 1;
    const rows = [];
    for (const variant of summary.variants) {
        rows.push([
            many ? `${variant.variant}: no fault (false alarms/day)` : 'no fault (false alarms/day)',
            ...variant.control.map((c) => formatPerDay(c.falseAlarmsPerDay, c.ci95.falseAlarmsPerDay)),
        ]);
        for (const fault of variant.faults) {
            rows.push([
                many ? `${variant.variant}: ${fault.fault}` : fault.fault,
                ...fault.alarms.map((a) => `${formatRate(a.detectionRate, a.ci95.detectionRate)}${a.latencyMinutes.p50 !== null ? ` · ${formatMinutes(a.latencyMinutes.p50)}` : ''}`),
            ]);
        }
    }
    return { columns: ['', ...alarms], rows };
}
/**
 * Why an alarm missed, in words: `2 already in ALARM at onset, 1 inside the band`, and how many
 * detections leaned on pre-onset datapoints.
 */
function missedText(variant, a) {
    const type = variant.control.find((c) => c.alarm === a.alarm)?.type ?? 'band';
    const parts = MISS_REASONS.filter((m) => a.missed[m] > 0).map((m) => `${formatCount(a.missed[m])} ${describeMissReason(m, type)}`);
    if (a.detectedByPreOnsetData > 0)
        parts.push(`${formatCount(a.detectedByPreOnsetData)} detections from breaches before the onset`);
    return parts.join(', ');
}
function faultTable(variant, fault) {
    return {
        columns: [...FAULT_COLUMNS, 'missed, why', 'missing', 'notBreaching', 'breaching', 'ignore'],
        rows: fault.alarms.map((a) => [
            ...faultRow(a),
            missedText(variant, a),
            ...['missing', 'notBreaching', 'breaching', 'ignore'].map((k) => pct(a.byTreatMissingData[k].detectionRate)),
        ]),
    };
}
