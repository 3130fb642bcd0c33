import { DAY_MS } from '../../core/time.js';
import { DEFAULT_HALF_LIFE_DAYS } from '../options.js';
import { bucketPlan } from '../seasonalBand.js';
import { sweepBuckets } from './bucketSweep.js';
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
export function ewmaBand(datapoints, options, reuse) {
    const plan = bucketPlan(datapoints, options);
    const values = datapoints.values;
    const halfLifePeriods = ((options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) * DAY_MS) / (datapoints.periodSeconds * 1000);
    // Age in periods is at most the window plus one bucket occurrence.
    const weightOfAge = new Float64Array(plan.window + plan.seasonPoints + 1);
    for (let a = 0; a < weightOfAge.length; a++)
        weightOfAge[a] = Math.pow(2, -a / halfLifePeriods);
    return sweepBuckets(datapoints, options, plan, ({ capacity, ring, head, count }) => ({
        add() { },
        remove() { },
        estimate(i, b, out) {
            const c = count[b];
            const base = b * capacity;
            // Ages relative to the newest training datapoint (i − newest ≥ 1): the same ratios as relative to i.
            const newest = ring[base + ((head[b] + c - 1) % capacity)];
            let sw = 0;
            let swx = 0;
            for (let q = 0; q < c; q++) {
                const j = ring[base + ((head[b] + q) % capacity)];
                const w = weightOfAge[newest - j];
                sw += w;
                swx += w * values[j];
            }
            const mean = swx / sw;
            let sw2 = 0;
            let ss = 0;
            for (let q = 0; q < c; q++) {
                const j = ring[base + ((head[b] + q) % capacity)];
                const w = weightOfAge[newest - j];
                const d = values[j] - mean;
                sw2 += w * w;
                ss += w * d * d;
            }
            const denominator = sw - sw2 / sw;
            out.expected = mean;
            out.sigma = denominator > 0 ? Math.sqrt(ss / denominator) : 0;
            void i;
        },
    }), reuse);
}
