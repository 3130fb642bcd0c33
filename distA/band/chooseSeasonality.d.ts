import type { Datapoints } from '../alarm/aggregate.js';
import { type Seasonality } from './seasonality.js';
/**
 * The rule behind `seasonality: 'auto'`: over the first `windowPoints` datapoints, compute for each
 * candidate (none, hourly, daily, weekly, with its default bucket width) the pooled within-bucket variance,
 * i.e. how much is left unexplained after subtracting each bucket's mean. Start from `none`; a longer
 * season replaces the current choice only if it leaves at least 10% less unexplained variance, and less by
 * more than rounding (1e-20 of the mean square: a constant metric stays `none`). A season is only a
 * candidate when the window holds at least two of it: with under 2 days of data neither daily nor weekly
 * can be chosen, with under 2 weeks not weekly.
 *
 * @example
 * chooseSeasonality(datapoints, 14 * 1440, 60); // 'weekly' for the coconut shop (quieter weekends), 'daily' for a sine
 */
export declare function chooseSeasonality(datapoints: Datapoints, windowPoints: number, periodSeconds: number): Seasonality;
