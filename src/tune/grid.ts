import { isStatistic } from '../alarm/aggregate.js';
import type { BandOptions } from '../band/seasonalBand.js';
import { bucketLayout, fitBucketMinutes, SEASONALITIES, SEASONALITY_CHOICES, type Seasonality } from '../band/seasonality.js';
import type { BandAlarm } from '../scenario/parseScenario.js';
import { TREATMENTS, type Statistic, type TreatMissingData } from '../core/alarmTerms.js';
import { SIGMA_KINDS } from '../band/options.js';

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
export function defaultGrid(base: BandAlarm, seasonalities: Array<Seasonality | 'auto'> = [...SEASONALITIES]): TuneGrid {
  return {
    k: [2, 3, 4, 5],
    seasonality: seasonalities,
    sigma: [...SIGMA_KINDS],
    mOfN: [
      [1, 1],
      [3, 3],
      [3, 5],
    ],
    trainingDays: [base.band.trainingDays],
    periodSeconds: [base.periodSeconds],
    statistic: [base.statistic],
    treatMissingData: [base.treatMissingData],
  };
}

/** Every setting of a grid, in grid order (k varies fastest, then seasonality, σ, M of N, ...). */
export function expandGrid(grid: TuneGrid): TuneSetting[] {
  const settings: TuneSetting[] = [];
  for (const treatMissingData of grid.treatMissingData)
    for (const statistic of grid.statistic)
      for (const periodSeconds of grid.periodSeconds)
        for (const trainingDays of grid.trainingDays)
          for (const [datapointsToAlarm, evaluationPeriods] of grid.mOfN)
            for (const sigma of grid.sigma)
              for (const seasonality of grid.seasonality)
                for (const k of grid.k)
                  settings.push({ k, seasonality, sigma, datapointsToAlarm, evaluationPeriods, trainingDays, periodSeconds, statistic, treatMissingData });
  return settings;
}

/**
 * A short readable name of a setting, unique within a grid:
 * `k=2.5 daily perBucket 3/3` plus the period, statistic, training days and TreatMissingData when they differ
 * from the base alarm's.
 *
 * @example
 * settingLabel(setting, base); // 'k=3 hourly pooled 2/3'
 */
export function settingLabel(setting: TuneSetting, base: BandAlarm): string {
  const parts = [`k=${setting.k}`, setting.seasonality, setting.sigma, `${setting.datapointsToAlarm}/${setting.evaluationPeriods}`];
  if (setting.periodSeconds !== base.periodSeconds) parts.push(`${setting.periodSeconds}s`);
  if (setting.statistic !== base.statistic) parts.push(setting.statistic);
  if (setting.trainingDays !== base.band.trainingDays) parts.push(`${setting.trainingDays}d`);
  if (setting.treatMissingData !== base.treatMissingData) parts.push(`missing=${setting.treatMissingData}`);
  return parts.join(' ');
}

/**
 * A mistake in what the user asked tune to do (grid, goals, a setting the band cannot have): reported as
 * a message, exit code 2.
 *
 * @example
 * throw new TuneInputError('--k: "x" is not a positive number');
 */
export class TuneInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TuneInputError';
  }
}

const SEASONALITY_RANK: Record<Seasonality | 'auto', number> = { none: 0, hourly: 1, daily: 2, weekly: 3, auto: 4 };

/**
 * Orders settings from simpler to more complex, for breaking ties between settings that measure the same.
 * "Simpler" means, in this order: a season with fewer buckets (none < hourly < daily < weekly < auto, so fewer
 * learned parameters); one pooled σ before a σ per bucket; a shorter evaluation (smaller N, then smaller M);
 * k closer to CloudWatch's default 2 (the least surprising band). Negative when `a` is simpler.
 *
 * @example
 * settings.sort(compareSimplicity); // the simplest first
 */
export function compareSimplicity(a: TuneSetting, b: TuneSetting): number {
  return (
    SEASONALITY_RANK[a.seasonality] - SEASONALITY_RANK[b.seasonality] ||
    (a.sigma === 'pooled' ? 0 : 1) - (b.sigma === 'pooled' ? 0 : 1) ||
    a.evaluationPeriods - b.evaluationPeriods ||
    a.datapointsToAlarm - b.datapointsToAlarm ||
    Math.abs(a.k - 2) - Math.abs(b.k - 2) ||
    a.k - b.k
  );
}

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
export function settingAlarm(setting: TuneSetting, base: BandAlarm, name: string): BandAlarm {
  const band: BandOptions = { ...base.band, k: setting.k, seasonality: setting.seasonality, sigma: setting.sigma, trainingDays: setting.trainingDays };
  if (setting.seasonality !== base.band.seasonality) delete band.bucketMinutes;
  if (setting.seasonality !== 'auto') {
    // The base alarm's bucket if it is whole periods of this setting and divides its season, else the
    // smallest that is and does (a 15-minute bucket becomes 20 minutes for 10-minute periods).
    const bucketMinutes = fittedBucket(band.bucketMinutes, setting.seasonality, setting.periodSeconds);
    try {
      const layout = bucketLayout(setting.seasonality, bucketMinutes, setting.periodSeconds);
      if (setting.trainingDays * 86_400_000 < layout.seasonMs) throw new TuneInputError(`${setting.trainingDays} training days are shorter than one ${setting.seasonality} season`);
    } catch (error) {
      throw new TuneInputError(`setting "${name}": ${(error as Error).message.replace(/^band: /, '')}`);
    }
    if (band.bucketMinutes !== undefined) band.bucketMinutes = bucketMinutes;
  }
  return {
    ...base,
    name,
    periodSeconds: setting.periodSeconds,
    statistic: setting.statistic,
    evaluationPeriods: setting.evaluationPeriods,
    datapointsToAlarm: setting.datapointsToAlarm,
    treatMissingData: setting.treatMissingData,
    band,
  };
}

