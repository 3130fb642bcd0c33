import { awsPromqlBand } from './models/awsPromql.js';
import { dailyWeekdayBand } from './models/dailyWeekday.js';
import { datadogBasicBand } from './models/datadogBasic.js';
import { ewmaBand } from './models/ewma.js';
import { grafanaAdaptiveBand } from './models/grafanaAdaptive.js';
import { grafanaRobustBand } from './models/grafanaRobust.js';
import { robustBand } from './models/robust.js';
import { seasonalBand } from './seasonalBand.js';
const MODELS = {
    seasonal: seasonalBand,
    robust: robustBand,
    ewma: ewmaBand,
    dailyWeekday: dailyWeekdayBand,
    grafanaAdaptive: grafanaAdaptiveBand,
    grafanaRobust: grafanaRobustBand,
    datadogBasic: datadogBasicBand,
    awsPromql: awsPromqlBand,
};
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
export function computeBand(datapoints, options, reuse) {
    return MODELS[options.model ?? 'seasonal'](datapoints, options, reuse);
}
