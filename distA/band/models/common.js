/**
 * The band arrays for `n` datapoints: `reuse`'s when all four have that length, else new ones.
 *
 * @example
 * const band = allocateBand(n, 'none', 60, undefined);
 */
export function allocateBand(n, seasonality, bucketMinutes, reuse) {
    const fits = (xs) => xs !== undefined && xs.length === n;
    const same = reuse && fits(reuse.expected) && fits(reuse.sigma) && fits(reuse.lower) && fits(reuse.upper);
    return {
        expected: same ? reuse.expected : new Float64Array(n),
        sigma: same ? reuse.sigma : new Float64Array(n),
        lower: same ? reuse.lower : new Float64Array(n),
        upper: same ? reuse.upper : new Float64Array(n),
        seasonality,
        bucketMinutes,
    };
}
/**
 * Which datapoints lie in `options.excludedTimeRanges`: 1 where the datapoint's period [t, t + period)
 * overlaps a range (the same rule as the seasonal band's).
 *
 * @example
 * excludedMask(datapoints, options)[i]; // 1: datapoint i never trains a band
 */
export function excludedMask(datapoints, options) {
    const { startMs, periodSeconds, values } = datapoints;
    const n = values.length;
    const periodMs = periodSeconds * 1000;
    const mask = new Uint8Array(n);
    for (const r of options.excludedTimeRanges) {
        const from = Math.max(0, Math.floor((r.startMs - startMs) / periodMs));
        const to = Math.min(n, Math.ceil((r.endMs - startMs) / periodMs));
        if (to > from)
            mask.fill(1, from, to);
    }
    return mask;
}
/**
 * The σ floor of `minSigma` at an expected value: max(absolute, relative·|expected|), 0 without one.
 *
 * @example
 * sigmaFloor({ ...DEFAULT_BAND_OPTIONS, minSigma: { absolute: 1, relative: 0.05 } }, 100); // 5
 */
export function sigmaFloor(options, expected) {
    const m = options.minSigma;
    if (m === undefined)
        return 0;
    return Math.max(m.absolute, m.relative * Math.abs(expected));
}
/**
 * Writes band value i: expected ± k·σ (σ raised to the minSigma floor), the lower edge kept at or above
 * `clampLower` when that is set. NaN `expected` or σ writes NaN everywhere.
 *
 * @example
 * writeBand(band, i, 100, 5, options, 0); // band.upper[i] = 100 + k·5
 */
export function writeBand(band, i, expected, sigma, options, clampLower) {
    if (!(expected === expected) || !(sigma === sigma)) {
        band.expected[i] = Number.NaN;
        band.sigma[i] = Number.NaN;
        band.lower[i] = Number.NaN;
        band.upper[i] = Number.NaN;
        return;
    }
    const sd = Math.max(sigma, sigmaFloor(options, expected));
    const lo = expected - options.k * sd;
    band.expected[i] = expected;
    band.sigma[i] = sd;
    band.lower[i] = clampLower !== null && lo < clampLower ? clampLower : lo;
    band.upper[i] = expected + options.k * sd;
}
/**
 * Whether datapoint i trains later bands: present, not excluded, and (with `trainOnBreaching` false) inside
 * its own band (a datapoint without a band counts as inside, as in the seasonal band).
 *
 * @example
 * if (trainsAt(band, values, excluded, i, options.trainOnBreaching)) train[i] = values[i];
 */
export function trainsAt(band, values, excluded, i, trainOnBreaching) {
    const x = values[i];
    if (!(x === x) || excluded[i] === 1)
        return false;
    return trainOnBreaching || !(x < band.lower[i] || x > band.upper[i]);
}
/**
 * The datapoints in `minutes` of datapoints of `periodSeconds`, rounded, at least `least`.
 *
 * @example
 * pointsIn(60, 300, 2); // 12
 */
