import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import { type Band, type BandBuffers } from '../seasonalBand.js';
/**
 * The weekday of datapoint j's period start, Monday = 0 … Sunday = 6 (UTC).
 *
 * @example
 * weekdayOf(Date.UTC(2026, 0, 5), 60, 0); // 0: 2026-01-05 is a Monday
 */
export declare function weekdayOf(startMs: number, periodSeconds: number, j: number): number;
/**
 * `dailyWeekday`: a daily shape times a weekday level, so a daily band stops paying for weekends. Over the
 * training window (the seasonal band's: daily buckets, `trainingDays`, cutoff at the bucket occurrence), the
 * level of weekday w is L_w = (mean of the training datapoints on weekday w) / (mean of those weekday means);
 * each training datapoint is divided by its weekday's level, the bucket's mean μ and sample σ of those
 * quotients are the daily shape, and datapoint i on weekday d gets expected = μ·L_d, σ = σ·L_d. A weekday
 * with no training data, or a window whose weekday means are not all > 0 (a multiplicative level needs a
 * positive metric), has L = 1: then this is the seasonal daily band. `seasonality` and `sigma` are ignored
 * (always daily, per bucket); everything else as in the seasonal band.
 *
 * Method: the weekday sums are kept as datapoints enter and leave the window (shifted by the first training
 * value, recomputed exactly every window length); the shape is O(m) per datapoint over the bucket's m
 * training datapoints.
 *
 * @throws RangeError as seasonalBand does with a daily seasonality
 * @example
 * const band = dailyWeekdayBand(datapoints, { ...DEFAULT_BAND_OPTIONS, model: 'dailyWeekday', trainingDays: 28 });
 */
export declare function dailyWeekdayBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
