import type { TreatMissingData } from '../alarm/evaluate.js';
import { faultRow, formatNumber as num, formatPercent as pct } from '../metrics/format.js';
import type { DataSummary, Summary } from '../metrics/summarize.js';

const WIDTH = 100;

/**
 * The terminal summary: per variant, the fault-free figures of each alarm, then per fault each alarm's
 * detection rate, latency p50 / p90 / max and false alarms per day; where TreatMissingData changes the
 * outcome (faults with missing data), one more line per alarm compares the four settings.
 * Every line fits in 100 columns.
 *
 * @example
 * console.log(formatSummary(summary).join('\n'));
 */
export function formatSummary(summary: Summary): string[] {
  const out: string[] = [];
  const cfg = summary.configuration as { warmupDays: number; alarms: Array<{ name: string; treatMissingData: TreatMissingData }> };
  out.push(fit(`bandsim · ${summary.scenario} · seed ${summary.seed} · ${summary.trials} trial${summary.trials === 1 ? '' : 's'}`));
  // Replayed data: the description says how the default replay fitted itself to the data.
  if (summary.variants.some((v) => v.data) && summary.description) out.push(...wrap(summary.description, ''));
  for (const variant of summary.variants) {
    out.push('');
    if (summary.variants.length > 1) out.push(fit(`━━ variant: ${variant.variant}${variant.description ? ` (${variant.description})` : ''}`));
    if (variant.data) out.push(...dataNote(variant.data), '');
    out.push(fit(`Fault-free runs, after ${cfg.warmupDays} days' warm-up`));
    out.push(row(['alarm', 'false alarms/day', 'coverage', 'lower<min', 'band width 03h/12h'], [34, 17, 10, 10, 20]));
    for (const c of variant.control) {
      const b = c.band;
      out.push(
        row(
          [
            c.alarm,
            num(c.falseAlarmsPerDay, 2),
            b ? pct(b.coverage) : '',
            b?.lowerBelowMinimumShare != null ? pct(b.lowerBelowMinimumShare) : '',
            b ? `${pct(b.relativeWidthByHour[3])} / ${pct(b.relativeWidthByHour[12])}` : c.threshold !== null ? `threshold ${num(c.threshold, 0)}` : '',
          ],
          [34, 17, 10, 10, 20],
        ),
      );
    }
    for (const fault of variant.faults) {
      out.push('');
      const duration = fault.durationMinutes === null ? 'until the end' : `${fault.durationMinutes} min`;
      out.push(fit(`${fault.fault} (${duration})`));
      out.push(row(['alarm', 'detected', 'p50 min', 'p90 min', 'max min', 'false alarms/day'], [34, 10, 10, 10, 10, 17]));
      for (const a of fault.alarms) {
        out.push(row(faultRow(a), [34, 10, 10, 10, 10, 17]));
        const t = a.byTreatMissingData;
        const differs = Object.values(t).some((x) => x.detectionRate !== t.missing.detectionRate || x.latencyP50 !== t.missing.latencyP50);
        if (differs) {
          const configured = cfg.alarms.find((x) => x.name === a.alarm)?.treatMissingData;
          const parts = (Object.keys(t) as TreatMissingData[]).map(
            (k) => `${k}${k === configured ? '*' : ''} ${pct(t[k].detectionRate)}${t[k].latencyP50 !== null ? `/${num(t[k].latencyP50, 0)}m` : ''}`,
          );
          out.push(fit(`    ↳ TreatMissingData: ${parts.join(' · ')}`));
        }
        if (a.lastAlarmDaysAfterOnset && a.lastAlarmDaysAfterOnset.p50 !== null) {
          out.push(fit(`    ↳ still alarming ${num(a.lastAlarmDaysAfterOnset.p50, 1)} days after onset (p50; max ${num(a.lastAlarmDaysAfterOnset.max, 1)})`));
        }
      }
    }
  }
  return out;
}

/** One line on the replayed data (rows, step, rows sharing a period, out of order, empty periods), then its warnings. */
function dataNote(data: DataSummary): string[] {
  const step = data.step === 'given' ? 'given' : data.step.startsWith('the most common gap,') ? 'most common gap, rounded down' : 'most common gap';
  const shared = data.rowsSharingAPeriod === 0 ? 'no period shared' : `${data.rowsSharingAPeriod} rows shared ${data.periodsWithSeveralRows} period${data.periodsWithSeveralRows === 1 ? '' : 's'}`;
  const order = data.rowsOutOfOrder === null ? '' : `, ${data.rowsOutOfOrder} out of order`;
  const line = `${data.rows} rows, step ${data.stepSeconds} s (${step}), ${shared}${order}, ${pct(data.emptyPeriodShare)} empty`;
  return [...wrap(`Data: ${line}`, '  '), ...data.warnings.flatMap((w) => wrap(`⚠ ${w}`, '  '))];
}

/** Breaks text at spaces into lines of at most 100 columns, continuation lines indented. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(fit(line));
  return lines.map(fit);
}

function row(cells: string[], widths: number[]): string {
  return fit(cells.map((c, i) => (i === 0 ? `  ${truncate(c, widths[0] - 2).padEnd(widths[0] - 2)}` : c.padStart(widths[i]))).join(''));
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function fit(line: string): string {
  return truncate(line, WIDTH);
}
