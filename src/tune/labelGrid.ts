import { alarmSchema } from '../alarm/options.js';
import { BAND_MODELS, bandOptionsSchema, optionsIgnoredBy, type BandModel, type BandOptions } from '../band/options.js';
import { BAND_COMPARISONS, TREATMENTS, type Statistic, type TreatMissingData } from '../core/alarmTerms.js';
import type { BandComparison } from '../alarm/classify.js';
import type { DetectOptions } from '../detect/detect.js';
import { listItems, listMOfN, listOneOf, listStatistics, TuneInputError } from './grid.js';

/**
 * The grid of `tune --labels`: alarm dimensions, and any band option as a list of values. Every band
 * combination is checked by the band's own schema ({@link bandOptionsSchema}), so a band option added there
 * (a band `model`, a minimum σ) is a grid dimension of a grid file at once, and a command-line flag with one
 * line in {@link LABEL_GRID_BAND_FLAGS}.
 */
export interface LabelGrid {
  /** Alarm periods, seconds. */
  periodSeconds: number[];
  statistic: Statistic[];
  /** `[M, N]`: DatapointsToAlarm of EvaluationPeriods. */
  mOfN: Array<[number, number]>;
  treatMissingData: TreatMissingData[];
  comparison: BandComparison[];
  /** Band option → the values to try (BandOptions field names, e.g. `k`, `seasonality`, `bucketMinutes`). */
  band: Record<string, unknown[]>;
}

/**
 * The band options the command line sets, flag → BandOptions field and how its values are read. A band option
 * added to the band's schema becomes a flag with one line here (e.g. `model: ['model', 'text']`).
 */
export const LABEL_GRID_BAND_FLAGS: Readonly<Record<string, readonly [field: string, kind: 'number' | 'text']>> = Object.freeze({
  k: ['k', 'number'],
  seasonality: ['seasonality', 'text'],
  sigma: ['sigma', 'text'],
  'training-days': ['trainingDays', 'number'],
  'bucket-minutes': ['bucketMinutes', 'number'],
  'min-seasons': ['minSeasons', 'number'],
  'clamp-lower': ['clampLower', 'number'],
  model: ['model', 'text'],
  'half-life-days': ['halfLifeDays', 'number'],
  'window-minutes': ['windowMinutes', 'number'],
});

/** The alarm dimensions' flags (`--period 300,3600`, `--m-of-n 1/1,3/3`, ...). */
export const LABEL_GRID_ALARM_FLAGS = Object.freeze(['period', 'statistic', 'm-of-n', 'treat-missing-data', 'comparison'] as const);

/**
 * The default grid of `tune --labels`: 5-minute and hourly periods, Average, k ∈ {1.5, 2, 2.5, 3, 4}, seasonality
 * none, daily or weekly, σ per bucket or pooled, 1 of 1, 2 of 3 and 3 of 3, 14 training days: 180 settings.
 *
 * @example
 * expandLabelGrid(defaultLabelGrid()).length; // 180
 */
export function defaultLabelGrid(): LabelGrid {
  return {
    periodSeconds: [300, 3600],
    statistic: ['Average'],
    mOfN: [
      [1, 1],
      [2, 3],
      [3, 3],
    ],
    treatMissingData: ['missing'],
    comparison: ['LessThanLowerOrGreaterThanUpperThreshold'],
    band: { k: [1.5, 2, 2.5, 3, 4], seasonality: ['none', 'daily', 'weekly'], sigma: ['perBucket', 'pooled'] },
  };
}

/** One setting of a label grid: the detect options and a short name. */
export interface LabelSetting {
  /** e.g. `3600s Average 3/3 k=2 seasonality=daily sigma=pooled`. */
  label: string;
  options: DetectOptions;
}

/**
 * Every setting of a grid, in grid order (the band's first option varies fastest, the period slowest). A
 * combination the band's schema refuses is an error naming the values, and so is a setting the alarm schema
 * and its rules refuse as a band alarm (`alarmSchema`, which `detect --settings` reads chosen.json with: e.g.
 * evaluationPeriods × periodSeconds over a day, a period under 10 s, buckets that do not fit the period): a grid
 * is the user's input, and every setting of it could be the chosen one.
 *
 * @throws TuneInputError naming the combination or setting, the field and the schema's message
 * @example
 * expandLabelGrid(defaultLabelGrid())[0].label; // '300s Average 1/1 k=1.5 seasonality=none sigma=perBucket'
 */
