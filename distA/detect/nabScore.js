/**
 * The Numenta Anomaly Benchmark's scoring, ported from NAB's own Python so that a score computed here equals
 * the one NAB prints for the same results file:
 * - `nab/sweeper.py` (numenta/NAB commit 03ef06a789b894fe8ce1a0f4ae114fe29e324d78): `scaledSigmoid`,
 *   `_getProbationaryLength`, `calcSweepScore`, `calcScoreByThreshold`, `scoreDataSet`;
 * - `nab/runner.py` `normalize`: 100 · (raw − null) / (perfect − null) over a set of files, with perfect =
 *   (number of labelled windows) · tpWeight and null the null detector's raw score (every window missed).
 *
 * How a file is scored, row by row (rows, not time: NAB scores by position in the file):
 * - rows before the probationary length (15% of the rows, at most 750) are ignored;
 * - inside a window, a detection at row i scores tpWeight · S(−(right − i + 1)/width) / S(−1), S the scaled
 *   sigmoid; only the best (the earliest) detection of a window counts; a window without one costs −fnWeight;
 * - outside windows, each detection costs fpWeight · S(|i − rightOfPrecedingWindow| / (widthOfIt − 1)),
 *   or −fpWeight when no window precedes it: a false alarm just after a window costs almost nothing.
 *
 * @module
 */
/** NAB's three application profiles, as in its `config/profiles.json`. */
export const NAB_PROFILES = Object.freeze({
    standard: { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 },
    reward_low_FP_rate: { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 },
    reward_low_FN_rate: { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 },
});
/** NAB's default probationary share of each file. */
export const NAB_PROBATION_PERCENT = 0.15;
/**
 * NAB's scaled sigmoid: 2·σ(−5x) − 1, and −1 from x ≥ 3 on. x = −1 (a window's first row) gives 0.98661,
 * x = 0 (just past its last row) 0, x = 1 −0.98661.
 *
 * @example
 * scaledSigmoid(-0.5); // 0.8482836399575131
 */
export function scaledSigmoid(relativePosition) {
    if (relativePosition >= 3.0)
        return -1.0;
    return 2 / (1 + Math.exp(5 * relativePosition)) - 1.0;
}
/**
 * Rows NAB ignores at the start of a file: min(⌊percent · rows⌋, percent · 5000), i.e. 15% capped at 750.
 *
 * @param percent default {@link NAB_PROBATION_PERCENT} (0.15)
 * @example
 * probationaryLength(4032); // 604
 */
export function probationaryLength(rows, percent = NAB_PROBATION_PERCENT) {
    return Math.min(Math.floor(percent * rows), percent * 5000);
}
/**
 * NAB's `calcSweepScore`: the score each row would get if it were a detection. Windows are row ranges,
 * sorted and not overlapping.
 *
 * @param probation rows ignored at the start; default {@link probationaryLength} of the row count
 * @example
 * sweepScores([0, 0, 1, 0, 0, 0, 0], [{ first: 1, last: 2 }], NAB_PROFILES.standard, 0)[2].sweepScore; // 0.8598
 */
export function sweepScores(anomalyScores, windows, cost, probation = probationaryLength(anomalyScores.length)) {
    const maxTP = scaledSigmoid(-1.0);
    const points = [];
    let w = 0; // next window to enter
    let current = null;
    let currentId = -1;
    let previous = null;
    for (let i = 0; i < anomalyScores.length; i++) {
        if (current === null && w < windows.length && i === windows[w].first) {
            current = windows[w];
            currentId = w;
            w++;
        }
        let sweepScore;
        if (current !== null) {
            const width = current.last - current.first + 1;
            sweepScore = (scaledSigmoid(-(current.last - i + 1) / width) * cost.tpWeight) / maxTP;
        }
        else {
            const position = previous === null ? 3.0 : Math.abs(previous.last - i) / (previous.last - previous.first + 1 - 1);
            sweepScore = scaledSigmoid(position) * cost.fpWeight;
        }
        points.push({
            index: i,
            anomalyScore: anomalyScores[i],
            sweepScore,
            window: i >= probation ? (current === null ? null : currentId) : 'probationary',
        });
        if (current !== null && i === current.last) {
            previous = current;
            current = null;
        }
    }
    return points;
}
/**
 * NAB's `calcScoreByThreshold`: scores at every distinct anomaly score, from 1.1 (nothing detected) down.
 * tp/tn/fp/fn count rows (not windows); the score counts each window once (its best detection, else
 * −fnWeight) plus every false positive's sweep score.
 *
 * @example
 * scoreByThreshold(sweepScores(scores, windows, NAB_PROFILES.standard), NAB_PROFILES.standard.fnWeight);
 */
