import type { Rng } from '../random/rng.js';
import type { GeneratedSeries } from '../core/series.js';
import { type SkylineSettings } from './options.js';
/**
 * CPU % per minute of one run of the script: the New York skyline from the Battery northwards
 * (One World Trade Center at minute 4, the Empire State Building at minute 11, the Chrysler Building at 13).
 */
export declare const NYC_SKYLINE: readonly number[];
/** One phase of the script's schedule, starting at `fromMinute` after the series start. */
export type CadencePhase = {
    fromMinute: number;
    mode: 'loop';
    sleepMinutes: number;
} | {
    fromMinute: number;
    mode: 'cron';
    intervalMinutes: number;
};
/**
 * Options of {@link generateSkyline}: the grid, the schedule, and any of the skyline settings (documented on
 * the series schema; defaults {@link DEFAULT_SKYLINE_OPTIONS}, heights {@link NYC_SKYLINE}).
 */
export interface SkylineOptions extends Partial<Omit<SkylineSettings, 'heights'>> {
    startMs: number;
    /** Number of one-minute samples. */
    length: number;
    /** The schedule; phases sorted by `fromMinute`, the first at 0. */
    cadence: CadencePhase[];
    /** CPU % per minute of a run; default {@link NYC_SKYLINE}. */
    heights?: readonly number[];
}
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
export declare function generateSkyline(rng: Rng, options: SkylineOptions): GeneratedSeries;
