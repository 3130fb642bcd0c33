import { NAB_PROFILES, probationaryLength, scorableWindowCount, scoreFile, } from './nabScore.js';
import { WEEK_MS } from '../core/time.js';
/**
 * Scores one file's detections (NAB anomaly scores of 0 or 1, one per row) against its labelled windows:
 * per window caught or not and the latency, false alarms per week, and NAB's raw score per profile.
 *
 * @param rowTimesMs each row's time, in time order (as readMetricRows gives the rows): NAB scores rows by position
 * @param stepSeconds the data's step, to give a detection on a window's first row the latency of one step
 * @example
 * scoreDetection(times, scores, windowsToRows(times, labels), 300).nab.standard.score;
 */
export function scoreDetection(rowTimesMs, scores, windows, stepSeconds) {
    const rows = rowTimesMs.length;
    const probationRows = probationaryLength(rows);
    const iso = (r) => new Date(rowTimesMs[r]).toISOString();
    const outcomes = windows.map((w) => {
        let hit = -1;
        for (let r = w.first; r <= w.last; r++) {
            if (scores[r] > 0) {
                hit = r;
                break;
            }
        }
        return {
            first: w.first,
            last: w.last,
            start: iso(w.first),
            end: iso(w.last),
            caught: hit >= 0,
            latencyMinutes: hit >= 0 ? (rowTimesMs[hit] + stepSeconds * 1000 - rowTimesMs[w.first]) / 60_000 : null,
            scored: w.last >= probationRows,
        };
    });
    let falseAlarms = 0;
    let w = 0;
    for (let r = probationRows; r < rows; r++) {
        while (w < windows.length && windows[w].last < r)
            w++;
        const inside = w < windows.length && r >= windows[w].first;
        if (scores[r] > 0 && !inside)
            falseAlarms++;
    }
    const spanMs = rows > probationRows ? rowTimesMs[rows - 1] - rowTimesMs[probationRows] + stepSeconds * 1000 : 0;
    const nab = {};
    for (const profile of Object.keys(NAB_PROFILES)) {
        nab[profile] = scoreFile(scores, windows, NAB_PROFILES[profile], { probation: probationRows });
    }
    return {
        rows,
        probationRows,
        windows: outcomes,
        scorableWindows: scorableWindowCount(windows, probationRows),
        falseAlarms,
        scoredWeeks: spanMs / WEEK_MS,
        falseAlarmsPerWeek: spanMs > 0 ? falseAlarms / (spanMs / WEEK_MS) : 0,
        nab,
    };
}