export function pointsIn(minutes, periodSeconds, least) {
    return Math.max(least, Math.round((minutes * 60) / periodSeconds));
}
/**
 * The q-quantile (0 ≤ q ≤ 1) of `sorted[from, to)` (ascending) with linear interpolation between closest
 * ranks (rank q·(m − 1), as PromQL's quantile_over_time and numpy's default); NaN when empty.
 *
 * @example
 * quantileSorted(Float64Array.of(10, 20, 30, 40), 0, 4, 0.5); // 25
 */
export function quantileSorted(sorted, from, to, q) {
    const m = to - from;
    if (m <= 0)
        return Number.NaN;
    const rank = q * (m - 1);
    const lo = Math.floor(rank);
    const hi = Math.min(m - 1, lo + 1);
    const frac = rank - lo;
    const a = sorted[from + lo];
    return frac === 0 ? a : a + (sorted[from + hi] - a) * frac;
}
/**
 * The median absolute deviation of `sorted[from, to)` (ascending) around `center`: the median of |x − center|,
 * in O(log m): the values below and above `center` are each sorted by distance, so the median distance is a
 * selection from two sorted sequences.
 *
 * @example
 * madSorted(Float64Array.of(1, 2, 3, 4, 100), 0, 5, 3); // 1
 */
export function madSorted(sorted, from, to, center) {
    const m = to - from;
    if (m <= 0)
        return Number.NaN;
    // Split: left side [from, split) below center (distances grow leftwards), right [split, to).
    let lo = from;
    let hi = to;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < center)
            lo = mid + 1;
        else
            hi = mid;
    }
    const split = lo;
    const leftCount = split - from;
    const rightCount = to - split;
    // Distances in ascending order: left side a = 0, 1, … is center − sorted[split − 1 − a], right side b is
    // sorted[split + b] − center. The r-th smallest of the two (r from 0) by bisection on how many come from
    // the left: O(log m).
    const left = (a) => center - sorted[split - 1 - a];
    const right = (b) => sorted[split + b] - center;
    const kth = (r) => {
        let lo2 = Math.max(0, r + 1 - rightCount);
        let hi2 = Math.min(r + 1, leftCount);
        while (lo2 < hi2) {
            const a = (lo2 + hi2) >>> 1;
            const b = r + 1 - a;
            if (b > 0 && left(a) < right(b - 1))
                lo2 = a + 1;
            else
                hi2 = a;
        }
        const b = r + 1 - lo2;
        return Math.max(lo2 > 0 ? left(lo2 - 1) : -Infinity, b > 0 ? right(b - 1) : -Infinity);
    };
    const want = (m - 1) >> 1;
    return m % 2 === 1 ? kth(want) : (kth(want) + kth(want + 1)) / 2;
}
/**
 * A window of values kept sorted (insertion and removal by binary search and a block move, O(m)); for
 * rolling medians and quantiles. Holds at most `capacity` values.
 *
 * @example
 * const w = new SortedWindow(3);
 * w.insert(5); w.insert(1); w.insert(3);
 * w.quantile(0.5); // 3
 * w.mad(3); // 2
 */
export class SortedWindow {
    values;
    size = 0;
    constructor(capacity) {
        this.values = new Float64Array(Math.max(1, capacity));
    }
    /** Position of the first element ≥ x. */
    lowerBound(x) {
        let lo = 0;
        let hi = this.size;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.values[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    insert(x) {
        const at = this.lowerBound(x);
        this.values.copyWithin(at + 1, at, this.size);
        this.values[at] = x;
        this.size++;
    }
    /** Removes one element equal to x (which must be present). */
    remove(x) {
        const at = this.lowerBound(x);
        this.values.copyWithin(at, at + 1, this.size);
        this.size--;
    }
    quantile(q) {
        return quantileSorted(this.values, 0, this.size, q);
    }
    mad(center) {
        return madSorted(this.values, 0, this.size, center);
    }
}
