import { randomNormal } from '../random/normal.js';
import { MINUTE_MS } from '../core/time.js';
import { DEFAULT_SKYLINE_OPTIONS } from './options.js';
/**
 * CPU % per minute of one run of the script: the New York skyline from the Battery northwards
 * (One World Trade Center at minute 4, the Empire State Building at minute 11, the Chrysler Building at 13).
 */
export const NYC_SKYLINE = [
    14, 32, 24, 50, 92, 44, 30, 20, 36, 56, 34, 84, 48, 66, 40, 22,
];
/**
 * A CPU-like trace: low noisy idle, plus one skyline-shaped burst each time the script runs.
 *
 * - `loop`: run, sleep `sleepMinutes`, run again: the period is runtime + sleep (46 minutes with the
 *   default 16-minute skyline and 30 minutes' sleep), which is not hourly, daily or weekly.
 * - `cron`: a run starts at every UTC clock time that is a multiple of `intervalMinutes`
 *   (60: every hour on the hour; 120: every even hour). A run never starts while the previous one runs.
 *
 * Values are clamped to [0, 100]. Returns the noise-only baseline and the runs' index ranges too.
 *
 * @example
 * generateSkyline(rng, { startMs, length: 1440, cadence: [{ fromMinute: 0, mode: 'cron', intervalMinutes: 60 }] });
 */
export function generateSkyline(rng, options) {
    const heights = options.heights ?? NYC_SKYLINE;
    const baselinePercent = options.baselinePercent ?? DEFAULT_SKYLINE_OPTIONS.baselinePercent;
    const noisePercent = options.noisePercent ?? DEFAULT_SKYLINE_OPTIONS.noisePercent;
    const runJitter = options.runJitter ?? DEFAULT_SKYLINE_OPTIONS.runJitter;
    const n = options.length;
    const baseline = new Float64Array(n);
    for (let i = 0; i < n; i++)
        baseline[i] = clampPercent(baselinePercent + noisePercent * randomNormal(rng));
    const runs = scheduleRuns(options.startMs, n, heights.length, options.cadence);
    const values = Float64Array.from(baseline);
    for (const run of runs) {
        const scale = 1 + runJitter * randomNormal(rng);
        for (let i = run.start; i < run.end; i++) {
            values[i] = clampPercent(baseline[i] + heights[i - run.start] * scale);
        }
    }
    return { series: { startMs: options.startMs, stepSeconds: 60, values }, baseline, runs };
}
function scheduleRuns(startMs, n, runtime, cadence) {
    const runs = [];
    let busyUntil = 0;
    for (let p = 0; p < cadence.length; p++) {
        const phase = cadence[p];
        const phaseEnd = Math.min(n, p + 1 < cadence.length ? cadence[p + 1].fromMinute : n);
        let t = Math.max(phase.fromMinute, busyUntil);
        while (t < phaseEnd) {
            let start = t;
            if (phase.mode === 'cron') {
                const clockMinute = Math.round(startMs / MINUTE_MS) + t;
                const offset = ((clockMinute % phase.intervalMinutes) + phase.intervalMinutes) % phase.intervalMinutes;
                start = offset === 0 ? t : t + phase.intervalMinutes - offset;
                if (start >= phaseEnd)
                    break;
            }
            const end = Math.min(n, start + runtime);
            runs.push({ start, end });
            busyUntil = end;
            t = phase.mode === 'loop' ? end + phase.sleepMinutes : Math.max(end, start + phase.intervalMinutes);
        }
    }
    return runs;
}
function clampPercent(x) {
    return x < 0 ? 0 : x > 100 ? 100 : x;
}
