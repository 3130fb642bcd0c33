import { quantileSorted } from 'simple-statistics';
import { STANDARD_STATISTICS } from '../core/alarmTerms.js';
/** True when `text` names a statistic bandsim supports. */
export function isStatistic(text) {
    if (STANDARD_STATISTICS.includes(text))
        return true;
    const m = /^p(\d+(\.\d+)?)$/.exec(text);
    return m !== null && Number(m[1]) >= 0 && Number(m[1]) <= 100;
}
/**
 * Aggregates raw samples into one datapoint per period with a CloudWatch statistic, the way an alarm's
 * `Period` and `Statistic` do. Every sample in the period counts, including a replayed series' `extra`
 * samples (rows that shared a cell). Missing samples (NaN) are skipped; a period without samples has no
 * datapoint (NaN), even for `SampleCount` and `Sum`: CloudWatch has nothing to aggregate. Percentiles use
 * simple-statistics' `quantileSorted` on the period's samples.
 *
 * @param periodSeconds a whole multiple of the series' step
 * @throws RangeError when the period is not a positive multiple of the step
 * @example
 * aggregate(series, 300, 'Sum'); // five-minute sums of a one-minute series
 */
export function aggregate(series, periodSeconds, statistic) {
    const ratio = periodSeconds / series.stepSeconds;
    if (!Number.isInteger(ratio) || ratio < 1) {
        throw new RangeError(`aggregate: period (${periodSeconds} s) must be a positive multiple of the series step (${series.stepSeconds} s)`);
    }
    const n = Math.floor(series.values.length / ratio);
    const values = new Float64Array(n);
    const percentile = statistic.startsWith('p') ? Number(statistic.slice(1)) / 100 : -1;
    const extra = series.extra !== undefined && series.extra.size > 0 ? series.extra : null;
    if (ratio === 1 && statistic !== 'SampleCount' && extra === null) {
        values.set(series.values.subarray(0, n));
        return { startMs: series.startMs, periodSeconds, values };
    }
    const buffer = [];
    for (let k = 0; k < n; k++) {
        buffer.length = 0;
        for (let i = k * ratio; i < (k + 1) * ratio; i++) {
            const x = series.values[i];
            if (!Number.isNaN(x))
                buffer.push(x);
            // Replayed rows that shared this cell: every sample of the period counts, as in CloudWatch.
            const more = extra?.get(i);
            if (more)
                for (const y of more)
                    if (!Number.isNaN(y))
                        buffer.push(y);
        }
        values[k] = buffer.length === 0 ? Number.NaN : reduce(buffer, statistic, percentile);
    }
    return { startMs: series.startMs, periodSeconds, values };
}
function reduce(samples, statistic, percentile) {
    switch (statistic) {
        case 'Sum':
            return samples.reduce((a, b) => a + b, 0);
        case 'Average':
            return samples.reduce((a, b) => a + b, 0) / samples.length;
        case 'Minimum':
            return samples.reduce((a, b) => (b < a ? b : a));
        case 'Maximum':
            return samples.reduce((a, b) => (b > a ? b : a));
        case 'SampleCount':
            return samples.length;
        default:
            return quantileSorted(samples.sort((a, b) => a - b), percentile);
    }
}
