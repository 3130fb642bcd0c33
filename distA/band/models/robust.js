import { bucketPlan } from '../seasonalBand.js';
import { SortedWindow } from './common.js';
import { sweepBuckets } from './bucketSweep.js';
/**
 * 1.4826 ≈ 1/Φ⁻¹(3/4): k·1.4826·MAD is k standard deviations for normal data.
 *
 * @example
 * MAD_TO_SIGMA * 1; // σ of normal data whose MAD is 1
 */
export const MAD_TO_SIGMA = 1.4826;
/**
 * `robust`: the seasonal band's buckets and trailing window, with the median for the mean and 1.4826·MAD
 * (median absolute deviation from that median) for σ, so a spike or an incident in the window barely moves
 * the band. Band = median ± k·1.4826·MAD. Even counts take the mean of the two middle values (for the MAD
 * too). Honours everything the seasonal band does except `sigma: 'pooled'` (σ is always the bucket's own).
 *
 * Method: each bucket keeps its training values sorted (binary-search insertion and removal, O(m) moves for m
 * values in the bucket's window); median O(1), MAD O(m) by walking outward from the median; both recomputed
 * only when the bucket changed.
 *
 * @throws RangeError as seasonalBand does (window shorter than a season, too few datapoints per bucket)
 * @example
 * const band = robustBand(datapoints, { ...DEFAULT_BAND_OPTIONS, model: 'robust' });
 */
export function robustBand(datapoints, options, reuse) {
    const plan = bucketPlan(datapoints, options);
    const values = datapoints.values;
    return sweepBuckets(datapoints, options, plan, (rings) => {
        const sorted = Array.from({ length: plan.buckets }, () => new SortedWindow(rings.capacity));
        const cached = new Float64Array(2 * plan.buckets);
        const dirty = new Uint8Array(plan.buckets).fill(1);
        return {
            add(j, b) {
                sorted[b].insert(values[j]);
                dirty[b] = 1;
            },
            remove(j, b) {
                sorted[b].remove(values[j]);
                dirty[b] = 1;
            },
            estimate(_i, b, out) {
                if (dirty[b] === 1) {
                    const median = sorted[b].quantile(0.5);
                    cached[2 * b] = median;
                    cached[2 * b + 1] = MAD_TO_SIGMA * sorted[b].mad(median);
                    dirty[b] = 0;
                }
                out.expected = cached[2 * b];
                out.sigma = cached[2 * b + 1];
            },
        };
    }, reuse);
}
