import type { Datapoints } from '../../alarm/aggregate.js';
import { weekdayIndex } from '../../core/time.js';
import type { BandOptions } from '../options.js';
import { bucketPlan, type Band, type BandBuffers } from '../seasonalBand.js';
import { sweepBuckets } from './bucketSweep.js';

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
export function dailyWeekdayBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band {
  const daily: BandOptions = { ...options, seasonality: 'daily' };
  const plan = bucketPlan(datapoints, daily);
  const { values, startMs, periodSeconds } = datapoints;
  const n = values.length;
  const weekday = new Uint8Array(n);
  for (let j = 0; j < n; j++) weekday[j] = weekdayIndex(startMs + j * periodSeconds * 1000);
  return sweepBuckets(
    datapoints,
    daily,
    plan,
    ({ capacity, ring, head, count }) => {
      const sums = new Float64Array(7);
      const counts = new Int32Array(7);
      const level = new Float64Array(7);
      let shift = Number.NaN;
      let updates = 0;
      let levelsStale = true;
      const recompute = () => {
        sums.fill(0);
        for (let b = 0; b < plan.buckets; b++) {
          for (let q = 0; q < count[b]; q++) {
            const j = ring[b * capacity + ((head[b] + q) % capacity)];
            sums[weekday[j]] += values[j] - shift;
          }
        }
        updates = 0;
      };
      const update = (j: number, sign: 1 | -1) => {
        if (shift !== shift) shift = values[j];
        sums[weekday[j]] += sign * (values[j] - shift);
        counts[weekday[j]] += sign;
        levelsStale = true;
        if (++updates >= plan.window) recompute();
      };
      return {
        add: (j) => update(j, 1),
        remove: (j) => update(j, -1),
        estimate(i, b, out) {
          if (levelsStale) {
            let total = 0;
            let days = 0;
            let positive = true;
            for (let w = 0; w < 7; w++) {
              if (counts[w] === 0) continue;
              const m = shift + sums[w] / counts[w];
              level[w] = m;
              total += m;
              days++;
              if (!(m > 0)) positive = false;
            }
            for (let w = 0; w < 7; w++) level[w] = positive && counts[w] > 0 ? level[w] / (total / days) : 1;
            levelsStale = false;
          }
          const c = count[b];
          const base = b * capacity;
          let sum = 0;
          for (let q = 0; q < c; q++) {
            const j = ring[base + ((head[b] + q) % capacity)];
            sum += values[j] / level[weekday[j]];
          }
          const mean = sum / c;
          let ss = 0;
          for (let q = 0; q < c; q++) {
            const j = ring[base + ((head[b] + q) % capacity)];
            const d = values[j] / level[weekday[j]] - mean;
            ss += d * d;
          }
          const l = level[weekday[i]];
          out.expected = mean * l;
          out.sigma = Math.sqrt(ss / (c - 1)) * l;
        },
      };
    },
    reuse,
  );
}