export function scoreByThreshold(points, fnWeight) {
    // Stable sort by anomaly score, highest first (Python's sorted(..., reverse=True) keeps ties in order).
    const scorable = points
        .filter((p) => p.window !== 'probationary')
        .map((p, order) => ({ p, order }))
        .sort((a, b) => b.p.anomalyScore - a.p.anomalyScore || a.order - b.order)
        .map(({ p }) => p);
    const windowScore = new Map();
    for (const p of scorable)
        if (typeof p.window === 'number')
            windowScore.set(p.window, -fnWeight);
    let fpScore = 0;
    const total = () => {
        let s = fpScore;
        for (const v of windowScore.values())
            s += v;
        return s;
    };
    let tn = scorable.filter((p) => p.window === null).length;
    let fn = scorable.length - tn;
    let tp = 0;
    let fp = 0;
    let threshold = 1.1;
    const out = [];
    for (const p of scorable) {
        if (p.anomalyScore !== threshold) {
            out.push({ threshold, score: total(), tp, tn, fp, fn, total: tp + tn + fp + fn });
            threshold = p.anomalyScore;
        }
        if (p.window !== null) {
            tp++;
            fn--;
            const w = p.window;
            windowScore.set(w, Math.max(windowScore.get(w), p.sweepScore));
        }
        else {
            fp++;
            tn--;
            fpScore += p.sweepScore;
        }
    }
    out.push({ threshold, score: total(), tp, tn, fp, fn, total: tp + tn + fp + fn });
    return out;
}
/**
 * NAB's `scoreDataSet`: one file's raw score at a threshold (the row of {@link scoreByThreshold} for exactly
 * that threshold, or else for the lowest threshold above it). bandsim's anomaly scores are 0 or 1, so any
 * threshold in (0, 1] scores the alarm's transitions to ALARM as the detections.
 *
 * @param options.threshold default 1; options.probation default {@link probationaryLength} of the rows
 * @example
 * scoreFile([0, 0, 1, 0, 0, 0, 0], [{ first: 1, last: 2 }], NAB_PROFILES.standard, { probation: 0 }).score; // 0.8598
 */
export function scoreFile(anomalyScores, windows, cost, options = {}) {
    const threshold = options.threshold ?? 1;
    const byThreshold = scoreByThreshold(sweepScores(anomalyScores, windows, cost, options.probation), cost.fnWeight);
    let previous = null;
    for (const row of byThreshold) {
        if (row.threshold === threshold)
            return row;
        if (row.threshold < threshold)
            return previous ?? row;
        previous = row;
    }
    return byThreshold[byThreshold.length - 1];
}
/**
 * NAB's normalisation over a set of files: 100 · (raw − null) / (perfect − null).
 *
 * @param files per file: its raw score, its windows and how many of them lie at least partly after the probation
 * @example
 * normaliseScores([{ raw: 0.5, windows: 2, scorableWindows: 2 }], NAB_PROFILES.standard).normalised; // 62.5
 */
export function normaliseScores(files, cost) {
    let raw = 0;
    let nullScore = 0;
    let windows = 0;
    for (const f of files) {
        raw += f.raw;
        nullScore -= cost.fnWeight * f.scorableWindows;
        windows += f.windows;
    }
    const perfect = windows * cost.tpWeight;
    const normalised = perfect === nullScore ? 0 : (100 * (raw - nullScore)) / (perfect - nullScore);
    return { raw, null: nullScore, perfect, normalised };
}
/**
 * Windows that NAB scores in a file: those with at least one row at or after the probation.
 *
 * @example
 * scorableWindowCount([{ first: 10, last: 20 }], 604); // 0
 */
export function scorableWindowCount(windows, probation) {
    return windows.filter((w) => w.last >= probation).length;
}
