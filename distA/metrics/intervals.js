/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;
/** Resamples of every bootstrap interval: enough for stable 2.5% and 97.5% percentiles. */
export const BOOTSTRAP_RESAMPLES = 1000;
/**
 * Wilson's 95% score interval for a proportion of `successes` in `trials`. Unlike the normal
 * approximation it stays inside [0, 1] and is not empty at 0 or at `trials` successes (0 of 40 gives
 * [0, 8.8%]), which is where detection rates often sit. Method: Wilson (1927), as in Brown, Cai and
 * DasGupta (2001), "Interval estimation for a binomial proportion".
 *
 * @example
 * wilsonInterval(38, 40); // [0.835, 0.986]
 */
export function wilsonInterval(successes, trials) {
    if (trials <= 0)
        return [0, 1];
    const p = successes / trials;
    const z2 = Z95 * Z95;
    const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    const half = (Z95 / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
    // At 0 and at `trials` successes the bound is exactly 0 or 1 (the formula gives it up to rounding).
    return [successes <= 0 ? 0 : Math.max(0, centre - half), successes >= trials ? 1 : Math.min(1, centre + half)];
}
/**
 * Whether two detection rates differ at the 95% level: Newcombe's hybrid score interval for the
 * difference of two proportions (method 10 of Newcombe 1998, built from the two Wilson intervals)
 * excludes 0. It treats the samples as independent; bandsim's alarms see the same trials, which makes the
 * test conservative (it calls fewer differences) when two alarms tend to miss the same trials.
 *
 * @example
 * ratesDiffer(34, 40, 32, 40); // false: 85% and 80% of 40 trials are not distinguishable
 * ratesDiffer(40, 40, 0, 40); // true
 */
export function ratesDiffer(successesA, trialsA, successesB, trialsB) {
    const pa = successesA / trialsA;
    const pb = successesB / trialsB;
    const [la, ua] = wilsonInterval(successesA, trialsA);
    const [lb, ub] = wilsonInterval(successesB, trialsB);
    const d = pa - pb;
    const low = d - Math.sqrt((pa - la) ** 2 + (ub - pb) ** 2);
    const high = d + Math.sqrt((ua - pa) ** 2 + (pb - lb) ** 2);
    return low > 0 || high < 0;
}
/**
 * Percentile-bootstrap 95% interval of the `q` quantile of `values` (simple-statistics' `quantile`, the
 * same estimator as the point figure): {@link BOOTSTRAP_RESAMPLES} resamples with replacement drawn
 * from `rng`, so the interval is reproducible for a seeded stream. Null for no values.
 *
 * @example
 * quantileInterval([1, 2, 3, 3, 4, 9], 0.5, createRng(1, 'bootstrap')); // [2, 4]
 */
export function quantileInterval(values, q, rng) {
    if (values.length === 0)
        return null;
    const n = values.length;
    // A resample is a count per distinct value (resampling draws the same indices as copying the values
    // would); its quantile comes from those counts by one pass over the distinct values, in place of a
    // selection over n copied values. Same order statistics, same interpolation as simple-statistics' `quantile`.
    const distinct = Float64Array.from(new Set(values)).sort();
    const position = new Map();
    distinct.forEach((value, d) => position.set(value, d));
    const slot = Int32Array.from(values, (value) => position.get(value));
    const counts = new Int32Array(distinct.length);
    const estimates = new Float64Array(BOOTSTRAP_RESAMPLES);
    for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[slot[Math.floor(rng() * n)]]++;
        estimates[r] = quantileOfCounts(distinct, counts, n, q);
    }
    return percentiles(estimates);
}
/**
 * simple-statistics' `quantile` (type 7: linear between the order statistics around (n − 1)·q) of n values
 * given as `counts[d]` copies of `distinct[d]` (ascending).
 */
