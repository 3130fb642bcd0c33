import type { Datapoints } from '../alarm/aggregate.js';
import type { BandOptions } from './options.js';
import { type Band, type BandBuffers } from './seasonalBand.js';
/**
 * The band of `options.model` (default `seasonal`) over datapoints. Every model is causal (the band at
 * datapoint i reads only datapoints before i) and returns the same {@link Band} shape, NaN where it has no
 * band yet, so every model goes through the same classification and alarm evaluation.
 *
 * @param reuse arrays to write the band into (see BandBuffers); default: new ones
 * @throws RangeError as the model does (the bucket models: a training window too short for the season)
 * @example
 * const band = computeBand(datapoints, bandOptionsSchema.parse({ model: 'robust', k: 3 }));
 */
export declare function computeBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