export function expandLabelGrid(grid: LabelGrid): LabelSetting[] {
  const keys = Object.keys(grid.band);
  const bands = cartesian(keys.map((key) => grid.band[key])).map((values) => Object.fromEntries(keys.map((key, i) => [key, values[i]])));
  // With several models in a grid, an option that only some models read (halfLifeDays, windowMinutes, pooled σ,
  // seasonality) is dropped where it does not apply, and the settings that then repeat one another are kept once.
  const modelGrid = keys.includes('model');
  const seen = new Set<string>();
  const parsedBands: Array<{ raw: Record<string, unknown>; band: BandOptions }> = [];
  for (const combination of bands) {
    let raw = combination;
    if (modelGrid && BAND_MODELS.includes(raw.model as BandModel)) {
      const ignored = optionsIgnoredBy(raw.model as BandModel);
      if (raw.model !== 'seasonal' && raw.sigma === 'pooled') continue; // its per-bucket combination stands for it
      raw = Object.fromEntries(Object.entries(raw).filter(([key]) => !ignored.includes(key)));
      const key = JSON.stringify(raw);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const parsed = bandOptionsSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TuneInputError(`grid band ${JSON.stringify(raw)}: ${issue.path.join('.')}: ${issue.message}`);
    }
    parsedBands.push({ raw, band: parsed.data as BandOptions });
  }
  const settings: LabelSetting[] = [];
  for (const periodSeconds of grid.periodSeconds)
    for (const statistic of grid.statistic)
      for (const comparison of grid.comparison)
        for (const treatMissingData of grid.treatMissingData)
          for (const [datapointsToAlarm, evaluationPeriods] of grid.mOfN)
            for (const { raw, band } of parsedBands) {
              const parts = [`${periodSeconds}s`, statistic, `${datapointsToAlarm}/${evaluationPeriods}`];
              if (grid.comparison.length > 1) parts.push(comparison);
              if (grid.treatMissingData.length > 1) parts.push(`missing=${treatMissingData}`);
              for (const key of keys) if (grid.band[key].length > 1 && key in raw) parts.push(`${key}=${typeof raw[key] === 'object' ? JSON.stringify(raw[key]) : raw[key]}`);
              const setting: LabelSetting = {
                label: parts.join(' '),
                options: { periodSeconds, statistic, comparison, band, evaluationPeriods, datapointsToAlarm, treatMissingData },
              };
              // Every setting is an alarm `detect --settings` must accept as chosen.json: the alarm schema and
              // its rules (e.g. evaluationPeriods × periodSeconds at most a day, the band's buckets on the period).
              const alarm = alarmSchema.safeParse(settingAlarmConfig(setting));
              if (!alarm.success) {
                const issue = alarm.error.issues[0];
                throw new TuneInputError(`grid setting "${setting.label}": ${issue.path.join('.') || 'alarm'}: ${issue.message}`);
              }
              settings.push(setting);
            }
  return settings;
}

/** Every combination of one value per list, the first list varying fastest. */
function cartesian(lists: unknown[][]): unknown[][] {
  let out: unknown[][] = [[]];
  for (let l = lists.length - 1; l >= 0; l--) out = out.flatMap((rest) => lists[l].map((value) => [value, ...rest]));
  return out;
}

/**
 * Reads a label grid from a JSON grid file's object and command-line lists (flags win per dimension). A grid
 * file holds `period`, `statistic`, `m-of-n`, `treat-missing-data`, `comparison` as lists, and `band`: an object
 * of band option → list of values (any field of the band's schema, e.g. `{"k": [2, 3], "bucketMinutes": [15, 60]}`).
 *
 * @param flags comma-separated lists by flag name (`k`, `period`, `m-of-n`, ...)
 * @param file the grid file's parsed JSON, or null; `where` names it in messages
 * @throws TuneInputError naming the flag or field and the value
 * @example
 * readLabelGrid({ k: '2,3', period: '3600' }, null, '');
 */
