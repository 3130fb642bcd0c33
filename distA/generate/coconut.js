import { randomNormal } from '../random/normal.js';
import { randomPoisson } from '../random/poisson.js';
import { DAY_MS, HOUR_MS } from '../core/time.js';
import { DEFAULT_COCONUT_OPTIONS, DEFAULT_STEP_SECONDS } from './options.js';
/**
 * Share of the peak order rate at each UTC hour 0..23 (a shop whose customers sleep at night and buy
 * most around lunch and in the evening): 10% of peak at 3–4 a.m., 100% at noon.
 */
export const COCONUT_DAILY_SHAPE = [
    0.22, 0.15, 0.11, 0.1, 0.1, 0.12, 0.2, 0.35, 0.55, 0.7, 0.82, 0.95,
    1.0, 0.97, 0.9, 0.85, 0.83, 0.85, 0.9, 0.95, 0.88, 0.7, 0.5, 0.33,
];
/** Factor of each weekday, Monday first: busier Friday, quieter weekend. */
export const COCONUT_WEEKLY_SHAPE = [1, 1, 1, 1.02, 1.08, 0.85, 0.75];
/**
 * Orders per step of an online shop.
 *
 * Model: `rate(t) = peak · daily(t) · weekly(t) · exp(day(t) + wander(t))` and the count is
 * Poisson(rate · step/60). `daily` interpolates the hourly shape with a cosine between hours; `day` is an
 * AR(1) across days (sd `daySd`, correlation `dayCorrelation`); `wander` is an AR(1) across samples with
 * correlation time `intradayMinutes` and stationary sd `intradaySd`. Without `day` and `wander` the counts
 * would be pure Poisson and a learned band unrealistically narrow (±2·√3000 ≈ ±3.7% at peak).
 *
 * @example
 * generateCoconut(rng, { startMs: Date.UTC(2026, 0, 5), length: 14 * 1440 });
 */
export function generateCoconut(rng, options) {
    const defaults = DEFAULT_COCONUT_OPTIONS;
    const stepSeconds = options.stepSeconds ?? DEFAULT_STEP_SECONDS;
    const peak = options.peakPerMinute ?? defaults.peakPerMinute;
    const dailyShape = options.dailyShape ?? COCONUT_DAILY_SHAPE;
    const weeklyShape = options.weeklyShape ?? COCONUT_WEEKLY_SHAPE;
    const daySd = options.daySd ?? defaults.daySd;
    const phiDay = options.dayCorrelation ?? defaults.dayCorrelation;
    const intradaySd = options.intradaySd ?? defaults.intradaySd;
    const phiWander = Math.exp(-stepSeconds / 60 / (options.intradayMinutes ?? defaults.intradayMinutes));
    const n = options.length;
    const stepMs = stepSeconds * 1000;
    const firstDay = Math.floor(options.startMs / DAY_MS);
    const days = Math.floor((options.startMs + n * stepMs - 1) / DAY_MS) - firstDay + 1;
    const dayLevel = new Float64Array(days);
    let level = daySd * randomNormal(rng);
    for (let d = 0; d < days; d++) {
        if (d > 0)
            level = phiDay * level + Math.sqrt(1 - phiDay * phiDay) * daySd * randomNormal(rng);
        dayLevel[d] = level;
    }
    const values = new Float64Array(n);
    // peak · daily(t) repeats every day: computed once per time of day when the step divides a day (the same
    // product as in the formula below, so the same bits).
    const perDay = DAY_MS / stepMs;
    const peakShape = Number.isInteger(perDay) ? new Float64Array(perDay).fill(Number.NaN) : null;
    let wander = intradaySd * randomNormal(rng);
    const wanderStep = Math.sqrt(1 - phiWander * phiWander) * intradaySd;
    for (let i = 0; i < n; i++) {
        const t = options.startMs + i * stepMs;
        if (i > 0)
            wander = phiWander * wander + wanderStep * randomNormal(rng);
        const dayIndex = Math.floor(t / DAY_MS);
        const weekday = (dayIndex + 3) % 7; // 1970-01-01 was a Thursday: Monday = 0
        const intoDay = t - dayIndex * DAY_MS;
        let peakAt = peakShape === null ? Number.NaN : peakShape[Math.floor(intoDay / stepMs)];
        if (peakAt !== peakAt) {
            peakAt = peak * dailyShapeAt(dailyShape, intoDay / HOUR_MS);
            if (peakShape !== null)
                peakShape[Math.floor(intoDay / stepMs)] = peakAt;
        }
        const rate = peakAt *
            weeklyShape[weekday] *
            Math.exp(dayLevel[dayIndex - firstDay] + wander) *
            (stepSeconds / 60);
        values[i] = randomPoisson(rng, rate);
    }
    return { series: { startMs: options.startMs, stepSeconds, values } };
}
/** The daily shape at a fractional UTC hour, cosine-interpolated between whole hours. */
export function dailyShapeAt(shape, hour) {
    const h0 = Math.floor(hour) % 24;
    const h1 = (h0 + 1) % 24;
    const f = hour - Math.floor(hour);
    const w = (1 - Math.cos(Math.PI * f)) / 2;
    return shape[h0] * (1 - w) + shape[h1] * w;
}
