import type { Rng } from '../random/rng.js';
import type { GeneratedSeries } from '../core/series.js';
import { type CoconutSettings } from './options.js';
/**
 * Share of the peak order rate at each UTC hour 0..23 (a shop whose customers sleep at night and buy
 * most around lunch and in the evening): 10% of peak at 3–4 a.m., 100% at noon.
 */
export declare const COCONUT_DAILY_SHAPE: readonly number[];
/** Factor of each weekday, Monday first: busier Friday, quieter weekend. */
export declare const COCONUT_WEEKLY_SHAPE: readonly number[];
/**
 * Options of {@link generateCoconut}: the grid, and any of the coconut settings (documented on the series
 * schema; defaults {@link DEFAULT_COCONUT_OPTIONS}, the built-in shop, and the shapes below).
 */
export interface CoconutOptions extends Partial<Omit<CoconutSettings, 'dailyShape' | 'weeklyShape'>> {
    startMs: number;
    /** Number of samples. */
    length: number;
    /** Seconds per sample; default 60 (DEFAULT_STEP_SECONDS: orders per minute). */
    stepSeconds?: number;
    /** Share of the peak at each UTC hour 0..23; default {@link COCONUT_DAILY_SHAPE}. */
    dailyShape?: readonly number[];
    /** Factor per weekday, Monday first; default {@link COCONUT_WEEKLY_SHAPE}. */
    weeklyShape?: readonly number[];
}
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
export declare function generateCoconut(rng: Rng, options: CoconutOptions): GeneratedSeries;
/** The daily shape at a fractional UTC hour, cosine-interpolated between whole hours. */
export declare function dailyShapeAt(shape: readonly number[], hour: number): number;
