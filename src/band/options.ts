import { z } from 'zod';
import { fields, withRules, type Report } from '../core/fields.js';
import { SEASONALITY_CHOICES } from './seasonality.js';

/**
 * How a band's σ is computed: per bucket (default) or pooled over the window (see {@link bandOptionsSchema}).
 *
 * @example
 * SIGMA_KINDS; // ['perBucket', 'pooled']
 */
export const SIGMA_KINDS = Object.freeze(['perBucket', 'pooled'] as const);

/**
 * The band models an alarm can use (`band.model`, default `seasonal`); see the README's band-model table and
 * each file in src/band/models/ for the definition and its source.
 *
 * @example
 * BAND_MODELS[0]; // 'seasonal'
 */
export const BAND_MODELS = Object.freeze([
  'seasonal',
  'robust',
  'ewma',
  'dailyWeekday',
  'grafanaAdaptive',
  'grafanaRobust',
  'datadogBasic',
  'awsPromql',
] as const);

/** A band model (one of {@link BAND_MODELS}). */
export type BandModel = (typeof BAND_MODELS)[number];

/**
 * The models that learn from a short trailing window of recent datapoints rather than from seasonal buckets:
 * `trainingDays`, `seasonality`, `bucketMinutes`, `sigma`, `minSeasons` and `trainOnCurrentSlot` do not apply
 * to them; `windowMinutes` does.
 *
 * @example
 * WINDOW_MODELS.includes('awsPromql'); // true
 */
export const WINDOW_MODELS: readonly BandModel[] = Object.freeze(['grafanaAdaptive', 'grafanaRobust', 'datadogBasic', 'awsPromql']);

/**
 * The band options a model does not read, so that settings differing only in them are the same band: the window
 * models' bucket options, dailyWeekday's seasonality (always daily) and σ kind, and each model-specific option
 * on the other models. Used to drop duplicate settings from a grid.
 *
 * @example
 * optionsIgnoredBy('datadogBasic').includes('seasonality'); // true
 */
export function optionsIgnoredBy(model: BandModel): readonly string[] {
  const specific = [...(model === 'ewma' ? [] : ['halfLifeDays']), ...(WINDOW_MODELS.includes(model) ? [] : ['windowMinutes'])];
  if (WINDOW_MODELS.includes(model)) return [...specific, 'seasonality', 'bucketMinutes', 'trainingDays', 'minSeasons', 'sigma', 'trainOnCurrentSlot'];
  if (model === 'dailyWeekday') return [...specific, 'seasonality', 'sigma'];
  return specific;
}

/**
 * Each window model's default `windowMinutes`: Grafana adaptive's 1-hour mean, Grafana robust's 1-day median,
 * AWS's 60-minute median, and one hour for Datadog basic (Datadog does not publish its window).
 *
 * @example
 * DEFAULT_WINDOW_MINUTES.grafanaRobust; // 1440
 */
export const DEFAULT_WINDOW_MINUTES: Readonly<Partial<Record<BandModel, number>>> = Object.freeze({
  grafanaAdaptive: 60,
  grafanaRobust: 1440,
  datadogBasic: 60,
  awsPromql: 60,
});

/**
 * The lower-edge clamp a model applies when `clampLower` is null: 0 for the Grafana and AWS models (their
 * sources clamp at 0), none for the others.
 *
 * @example
 * DEFAULT_CLAMP_LOWER.awsPromql; // 0
 */
export const DEFAULT_CLAMP_LOWER: Readonly<Partial<Record<BandModel, number>>> = Object.freeze({ grafanaAdaptive: 0, grafanaRobust: 0, awsPromql: 0 });

/**
 * The lower-edge clamp a band applies: `clampLower`, else its model's default ({@link DEFAULT_CLAMP_LOWER}), else none.
 *
 * @example
 * clampLowerOf({ ...DEFAULT_BAND_OPTIONS, model: 'awsPromql' }); // 0
 */
export function clampLowerOf(options: Pick<BandOptions, 'clampLower' | 'model'>): number | null {
  return options.clampLower ?? DEFAULT_CLAMP_LOWER[options.model ?? 'seasonal'] ?? null;
}

/**
 * A window model's trailing window, minutes: `windowMinutes`, else the model's default ({@link DEFAULT_WINDOW_MINUTES}), else 60.
 *
 * @example
 * windowMinutesOf({ ...DEFAULT_BAND_OPTIONS, model: 'grafanaRobust' }); // 1440
 */
