import type { Datapoints } from '../../alarm/aggregate.js';
import { type BandOptions } from '../options.js';
import { type Band, type BandBuffers } from '../seasonalBand.js';
/**
 * `ewma`: the seasonal band's buckets and trailing window, each training datapoint weighted by its age,
 * w = 2^(−age / halfLifeDays) (age = t_i − t_j), so recent days count more and a new cadence is learned
 * sooner. Expected = Σw·x / Σw; σ² = Σw·(x − expected)² / (Σw − Σw²/Σw) (reliability weights: with equal
 * weights this is the sample variance, so a very long half-life gives the seasonal band). Honours everything
 * the seasonal band does except `sigma: 'pooled'`. Default half-life 3 days.
 *
 * Method: O(m) per datapoint over the bucket's m training datapoints (two passes), weights from a table by
 * age in periods. Scaling every weight by one factor changes nothing, so no weight underflows to matter.
 *
 * @throws RangeError as seasonalBand does
 * @example
 * const band = ewmaBand(datapoints, { ...DEFAULT_BAND_OPTIONS, model: 'ewma', halfLifeDays: 2 });
 */
export declare function ewmaBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