export function readLabelGrid(flags: Record<string, string | undefined>, file: unknown, where: string): LabelGrid {
  const grid = defaultLabelGrid();
  if (file !== null && file !== undefined) {
    if (typeof file !== 'object' || Array.isArray(file)) throw new TuneInputError(`${where}: a grid file is a JSON object such as {"period": [300], "band": {"k": [2, 3]}}`);
    for (const [key, value] of Object.entries(file as Record<string, unknown>)) {
      if (key === 'band') {
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TuneInputError(`${where}: band: an object of band option → list of values`);
        grid.band = {};
        for (const [option, values] of Object.entries(value as Record<string, unknown>)) {
          if (!Array.isArray(values) || values.length === 0) throw new TuneInputError(`${where}: band.${option}: give a non-empty list of values`);
          grid.band[option] = [...new Set(values)];
        }
      } else if ((LABEL_GRID_ALARM_FLAGS as readonly string[]).includes(key)) {
        const list = Array.isArray(value) ? value.map(String).join(',') : typeof value === 'string' || typeof value === 'number' ? String(value) : null;
        if (list === null) throw new TuneInputError(`${where}: ${key}: give a list or a comma-separated string`);
        setAlarmDimension(grid, key, list, `${where}: ${key}`);
      } else {
        throw new TuneInputError(`${where}: unknown field "${key}" (fields: ${[...LABEL_GRID_ALARM_FLAGS, 'band'].join(', ')})`);
      }
    }
  }
  for (const flag of LABEL_GRID_ALARM_FLAGS) if (flags[flag] !== undefined) setAlarmDimension(grid, flag, flags[flag]!, `--${flag}`);
  for (const [flag, [field, kind]] of Object.entries(LABEL_GRID_BAND_FLAGS)) {
    const text = flags[flag];
    if (text === undefined) continue;
    grid.band[field] = listItems(text, `--${flag}`).map((p) => {
      if (kind === 'text') return p;
      const x = Number(p);
      if (!Number.isFinite(x)) throw new TuneInputError(`--${flag}: "${p}" is not a number`);
      return x;
    });
  }
  return grid;
}

function setAlarmDimension(grid: LabelGrid, key: string, text: string, where: string): void {
  const parts = listItems(text, where);
  if (key === 'period') {
    grid.periodSeconds = parts.map((p) => {
      const x = Number(p);
      if (!Number.isInteger(x) || x < 1 || x > 86_400) throw new TuneInputError(`${where}: "${p}" is not a whole number of seconds from 1 to 86400`);
      return x;
    });
  } else if (key === 'statistic') {
    grid.statistic = listStatistics(parts, where);
  } else if (key === 'm-of-n') {
    grid.mOfN = listMOfN(parts, where);
  } else if (key === 'treat-missing-data') {
    grid.treatMissingData = listOneOf(parts, TREATMENTS, where);
  } else {
    grid.comparison = listOneOf(parts, BAND_COMPARISONS, where);
  }
}

/**
 * A setting as a band alarm in the scenario file format (`alarms[]`), which `detect --settings` reads back:
 * the chosen settings of `tune --labels`, ready for detect on other files or a scenario.
 *
 * @example
 * settingAlarmConfig(setting); // { name: '...', type: 'band', periodSeconds: 3600, ..., band: { k: 2, ... } }
 */
export function settingAlarmConfig(setting: LabelSetting): Record<string, unknown> {
  const { options } = setting;
  const band: Record<string, unknown> = { ...options.band };
  band.excludedTimeRanges = options.band.excludedTimeRanges.map((r) => ({ start: new Date(r.startMs).toISOString(), end: new Date(r.endMs).toISOString() }));
  for (const key of Object.keys(band)) if (band[key] === undefined) delete band[key];
  return {
    name: setting.label.slice(0, 80),
    type: 'band',
    periodSeconds: options.periodSeconds,
    statistic: options.statistic,
    comparison: options.comparison,
    evaluationPeriods: options.evaluationPeriods,
    datapointsToAlarm: options.datapointsToAlarm,
    treatMissingData: options.treatMissingData,
    band,
  };
}