export function windowMinutesOf(options: Pick<BandOptions, 'windowMinutes' | 'model'>): number {
  return options.windowMinutes ?? DEFAULT_WINDOW_MINUTES[options.model ?? 'seasonal'] ?? 60;
}

/**
 * `k` when a band does not set it: 3 for `awsPromql` (AWS's recipe: median + 3σ), else 2 (CloudWatch's).
 *
 * @example
 * defaultBandK('awsPromql'); // 3
 * defaultBandK(undefined); // 2 (seasonal)
 */
export function defaultBandK(model: BandModel | undefined): number {
  return model === 'awsPromql' ? 3 : 2;
}

/**
 * The ewma model's default half-life, days: a datapoint 3 days old weighs half as much as a current one.
 *
 * @example
 * options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS; // 3 unless set
 */
export const DEFAULT_HALF_LIFE_DAYS = 3;

/** The band options' fields (strict: an unknown field is an error); {@link bandOptionsSchema} adds the rules between them. */
const bandOptionsObject = z.strictObject({
  /**
   * The band model (see {@link BAND_MODELS}); left out means `seasonal`, this file's per-bucket mean ± k·σ
   * (left out rather than filled in so that summaries of bands that do not set it stay as they were).
   */
  model: z.enum(BAND_MODELS).optional(),
  /** Which season the band learns, or `auto` (see chooseSeasonality). Default `daily`. */
  seasonality: z.enum(SEASONALITY_CHOICES).default('daily'),
  /** Band half-width in standard deviations; fractional allowed. Default 2 (CloudWatch's); 3 for `awsPromql` (see {@link defaultBandK}). */
  k: fields.positive.max(100).default(2),
  /**
   * Length of the trailing training window, days. Default 14 (CloudWatch trains on up to two weeks). At least
   * one season; without `trainOnCurrentSlot`, longer than one season by at least one bucket less one period
   * (a window of exactly one season would give a band only at the first datapoint of each bucket occurrence).
   */
  trainingDays: fields.days.default(14),
  /**
   * Bucket width, minutes; default (left undefined here, resolved by the band) per seasonality: none 60,
   * hourly 1, daily 15, weekly 60 (see DEFAULT_BUCKET_MINUTES), and at least one alarm period.
   */
  bucketMinutes: fields.positive.max(10_080).optional(),
  /**
   * `perBucket` (default): σ of the bucket's own history (sample standard deviation, ÷ (n − 1)), so the band
   * is narrow where the metric is steady (at night) and wide where it varies. `pooled`: one residual spread
   * over the whole trailing window, √(Σ_b Σ (x − mean_b)² / (N − non-empty buckets)), so the band keeps about
   * the same width day and night, as CloudWatch's band looks in the field report.
   */
  sigma: z.enum(SIGMA_KINDS).default('perBucket'),
  /**
   * A bucket gives a band once it holds `minSeasons` seasons' worth of datapoints (capped at the complete
   * occurrences a full window always holds: 1 for a weekly band over 14 days), and at least 2 datapoints
   * (σ needs two). Default 2.
   */
  minSeasons: fields.positive.max(1000).default(2),
  /** Lower edge kept at or above this value (e.g. 0 for counts); default null: CloudWatch does not clamp custom metrics. */
  clampLower: fields.value.nullable().default(null),
  /**
   * Time ranges kept out of training, like `ExcludedTimeRanges`: every datapoint whose period [t, t + period)
   * overlaps a range is left out. Given as ISO times, kept as UTC ms (end exclusive). Default none.
   */
  excludedTimeRanges: z
    .array(
      z
        .strictObject({ start: fields.isoTime, end: fields.isoTime })
        .transform((r) => ({ startMs: Date.parse(r.start), endMs: Date.parse(r.end) })),
    )
    .max(10)
    .default([]),
  /**
   * Whether datapoints outside the band (at their own time) feed training. Default true: CloudWatch trains
   * on all data except excluded ranges, so a long fault is slowly learned as normal.
   */
  trainOnBreaching: z.boolean().default(true),
  /**
   * Whether earlier datapoints of the current bucket occurrence (today's 03:00–03:15 before 03:07) are in
   * the window. Default false: only completed occurrences train the band. If true, the first minutes of a
   * sustained fault widen the band for the rest of it.
   */
  trainOnCurrentSlot: z.boolean().default(false),
  /**
   * A floor under σ for every model: σ ≥ max(absolute, relative·|expected|). Flat stretches give σ = 0, so
   * without a floor any change breaches. Left out (default): no floor.
   */
  minSigma: z.strictObject({ absolute: fields.nonNegative.max(1e12).default(0), relative: fields.nonNegative.max(100).default(0) }).optional(),
  /** `ewma` only: the age, days, at which a training datapoint weighs half as much as a current one. Default 3. */
  halfLifeDays: fields.days.optional(),
  /** Window models only (see {@link WINDOW_MODELS}): the trailing window, minutes. Default per model ({@link DEFAULT_WINDOW_MINUTES}). */
  windowMinutes: fields.minutes.optional(),
});