/** The given bucket if it fits the period and season, else the smallest fitting one of at least its width. */
function fittedBucket(given: number | undefined, seasonality: Seasonality, periodSeconds: number): number {
  if (given === undefined) return fitBucketMinutes(seasonality, periodSeconds);
  try {
    bucketLayout(seasonality, given, periodSeconds);
    return given;
  } catch {
    return fitBucketMinutes(seasonality, periodSeconds, given);
  }
}

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
export function parseGridLists(lists: Partial<Record<GridDimension, string>>, defaults: TuneGrid, where: (dimension: GridDimension) => string): TuneGrid {
  const grid: TuneGrid = { ...defaults };
  const items = (dimension: GridDimension): string[] | null => {
    const text = lists[dimension];
    return text === undefined ? null : listItems(text, where(dimension));
  };
  const numbers = (dimension: GridDimension, ok: (x: number) => boolean, rule: string) =>
    items(dimension)?.map((p) => {
      const x = Number(p);
      if (!Number.isFinite(x) || !ok(x)) throw new TuneInputError(`${where(dimension)}: "${p}" is not ${rule}`);
      return x;
    }) ?? null;
  const oneOf = <T extends string>(dimension: GridDimension, allowed: readonly T[]) => {
    const parts = items(dimension);
    return parts && listOneOf(parts, allowed, where(dimension));
  };
  grid.k = numbers('k', (x) => x > 0, 'a positive number') ?? grid.k;
  grid.seasonality = oneOf('seasonality', SEASONALITY_CHOICES) ?? grid.seasonality;
  grid.sigma = oneOf('sigma', SIGMA_KINDS) ?? grid.sigma;
  grid.treatMissingData = oneOf('treat-missing-data', TREATMENTS) ?? grid.treatMissingData;
  grid.trainingDays = numbers('training-days', (x) => x > 0, 'a positive number of days') ?? grid.trainingDays;
  grid.periodSeconds = numbers('period', (x) => Number.isInteger(x) && x >= 10, 'a whole number of seconds ≥ 10') ?? grid.periodSeconds;
  const statistics = items('statistic');
  grid.statistic = statistics ? listStatistics(statistics, where('statistic')) : grid.statistic;
  const mOfN = items('m-of-n');
  grid.mOfN = mOfN ? listMOfN(mOfN, where('m-of-n')) : grid.mOfN;
  return grid;
}

/**
 * A grid dimension's comma-separated values, trimmed, each once; an empty item is an error naming `where`.
 *
 * @example
 * listItems('2, 3,3', '--k'); // ['2', '3']
 */
export function listItems(text: string, where: string): string[] {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.some((p) => p === '')) throw new TuneInputError(`${where}: give a comma-separated list, not "${text}"`);
  return [...new Set(parts)];
}

/**
 * Values that must each be one of `allowed`.
 *
 * @example
 * listOneOf(['missing'], TREATMENTS, '--treat-missing-data'); // ['missing']
 */
export function listOneOf<T extends string>(parts: readonly string[], allowed: readonly T[], where: string): T[] {
  return parts.map((p) => {
    if (!(allowed as readonly string[]).includes(p)) throw new TuneInputError(`${where}: "${p}" is not one of ${allowed.join(', ')}`);
    return p as T;
  });
}

/**
 * CloudWatch statistics (Average, …, p99).
 *
 * @example
 * listStatistics(['Average', 'p99'], '--statistic');
 */
export function listStatistics(parts: readonly string[], where: string): Statistic[] {
  return parts.map((p) => {
    if (!isStatistic(p)) throw new TuneInputError(`${where}: "${p}" is not Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99`);
    return p;
  });
}

/**
 * `M/N` pairs, 1 ≤ M ≤ N ≤ 100, as [M, N].
 *
 * @example
 * listMOfN(['2/3'], '--m-of-n'); // [[2, 3]]
 */
export function listMOfN(parts: readonly string[], where: string): Array<[number, number]> {
  return parts.map((p) => {
    const m = /^(\d+)\/(\d+)$/.exec(p);
    const [M, N] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    if (!m || M < 1 || N < M || N > 100) throw new TuneInputError(`${where}: "${p}" is not M/N with 1 ≤ M ≤ N ≤ 100`);
    return [M, N] as [number, number];
  });
}

/** The names of the grid's dimensions, as flags (`--k`) and as fields of a grid file. */
export const GRID_DIMENSIONS = ['k', 'seasonality', 'sigma', 'm-of-n', 'training-days', 'period', 'statistic', 'treat-missing-data'] as const;
/** One of {@link GRID_DIMENSIONS}, e.g. `'m-of-n'`. */
export type GridDimension = (typeof GRID_DIMENSIONS)[number];
