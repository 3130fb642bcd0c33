/**
 * The steps bandsim replays data on: CloudWatch's high-resolution periods of 1, 5, 10 and 30 seconds, and
 * whole minutes that divide a day (60, 120, 180, 240, 300, 360, 480, 540, 600, 720, 900, ... 86400 s), so
 * that a daily band's buckets are whole periods.
 */
export const REPLAY_STEPS = [
    1,
    5,
    10,
    30,
    ...Array.from({ length: 1440 }, (_, m) => (m + 1) * 60).filter((s) => 86_400 % s === 0),
];
/**
 * True when `seconds` is one of {@link REPLAY_STEPS}.
 *
 * @example
 * isReplayStep(600); // true
 * isReplayStep(420); // false: 7 minutes do not divide a day
 */
export function isReplayStep(seconds) {
    return REPLAY_STEPS.includes(seconds);
}
/**
 * Infers the step of replayed data: the most common gap between consecutive distinct timestamps (rounded to
 * whole seconds; on a tie the smaller gap), not the smallest, so one stray short gap does not put the data
 * on a grid that is mostly empty. If that gap is not one of {@link REPLAY_STEPS}, the step is the largest of
 * them below it (7-minute data is replayed on a 6-minute step).
 *
 * @param timesMs sorted, distinct timestamps (at least two)
 * @example
 * inferStep([0, 300_000, 600_000, 660_000, 960_000]); // { stepSeconds: 300, gapSeconds: 300, gapShare: 0.75 }
 */
export function inferStep(timesMs) {
    const counts = new Map();
    for (let i = 1; i < timesMs.length; i++) {
        const gap = Math.max(1, Math.round((timesMs[i] - timesMs[i - 1]) / 1000));
        counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
    let gapSeconds = 0;
    let best = 0;
    for (const [gap, count] of counts) {
        if (count > best || (count === best && gap < gapSeconds)) {
            gapSeconds = gap;
            best = count;
        }
    }
    let stepSeconds = REPLAY_STEPS[0];
    for (const s of REPLAY_STEPS)
        if (s <= gapSeconds)
            stepSeconds = s;
    return { stepSeconds, gapSeconds, gapShare: best / Math.max(1, timesMs.length - 1) };
}
/**
 * The replay steps, for messages.
 *
 * @example
 * describeSteps(); // '1, 5, 10, 30 or a multiple of 60 that divides a day (60, 120, 180, 240, 300, 360, 480, ..., 3600, ..., 86400)'
 */
export function describeSteps() {
    return `1, 5, 10, 30 or a multiple of 60 that divides a day (${REPLAY_STEPS.filter((s) => s >= 60 && s <= 3600).join(', ')}, ..., 86400)`;
}