export const bandFieldsSchema = z.preprocess(
  // k's default depends on the model: fill it in before the schema's own default (2) would.
  (input) =>
    input !== null && typeof input === 'object' && !Array.isArray(input) && !('k' in input) && (input as { model?: unknown }).model === 'awsPromql'
      ? { ...input, k: defaultBandK('awsPromql') }
      : input,
  bandOptionsObject,
);

/**
 * The rules between the band's own fields (each field already passed its own check): excluded ranges end
 * after they start, and each model-specific option is given only to its model. Run by {@link bandOptionsSchema}
 * and, inside a scenario, by the alarm's rules, so that one message lists every broken rule of every alarm.
 *
 * @example
 * bandRules(bandFieldsSchema.parse({ model: 'robust', halfLifeDays: 2 }), report);
 * // report(['halfLifeDays'], 'applies only to model "ewma", not "robust"')
 */
export function bandRules(band: z.output<typeof bandFieldsSchema>, report: Report): void {
  band.excludedTimeRanges.forEach((r, i) => {
    if (!(r.endMs > r.startMs)) report(['excludedTimeRanges', i], 'end must be after start');
  });
  const model = band.model ?? 'seasonal';
  if (band.halfLifeDays !== undefined && model !== 'ewma') report(['halfLifeDays'], `applies only to model "ewma", not "${model}"`);
  if (band.sigma === 'pooled' && model !== 'seasonal') report(['sigma'], `"pooled" applies only to model "seasonal", not "${model}"`);
  if (band.trainOnCurrentSlot && WINDOW_MODELS.includes(model)) report(['trainOnCurrentSlot'], `applies only to bucket models, not the window model "${model}"`);
  if (band.windowMinutes !== undefined && !WINDOW_MODELS.includes(model)) {
    report(['windowMinutes'], `applies only to the window models (${WINDOW_MODELS.join(', ')}), not "${model}"`);
  }
}

/**
 * The band's options: one schema for the runtime check, the defaults and the TypeScript type
 * ({@link BandOptions} is its output). The scenario schema composes it as an alarm's `band`; in a scenario
 * file `excludedTimeRanges` are ISO times (`{ "start": "2026-01-10T00:00:00Z", "end": ... }`), turned into
 * UTC milliseconds here. Every object is strict: an unknown field is an error.
 *
 * @example
 * bandOptionsSchema.parse({ k: 3 }); // { seasonality: 'daily', k: 3, trainingDays: 14, ... }
 * bandOptionsSchema.parse({ model: 'awsPromql' }).k; // 3
 */
export const bandOptionsSchema = withRules(bandFieldsSchema, bandRules);

/**
 * Options of the band (seasonalBand), every default filled in: the output of {@link bandOptionsSchema}
 * (`excludedTimeRanges` in UTC ms).
 */
export type BandOptions = z.output<typeof bandOptionsSchema>;

/**
 * The band options as written in a scenario file (every field optional, `excludedTimeRanges` as ISO times).
 */
export type BandOptionsInput = z.input<typeof bandOptionsObject>;

/**
 * The defaults of every band option, from {@link bandOptionsSchema}: daily seasonality, k = 2, 14 training
 * days, per-bucket σ, 2 seasons, no clamp, no excluded ranges, training on breaching datapoints, not on the
 * current slot.
 *
 * @example
 * seasonalBand(datapoints, { ...DEFAULT_BAND_OPTIONS, k: 3 });
 */
export const DEFAULT_BAND_OPTIONS: Readonly<BandOptions> = Object.freeze(bandOptionsSchema.parse({}));
