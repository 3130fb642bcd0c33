import { type Statistic, type TreatMissingData } from '../core/alarmTerms.js';
import type { BandComparison } from '../alarm/classify.js';
import type { DetectOptions } from '../detect/detect.js';
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
export declare const LABEL_GRID_BAND_FLAGS: Readonly<Record<string, readonly [field: string, kind: 'number' | 'text']>>;
/** The alarm dimensions' flags (`--period 300,3600`, `--m-of-n 1/1,3/3`, ...). */
export declare const LABEL_GRID_ALARM_FLAGS: readonly ["period", "statistic", "m-of-n", "treat-missing-data", "comparison"];
/**
 * The default grid of `tune --labels`: 5-minute and hourly periods, Average, k ∈ {1.5, 2, 2.5, 3, 4}, seasonality
 * none, daily or weekly, σ per bucket or pooled, 1 of 1, 2 of 3 and 3 of 3, 14 training days: 180 settings.
 *
 * @example
 * expandLabelGrid(defaultLabelGrid()).length; // 180
 */
export declare function defaultLabelGrid(): LabelGrid;
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
export declare function expandLabelGrid(grid: LabelGrid): LabelSetting[];
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
export declare function readLabelGrid(flags: Record<string, string | undefined>, file: unknown, where: string): LabelGrid;
/**
 * A setting as a band alarm in the scenario file format (`alarms[]`), which `detect --settings` reads back:
 * the chosen settings of `tune --labels`, ready for detect on other files or a scenario.
 *
 * @example
 * settingAlarmConfig(setting); // { name: '...', type: 'band', periodSeconds: 3600, ..., band: { k: 2, ... } }
 */
export declare function settingAlarmConfig(setting: LabelSetting): Record<string, unknown>;
