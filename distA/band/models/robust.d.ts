import type { Datapoints } from '../../alarm/aggregate.js';
import type { BandOptions } from '../options.js';
import { type Band, type BandBuffers } from '../seasonalBand.js';
/**
 * 1.4826 ≈ 1/Φ⁻¹(3/4): k·1.4826·MAD is k standard deviations for normal data.
 *
 * @example
 * MAD_TO_SIGMA * 1; // σ of normal data whose MAD is 1
 */
export declare const MAD_TO_SIGMA = 1.4826;
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
export declare function robustBand(datapoints: Datapoints, options: BandOptions, reuse?: BandBuffers): Band;
