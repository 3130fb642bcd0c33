import { findings } from '../metrics/findings.js';
import { faultRow, formatCount, formatDays, formatMinutes, formatPercent as pct, formatControlThreshold, formatPerDay } from '../metrics/format.js';
import { describeMissReason, MISS_REASONS } from '../metrics/missReason.js';
const WIDTH = 100;
/**
 * The terminal summary, conclusions first: the findings in words; then per variant the fault-free
 * figures of each alarm, and per fault each alarm's detection rate, median, 90th percentile and slowest
 * latency and false alarms per day, with 95% intervals in brackets; below an alarm that missed, its
 * misses by reason; where TreatMissingData changes the outcome, the four settings side by side.
 * Every figure is written by `metrics/format.ts`, as in the report. Every line fits in 100 columns.
 *
 * @example
 * console.log(formatSummary(summary).join('\n'));
 */
export function formatSummary(summary) {
    const out = [];
    const cfg = summary.configuration;
    const many = summary.variants.length > 1;
    out.push(fit(`bandsim · ${summary.scenario} · seed ${summary.seed} · ${summary.trials} trial${summary.trials === 1 ? '' : 's'}${many ? ' per variant' : ''}`));
    // Replayed data: the description says how the default replay fitted itself to the data.
    if (summary.variants.some((v) => v.data) && summary.description)
        out.push(...wrap(summary.description, '', '  '));
    out.push('');
    out.push('Findings (95% confidence intervals in brackets)');
    for (const finding of findings(summary)) {
        out.push(...wrap(`${many ? `[${finding.variant}] ` : ''}${finding.lead}`, '  • ', '    '));
        for (const point of finding.points)
            out.push(...wrap(point, '    – ', '      '));
    }
    for (const variant of summary.variants) {
        out.push('');
        if (many)
            out.push(...wrap(`━━ variant: ${variant.variant}${variant.description ? ` (${variant.description})` : ''}`, '', '   '));
        if (variant.data)
            out.push(...dataNote(variant.data), '');
        out.push(fit(`Fault-free runs, after a warm-up of ${formatDays(cfg.warmupDays)}`));
        out.push(...table(['alarm', 'false/day (CI)', 'coverage', 'below min.¹', 'width 03h/12h²', 'threshold'], variant.control.map((c, a) => {
            const b = c.band;
            return [
                c.alarm,
                formatPerDay(c.falseAlarmsPerDay, c.ci95.falseAlarmsPerDay),
                b ? pct(b.coverage) : '',
                b?.lowerBelowMinimumShare != null ? pct(b.lowerBelowMinimumShare) : '',
                b ? `${pct(b.relativeWidthByHour[3])} / ${pct(b.relativeWidthByHour[12])}` : '',
                formatControlThreshold(c, cfg.alarms[a]),
            ];
        })));
        out.push(fit('  ¹ share of band datapoints whose lower edge is below the metric\'s possible minimum'));
        out.push(fit('  ² band width, (upper − lower) / expected value, at 03:00 and 12:00 UTC'));
        for (const fault of variant.faults) {
            out.push('');
            const duration = fault.durationMinutes === null ? 'until the end' : formatMinutes(fault.durationMinutes);
            out.push(fit(`${fault.fault} (lasts ${duration})`));
            // The false-alarm interval of fault runs is in the report; the terminal keeps the point figure.
            const lines = table(['alarm', 'detected', 'median latency', 'p90', 'slowest', 'false/day'], fault.alarms.map((a) => [...faultRow(a).slice(0, 5), formatPerDay(a.falseAlarmsPerDay)]));
            out.push(lines[0]);
            for (const [i, a] of fault.alarms.entries()) {
                out.push(lines[i + 1]);
                const type = variant.control.find((c) => c.alarm === a.alarm)?.type ?? 'band';
                const reasons = MISS_REASONS.filter((m) => a.missed[m] > 0).map((m) => `${formatCount(a.missed[m])} ${describeMissReason(m, type)}`);
                if (reasons.length)
                    out.push(...wrap(`missed ${formatCount(a.trials - a.detected)}: ${reasons.join(', ')}`, '    ↳ ', '      '));
                if (a.detectedByPreOnsetData > 0) {
                    out.push(...wrap(`${formatCount(a.detectedByPreOnsetData)} detections came from breaches before the onset`, '    ↳ ', '      '));
                }
                const t = a.byTreatMissingData;
                const differs = Object.values(t).some((x) => x.detectionRate !== t.missing.detectionRate || x.latencyP50 !== t.missing.latencyP50);
                if (differs) {
                    const configured = cfg.alarms.find((x) => x.name === a.alarm)?.treatMissingData;
                    const parts = Object.keys(t).map((k) => `${k}${k === configured ? ' (configured)' : ''} ${pct(t[k].detectionRate)}${t[k].latencyP50 !== null ? `, ${formatMinutes(t[k].latencyP50)}` : ''}`);
                    out.push(...wrap(`detected under each TreatMissingData: ${parts.join(' · ')}`, '    ↳ ', '      '));
                }
                if (a.lastAlarmDaysAfterOnset && a.lastAlarmDaysAfterOnset.p50 !== null) {
                    out.push(fit(`    ↳ still alarming ${formatMinutes(a.lastAlarmDaysAfterOnset.p50 * 1440)} after onset (median; longest ${formatMinutes((a.lastAlarmDaysAfterOnset.max ?? 0) * 1440)})`));
                }
            }
        }
    }
    out.push('');
    out.push(...wrap('Latency: minutes from fault onset to the alarm\'s first ALARM, over the detected trials. Intervals: Wilson for rates, seeded bootstrap for latencies and false alarms per day.', '', ''));
    return out.flatMap((line) => line.split('\n'));
}
/** One line on the replayed data (rows, step, rows sharing a period, out of order, empty periods), then its warnings. */
function dataNote(data) {
    const step = data.step === 'given' ? 'given' : data.step.startsWith('the most common gap,') ? 'most common gap, rounded down' : 'most common gap';
    const shared = data.rowsSharingAPeriod === 0 ? 'no period shared' : `${formatCount(data.rowsSharingAPeriod)} rows shared ${formatCount(data.periodsWithSeveralRows)} period${data.periodsWithSeveralRows === 1 ? '' : 's'}`;
    const order = data.rowsOutOfOrder === null ? '' : `, ${formatCount(data.rowsOutOfOrder)} out of order`;
    const line = `${formatCount(data.rows)} rows, step ${data.stepSeconds} s (${step}), ${shared}${order}, ${pct(data.emptyPeriodShare)} empty`;
    return [...wrap(`Data: ${line}`, '', '  '), ...data.warnings.flatMap((w) => wrap(`⚠ ${w}`, '  ', '    '))];
}
/**
 * A header and rows as aligned lines: each column as wide as its widest cell, two spaces apart; the first
 * column (alarm names) is left-aligned. A name too long for the line to stay within 100 columns stands whole
 * on a line of its own, its cells on the next (one element, two lines joined by a line break).
 */
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
    const rest = widths.slice(1).reduce((s, w) => s + w + 2, 0);
    widths[0] = Math.max(8, Math.min(widths[0], WIDTH - 2 - rest));
    const cells = (r) => r.slice(1).map((cell, c) => `  ${cell.padStart(widths[c + 1])}`).join('');
    return all.map((r) => r[0].length <= widths[0]
        ? fit(`  ${r[0].padEnd(widths[0])}${cells(r)}`.trimEnd())
        : `${fit(`  ${r[0]}`)}\n${fit(`  ${''.padEnd(widths[0])}${cells(r)}`.trimEnd())}`);
}
/** Words wrapped to {@link WIDTH} columns: the first line after `first`, the others after `rest`. */
function wrap(text, first, rest) {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of text.split(' ')) {
        if (!empty && line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = rest;
            empty = true;
        }
        line += empty ? word : ` ${word}`;
        empty = false;
    }
    lines.push(line);
    return lines.map(fit);
}
function truncate(text, width) {
    return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
function fit(line) {
    return truncate(line, WIDTH);
}
