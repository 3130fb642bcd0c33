import { type Seasonality } from '../band/seasonality.js';
import type { BandAlarm } from '../scenario/parseScenario.js';
import { type Statistic, type TreatMissingData } from '../core/alarmTerms.js';
/** The band and alarm options a tune sweep varies; every combination is one setting. */
export interface TuneGrid {
    k: number[];
    seasonality: Array<Seasonality | 'auto'>;
    sigma: Array<'perBucket' | 'pooled'>;
    /** `[M, N]`: DatapointsToAlarm of EvaluationPeriods. */
    mOfN: Array<[number, number]>;
    trainingDays: number[];
    periodSeconds: number[];
    statistic: Statistic[];
    treatMissingData: TreatMissingData[];
}
/** One point of the grid: a complete band alarm setting. */
export interface TuneSetting {
    k: number;
    seasonality: Seasonality | 'auto';
    sigma: 'perBucket' | 'pooled';
    datapointsToAlarm: number;
    evaluationPeriods: number;
    trainingDays: number;
    periodSeconds: number;
    statistic: Statistic;
    treatMissingData: TreatMissingData;
}
/**
 * The default grid around a scenario's band alarm: k ∈ {2, 3, 4, 5}, the given seasonalities (default none,
 * hourly, daily, weekly; `tune` passes the ones the period check found learnable), σ per bucket and pooled,
 * and 1 of 1, 3 of 3 and 3 of 5. Training days, period, statistic and TreatMissingData stay the alarm's own.
 * Kept modest (at most 96 settings, 32 distinct bands) so that a default sweep finishes in minutes; widen it
 * with flags or a grid file.
 *
 * @example
 * defaultGrid(scenario.alarms[0]).k; // [2, 3, 4, 5]
 */
export declare function defaultGrid(base: BandAlarm, seasonalities?: Array<Seasonality | 'auto'>): TuneGrid;
/** Every setting of a grid, in grid order (k varies fastest, then seasonality, σ, M of N, ...). */
export declare function expandGrid(grid: TuneGrid): TuneSetting[];
/**
 * A short readable name of a setting, unique within a grid:
 * `k=2.5 daily perBucket 3/3` plus the period, statistic, training days and TreatMissingData when they differ
 * from the base alarm's.
 *
 * @example
 * settingLabel(setting, base); // 'k=3 hourly pooled 2/3'
 */
export declare function settingLabel(setting: TuneSetting, base: BandAlarm): string;
/**
 * A mistake in what the user asked tune to do (grid, goals, a setting the band cannot have): reported as
 * a message, exit code 2.
 *
 * @example
 * throw new TuneInputError('--k: "x" is not a positive number');
 */
export declare class TuneInputError extends Error {
    constructor(message: string);
}
/**
 * Orders settings from simpler to more complex, for breaking ties between settings that measure the same.
 * "Simpler" means, in this order: a season with fewer buckets (none < hourly < daily < weekly < auto, so fewer
 * learned parameters); one pooled σ before a σ per bucket; a shorter evaluation (smaller N, then smaller M);
 * k closer to CloudWatch's default 2 (the least surprising band). Negative when `a` is simpler.
 *
 * @example
 * settings.sort(compareSimplicity); // the simplest first
 */
export declare function compareSimplicity(a: TuneSetting, b: TuneSetting): number;
/**
 * The band alarm of a setting: the base alarm with the setting's options. The bucket width is the base
 * alarm's for its own seasonality, else the seasonality's default, fitted to the setting's period (the
 * smallest whole number of periods of at least that width that divides the season).
 *
 * @throws Error naming the setting when the bucket layout is impossible (e.g. a period longer than an hour for
 *   hourly buckets)
 * @example
 * settingAlarm(setting, base, 'k=3 daily pooled 3/3');
 */
export declare function settingAlarm(setting: TuneSetting, base: BandAlarm, name: string): BandAlarm;
/**
 * Reads grid dimensions from text lists (command-line flags or a grid file's strings), each a comma-separated
 * list: `k` numbers, `seasonality` names, `sigma` perBucket/pooled, `m-of-n` as `M/N`, `training-days`,
 * `period` seconds, `statistic`, `treat-missing-data`. Dimensions not given keep `defaults`.
 *
 * @param where names the source in error messages (`--k` or `grid.json: k`)
 * @throws Error naming the dimension and the bad value
 * @example
 * parseGridLists({ k: '1.5,2,3', 'm-of-n': '2/3,3/3' }, defaultGrid(base), (d) => `--${d}`);
 */
export declare function parseGridLists(lists: Partial<Record<GridDimension, string>>, defaults: TuneGrid, where: (dimension: GridDimension) => string): TuneGrid;
/** The names of the grid's dimensions, as flags (`--k`) and as fields of a grid file. */
export declare const GRID_DIMENSIONS: readonly ["k", "seasonality", "sigma", "m-of-n", "training-days", "period", "statistic", "treat-missing-data"];
/** One of {@link GRID_DIMENSIONS}, e.g. `'m-of-n'`. */
export type GridDimension = (typeof GRID_DIMENSIONS)[number];
