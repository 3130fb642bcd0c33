/** The seasons a bucketed band can learn, in minutes. */
const SEASONS = [
    { name: 'hourly', minutes: 60 },
    { name: 'daily', minutes: 1440 },
    { name: 'weekly', minutes: 10_080 },
];
/**
 * Tests whether a series has a period that hourly, daily or weekly buckets can learn, before a sweep spends
 * time on it. Method: the sample autocorrelation r(L) of the datapoints (missing ones skipped pairwise) for
 * every lag L up to `maxLagShare` of the window. A lag is a candidate when r(L) ≥ `minCorrelation` and r(L) is
 * the highest within ±L/4 (a peak, not the slope after lag 0). The dominant period is the shortest candidate
 * whose r is at least 80% of the best candidate's: the fundamental, not one of its multiples. A season fits
 * when it holds a whole number of periods, to within one datapoint or 1% of the period
 * (|S − round(S/p)·p| ≤ max(period, 1% of p)). The check flags a period that fits none of them, such as
 * skyline's loop (16 minutes' run and 30 minutes' sleep: 46 minutes).
 *
 * Cost: O(n · maxLag), about a second for two weeks of one-minute datapoints.
 *
 * @example
 * periodCheck(aggregate(firstWindow, 60, 'Average')); // { periodMinutes: 46, flagged: true, ... } for the loop
 */
export function periodCheck(datapoints, options = {}) {
    const minCorrelation = options.minCorrelation ?? 0.3;
    const periodMinutes = datapoints.periodSeconds / 60;
    const acf = autocorrelation(datapoints.values, Math.floor(datapoints.values.length * (options.maxLagShare ?? 0.6)));
    const candidates = [];
    for (let lag = 2; lag < acf.length; lag++) {
        const r = acf[lag];
        if (!(r >= minCorrelation))
            continue;
        const w = Math.max(1, Math.floor(lag / 4));
        let peak = true;
        for (let j = Math.max(1, lag - w); j <= Math.min(acf.length - 1, lag + w) && peak; j++)
            if (acf[j] > r)
                peak = false;
        if (peak)
            candidates.push(lag);
    }
    if (candidates.length === 0) {
        return {
            periodMinutes: null,
            correlation: null,
            fitsSeasons: [],
            flagged: false,
            message: `No period found (no autocorrelation peak of ${minCorrelation} or more): nothing for buckets to learn, so seasonality "none" should do as well as any.`,
        };
    }
    const best = Math.max(...candidates.map((lag) => acf[lag]));
    const lag = candidates.find((l) => acf[l] >= 0.8 * best);
    const p = lag * periodMinutes;
    const tolerance = Math.max(periodMinutes, 0.01 * p);
    const fitsSeasons = SEASONS.filter((s) => s.minutes >= p - tolerance && Math.abs(s.minutes - Math.round(s.minutes / p) * p) <= tolerance).map((s) => s.name);
    const flagged = fitsSeasons.length === 0;
    const near = SEASONS.find((season) => season.minutes !== p && Math.abs(season.minutes - p) <= tolerance);
    const shown = near ? `about ${near.name === 'hourly' ? 'an hour' : near.name === 'daily' ? 'a day' : 'a week'} (${p} minutes)` : formatMinutes(p);
    return {
        periodMinutes: p,
        correlation: acf[lag],
        fitsSeasons,
        flagged,
        message: flagged
            ? `The series repeats every ${shown} (autocorrelation ${acf[lag].toFixed(2)}), which is not a whole fraction of an hour, a day or a week: hourly, daily and weekly buckets mix different phases, so the band will be wide and miss faults. Run the job on a cron (e.g. every hour) so its period fits a season, or use a static alarm.`
            : `The series repeats every ${shown} (autocorrelation ${acf[lag].toFixed(2)}); ${fitsSeasons.join(', ')} buckets can learn it.`,
    };
}
/**
 * The sample autocorrelation r(0..maxLag) of a series with missing values (NaN), each lag's sum over the
 * pairs where both values exist, normalised by the overall variance and the number of pairs.
 *
 * @example
 * autocorrelation(Float64Array.from([1, 2, 1, 2, 1, 2]), 2); // [1, -1, 1] (about)
 */
export function autocorrelation(values, maxLag) {
    let sum = 0;
    let count = 0;
    for (const x of values) {
        if (!Number.isNaN(x)) {
            sum += x;
            count++;
        }
    }
    const mean = count > 0 ? sum / count : 0;
    const centred = new Float64Array(values.length);
    let variance = 0;
    for (let i = 0; i < values.length; i++) {
        centred[i] = Number.isNaN(values[i]) ? Number.NaN : values[i] - mean;
        if (!Number.isNaN(values[i]))
            variance += centred[i] * centred[i];
    }
    variance /= Math.max(1, count);
    const acf = [];
    const last = Math.min(maxLag, values.length - 2);
    for (let lag = 0; lag <= last; lag++) {
        let s = 0;
        let pairs = 0;
        for (let i = 0; i + lag < centred.length; i++) {
            const product = centred[i] * centred[i + lag];
            if (!Number.isNaN(product)) {
                s += product;
                pairs++;
            }
        }
        acf.push(variance > 0 && pairs > 0 ? s / pairs / variance : 0);
    }
    return acf;
}
function formatMinutes(minutes) {
    if (minutes % 10_080 === 0)
        return `${minutes / 10_080} week${minutes === 10_080 ? '' : 's'} (${minutes} min)`;
    if (minutes % 1440 === 0)
        return `${minutes / 1440} day${minutes === 1440 ? '' : 's'} (${minutes} min)`;
    if (minutes >= 120 && minutes % 60 === 0)
        return `${minutes / 60} hours (${minutes} min)`;
    return `${Number(minutes.toFixed(2))} minutes`;
}
