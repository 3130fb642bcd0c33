import { bucketLayout, bucketOf, fitBucketMinutes, SEASONALITIES } from './seasonality.js';
const CANDIDATES = SEASONALITIES;
/**
 * Variance below this share of the mean square is rounding, not signal (σ under 1e-10 of the level): a
 * constant metric's residual variance is rounding noise of about 1e-32 to 1e-24 of its square, and it must
 * not let a longer season look "10% better" than none.
 */
const ROUNDING = 1e-20;
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
export function chooseSeasonality(datapoints, windowPoints, periodSeconds) {
    const n = Math.min(windowPoints, datapoints.values.length);
    const spanMs = n * periodSeconds * 1000;
    let meanSquare = 0;
    let valued = 0;
    for (let i = 0; i < n; i++) {
        const x = datapoints.values[i];
        if (Number.isNaN(x))
            continue;
        meanSquare += x * x;
        valued++;
    }
    const rounding = valued > 0 ? (ROUNDING * meanSquare) / valued : 0;
    let best = 'none';
    let bestVariance = Number.POSITIVE_INFINITY;
    for (const seasonality of CANDIDATES) {
        const bucketMinutes = fitBucketMinutes(seasonality, periodSeconds);
        const layout = bucketLayout(seasonality, bucketMinutes, periodSeconds);
        if (seasonality !== 'none' && spanMs < 2 * layout.seasonMs)
            continue;
        const variance = residualVariance(datapoints, n, seasonality === 'none' ? null : layout);
        if (variance < 0.9 * bestVariance && !(bestVariance - variance <= rounding)) {
            best = seasonality;
            bestVariance = variance;
        }
    }
    return best;
}
function residualVariance(datapoints, n, layout) {
    const buckets = layout?.buckets ?? 1;
    const sum = new Float64Array(buckets);
    const cnt = new Float64Array(buckets);
    const periodMs = datapoints.periodSeconds * 1000;
    const b = (i) => (layout ? bucketOf(layout, datapoints.startMs + i * periodMs) : 0);
    for (let i = 0; i < n; i++) {
        const x = datapoints.values[i];
        if (Number.isNaN(x))
            continue;
        sum[b(i)] += x;
        cnt[b(i)]++;
    }
    let m2 = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
        const x = datapoints.values[i];
        if (Number.isNaN(x))
            continue;
        const q = b(i);
        const d = x - sum[q] / cnt[q];
        m2 += d * d;
        total++;
    }
    return total > 1 ? m2 / total : Number.POSITIVE_INFINITY;
}
