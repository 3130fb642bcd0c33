import type { Rng } from '../random/rng.js';
import type { SeriesConfig } from './options.js';
import type { GeneratedSeries, Series } from '../core/series.js';
/**
 * Generates a scenario's series with the generator its config names; `replay` returns the `length`
 * cells of the replayed data from `startMs` on (which the caller loaded and checked), with their extra samples.
 *
 * @param config the `series` (or a variant's merged series) of a scenario
 * @param length number of samples
 * @param data the replayed metric, for `replay`
 * @example
 * generateSeries({ generator: 'dice', faces: 6 }, rng, Date.UTC(2026, 0, 5), 60, 21 * 1440);
 */
export declare function generateSeries(config: SeriesConfig, rng: Rng, startMs: number, stepSeconds: number, length: number, data?: Series): GeneratedSeries;