function quantileOfCounts(distinct, counts, n, q) {
    if (!(q >= 0 && q <= 1))
        throw new Error('quantiles must be between 0 and 1');
    const idx = (n - 1) * q;
    if (q === 1)
        return orderStatistic(distinct, counts, n - 1);
    if (q === 0)
        return orderStatistic(distinct, counts, 0);
    if (idx % 1 === 0)
        return orderStatistic(distinct, counts, idx);
    const lower = Math.floor(idx);
    const low = orderStatistic(distinct, counts, lower);
    const high = orderStatistic(distinct, counts, Math.ceil(idx));
    return low + (idx - lower) * (high - low);
}
/** The k-th smallest (from 0) of the values counted in `counts`. */
function orderStatistic(distinct, counts, k) {
    let seen = 0;
    for (let d = 0; d < distinct.length; d++) {
        seen += counts[d];
        if (seen > k)
            return distinct[d];
    }
    return distinct[distinct.length - 1];
}
/**
 * 95% interval of a rate of events per day pooled over trials, `Σ events / Σ days`: a percentile
 * bootstrap over trials (resampling whole trials keeps the clustering of false alarms within a run).
 * With no event at all the bootstrap would collapse to [0, 0]; the exact Poisson upper bound for zero
 * events, 3.689 / Σ days, is used instead.
 *
 * @example
 * rateInterval([{ events: 3, days: 8 }, { events: 0, days: 8 }], createRng(1, 'bootstrap')); // [0, 0.375]
 */
export function rateInterval(trials, rng) {
    let events = 0;
    let days = 0;
    for (const t of trials) {
        events += t.events;
        days += t.days;
    }
    if (trials.length === 0 || days <= 0)
        return [0, 0];
    if (events === 0)
        return [0, POISSON_UPPER_FOR_ZERO / days];
    // Identical trials (a replayed series: every control run sees the same data) are one observation, not n:
    // a bootstrap would collapse to a point. The exact Poisson interval of that one run is used instead.
    if (trials.every((t) => t.events === trials[0].events && t.days === trials[0].days)) {
        const [low, high] = poissonInterval(trials[0].events);
        return [low / trials[0].days, high / trials[0].days];
    }
    const n = trials.length;
    const estimates = new Float64Array(BOOTSTRAP_RESAMPLES);
    for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
        let e = 0;
        let d = 0;
        for (let i = 0; i < n; i++) {
            const t = trials[Math.floor(rng() * n)];
            e += t.events;
            d += t.days;
        }
        estimates[r] = d > 0 ? e / d : 0;
    }
    return percentiles(estimates);
}
/**
 * Exact (Garwood) 95% interval of a Poisson mean after observing `k` events: the means at which P(X ≥ k)
 * and P(X ≤ k) are 2.5%, found by bisection on the Poisson distribution function (summed in log space).
 *
 * @example
 * poissonInterval(0); // [0, 3.689]
 * poissonInterval(3); // [0.619, 8.767]
 */
export function poissonInterval(k) {
    if (k === 0)
        return [0, POISSON_UPPER_FOR_ZERO];
    const cdf = (x, mean) => {
        // P(X ≤ x) for X ~ Poisson(mean).
        let term = -mean;
        let total = Math.exp(term);
        for (let i = 1; i <= x; i++) {
            term += Math.log(mean) - Math.log(i);
            total += Math.exp(term);
        }
        return total;
    };
    const solve = (f) => {
        let lo = 0;
        let hi = k + 20 * Math.sqrt(k) + 20;
        for (let step = 0; step < 100; step++) {
            const mid = (lo + hi) / 2;
            if (f(mid) > 0)
                lo = mid;
            else
                hi = mid;
        }
        return (lo + hi) / 2;
    };
    // Lower: P(X ≥ k) = 1 − P(X ≤ k − 1) grows with the mean; upper: P(X ≤ k) falls with it.
    const lower = solve((mean) => 0.025 - (1 - cdf(k - 1, mean)));
    const upper = solve((mean) => cdf(k, mean) - 0.025);
    return [lower, upper];
}
/** Upper 97.5% bound of a Poisson mean after zero events: −ln(0.025). */
const POISSON_UPPER_FOR_ZERO = -Math.log(0.025);
function percentiles(estimates) {
    estimates.sort();
    const at = (p) => estimates[Math.min(estimates.length - 1, Math.max(0, Math.round(p * (estimates.length - 1))))];
    return [at(0.025), at(0.975)];
}
