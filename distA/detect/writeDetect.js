import { quantile } from 'simple-statistics';
import { NAB_PROFILES, normaliseScores } from './nabScore.js';
/**
 * Totals of the labelled files: windows caught, median latency, false alarms per week (over all scored
 * weeks) and NAB's normalised score per profile.
 *
 * @example
 * detectTotals(results).nab.standard.normalised;
 */
export function detectTotals(results) {
    const scored = results.filter((r) => r.score !== undefined);
    if (scored.length === 0)
        return null;
    const latencies = [];
    let windows = 0;
    let caught = 0;
    let falseAlarms = 0;
    let weeks = 0;
    for (const r of scored) {
        const s = r.score;
        windows += s.windows.length;
        for (const w of s.windows)
            if (w.latencyMinutes !== null)
                latencies.push(w.latencyMinutes);
        caught += s.windows.filter((w) => w.caught).length;
        falseAlarms += s.falseAlarms;
        weeks += s.scoredWeeks;
    }
    const nab = {};
    for (const profile of Object.keys(NAB_PROFILES)) {
        nab[profile] = normaliseScores(scored.map((r) => ({ raw: r.score.nab[profile].score, windows: r.score.windows.length, scorableWindows: r.score.scorableWindows })), NAB_PROFILES[profile]);
    }
    return {
        files: scored.length,
        windows,
        caught,
        latencyMinutesP50: latencies.length > 0 ? quantile(latencies, 0.5) : null,
        falseAlarms,
        falseAlarmsPerWeek: weeks > 0 ? falseAlarms / weeks : 0,
        nab,
    };
}
function cell(x) {
    return Number.isNaN(x) ? '' : String(x);
}
/**
 * The per-datapoint CSV: `timestamp,value,expected,lower,upper,sigma,distance_sigma,breaching,state,transition`.
 * Empty cells where there is no datapoint or no band yet.
 *
 * @example
 * detectCsv(detectionRows(detection)).split('\n')[0]; // the header
 */
export function detectCsv(rows) {
    const lines = ['timestamp,value,expected,lower,upper,sigma,distance_sigma,breaching,state,transition'];
    for (const r of rows) {
        lines.push([r.timestamp, cell(r.value), cell(r.expected), cell(r.lower), cell(r.upper), cell(r.sigma), cell(r.distanceSigma), r.breaching, r.state, r.transition].join(','));
    }
    return `${lines.join('\n')}\n`;
}
/**
 * A results file in NAB's format, `timestamp,value,anomaly_score,label`, one row per input row in input order
 * (each row's `index`), timestamps and values as written in the input.
 *
 * @param rows the rows as readMetricRows gives them (time order); scores and labels are per row of it
 * @param labels NAB's label per row (1 inside a window); all 0 without labels
 * @example
 * nabResultsCsv(rows, rowAnomalyScores(detection, times), rowLabels(rows.length, windows));
 */
export function nabResultsCsv(rows, scores, labels) {
    const lines = new Array(rows.length);
    rows.forEach((r, i) => (lines[r.index] = `${r.timestamp},${r.value},${scores[i]},${labels[i]}`));
    return `${['timestamp,value,anomaly_score,label', ...lines].join('\n')}\n`;
}
/**
 * One line per labelled window: `file,start,end,caught,latency_minutes,scored`.
 *
 * @example
 * windowsCsv(results);
 */
export function windowsCsv(results) {
    const lines = ['file,start,end,caught,latency_minutes,scored'];
    for (const r of results) {
        for (const w of r.score?.windows ?? []) {
            lines.push([r.file, w.start, w.end, w.caught, w.latencyMinutes ?? '', w.scored].join(','));
        }
    }
    return `${lines.join('\n')}\n`;
}
const round = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
/**
 * The per-file table of a `detect` run, header first: transitions to ALARM, windows caught, median latency,
 * false alarms per week and NAB's raw score per profile, then the totals and the normalised scores.
 * `files.csv` joins each row with commas; {@link alignTable} lays it out for the terminal.
 *
 * @example
 * detectTable(results, totals)[0]; // ['file', 'alarms', 'caught', 'p50 min', 'FP/week', 'standard', 'low FP', 'low FN']
 */
export function detectTable(results, totals) {
    const header = ['file', 'alarms', 'caught', 'p50 min', 'FP/week', 'standard', 'low FP', 'low FN'];
    const body = results.map((r) => {
        const s = r.score;
        if (!s)
            return [r.file, String(r.alarms), '-', '-', '-', '-', '-', '-'];
        const lat = s.windows.filter((w) => w.latencyMinutes !== null).map((w) => w.latencyMinutes);
        return [
            r.file,
            String(r.alarms),
            `${s.windows.filter((w) => w.caught).length}/${s.windows.length}`,
            lat.length > 0 ? round(quantile(lat, 0.5), 0) : '-',
            round(s.falseAlarmsPerWeek, 1),
            round(s.nab.standard.score, 3),
            round(s.nab.reward_low_FP_rate.score, 3),
            round(s.nab.reward_low_FN_rate.score, 3),
        ];
    });
    if (totals) {
        body.push([
            `total (${totals.files} files, raw)`,
            String(results.reduce((a, r) => a + r.alarms, 0)),
            `${totals.caught}/${totals.windows}`,
            totals.latencyMinutesP50 === null ? '-' : round(totals.latencyMinutesP50, 0),
            round(totals.falseAlarmsPerWeek, 1),
            round(totals.nab.standard.raw, 3),
            round(totals.nab.reward_low_FP_rate.raw, 3),
            round(totals.nab.reward_low_FN_rate.raw, 3),
        ]);
        body.push([
            'NAB score (normalised)',
            '',
            '',
            '',
            '',
            round(totals.nab.standard.normalised, 1),
            round(totals.nab.reward_low_FP_rate.normalised, 1),
            round(totals.nab.reward_low_FN_rate.normalised, 1),
        ]);
    }
    return [header, ...body];
}
/**
 * Lays a table out in columns for the terminal: the first column left-aligned, the others right-aligned.
 *
 * @example
 * alignTable([['file', 'n'], ['a.csv', '12']]); // ['file    n', 'a.csv  12']
 */
export function alignTable(rows, separator = '  ') {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    return rows.map((row) => row.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join(separator).trimEnd());
}
