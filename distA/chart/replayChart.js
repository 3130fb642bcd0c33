import { formatCount } from '../metrics/format.js';
import { BASE_CONFIG, COLORS, PLOT_WIDTH, ROLE_LEGEND, utcTime, utcTooltip } from './common.js';
import { stateStrip, timeDomain } from './trialChart.js';
/** Above this many datapoints, the replay view shows min–max per bucket instead of every datapoint. */
export const REPLAY_MAX_POINTS = 2000;
/** Breaching datapoints drawn at most (evenly thinned beyond). */
const MAX_BREACHING = 1500;
/**
 * Reduces a trace to at most `buckets` rows, each the min and max of the values, the lowest lower and the
 * highest upper edge of its datapoints, so no spike and no band excursion disappears at any zoom.
 *
 * @example
 * minMaxBuckets(trace, 1000).length; // ≤ 1000
 */
export function minMaxBuckets(trace, buckets) {
    const n = trace.values.length;
    const size = Math.max(1, Math.ceil(n / buckets));
    const stepMs = trace.periodSeconds * 1000;
    const rows = [];
    for (let from = 0; from < n; from += size) {
        let min = Infinity;
        let max = -Infinity;
        let lower = Infinity;
        let upper = -Infinity;
        for (let i = from; i < Math.min(n, from + size); i++) {
            const v = trace.values[i];
            if (!Number.isNaN(v)) {
                if (v < min)
                    min = v;
                if (v > max)
                    max = v;
            }
            const lo = trace.lower?.[i] ?? Number.NaN;
            const hi = trace.upper?.[i] ?? Number.NaN;
            if (!Number.isNaN(lo) && lo < lower)
                lower = lo;
            if (!Number.isNaN(hi) && hi > upper)
                upper = hi;
        }
        const finite = (x) => (Number.isFinite(x) ? x : null);
        rows.push({ t: trace.startMs + from * stepMs, end: trace.startMs + Math.min(n, from + size) * stepMs, min: finite(min), max: finite(max), lower: finite(lower), upper: finite(upper) });
    }
    return rows;
}
/**
 * The replay view: the whole replayed series (trial 1, no fault) with the first band alarm's band, its
 * breaching datapoints, and every alarm's state below, on one shared, zoomable time scale. Long series are
 * drawn as min–max per bucket of datapoints (the subtitle says so); states and breaching datapoints
 * come from every datapoint.
 *
 * @example
 * replayChart(simulation.representative.find((r) => r.whole)!, { title: 'ec2 CPU', unit: 'CPU %' });
 */
export function replayChart(run, options) {
    const domain = timeDomain(run.traces);
    const trace = run.traces.find((t) => t.lower !== null) ?? run.traces[0];
    const n = trace.values.length;
    const downsampled = n > REPLAY_MAX_POINTS;
    const buckets = minMaxBuckets(trace, downsampled ? REPLAY_MAX_POINTS / 2 : n);
    const stepMs = trace.periodSeconds * 1000;
    let breaching = trace.breaching.flatMap((b, i) => (b === 1 && !Number.isNaN(trace.values[i]) ? [{ t: trace.startMs + i * stepMs, value: trace.values[i] }] : []));
    const totalBreaching = breaching.length;
    if (breaching.length > MAX_BREACHING) {
        const every = Math.ceil(breaching.length / MAX_BREACHING);
        breaching = breaching.filter((_, i) => i % every === 0);
    }
    const roles = {
        [downsampled ? 'metric (min–max per bucket)' : 'metric']: COLORS.metric,
        band: COLORS.band,
        'breaching datapoint': COLORS.breach,
    };
    const color = (role) => ({
        datum: role,
        type: 'nominal',
        title: null,
        scale: { domain: Object.keys(roles), range: Object.values(roles) },
        legend: ROLE_LEGEND,
    });
    const x = utcTime('t', '', domain);
    const y = { type: 'quantitative', title: options.unit ?? 'value' };
    const metricRole = Object.keys(roles)[0];
    const panel = {
        width: PLOT_WIDTH,
        height: 240,
        title: { text: `${trace.alarm}: metric and band`, fontSize: 12, anchor: 'start' },
        layer: [
            {
                data: { values: buckets },
                mark: { type: 'area', opacity: 0.55, interpolate: 'step-after' },
                encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' }, color: color('band') },
            },
            {
                data: { values: buckets },
                params: [{ name: 'zoomReplay', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
                mark: downsampled ? { type: 'area', opacity: 0.8, interpolate: 'step-after' } : { type: 'line', strokeWidth: 1, interpolate: 'step-after' },
                encoding: {
                    x,
                    y: { ...y, field: downsampled ? 'min' : 'max' },
                    ...(downsampled ? { y2: { field: 'max' } } : {}),
                    color: color(metricRole),
                    tooltip: [utcTooltip('t', 'from'), { field: 'min', format: ',.4~g' }, { field: 'max', format: ',.4~g' }, { field: 'lower', format: ',.4~g' }, { field: 'upper', format: ',.4~g' }],
                },
            },
            {
                data: { values: breaching },
                mark: { type: 'point', filled: true, size: 14, opacity: 0.9 },
                encoding: { x, y: { ...y, field: 'value' }, color: color('breaching datapoint'), tooltip: [utcTooltip('t'), { field: 'value', format: ',.4~g' }] },
            },
        ],
    };
    const strip = stateStrip(run.traces, domain, 'alarm state');
    const notes = [
        `${formatCount(n)} datapoints of ${formatCount(trace.periodSeconds)} s`,
        downsampled ? `drawn as min–max per ${formatCount(Math.ceil(n / (REPLAY_MAX_POINTS / 2)))} datapoints` : '',
        totalBreaching > breaching.length ? `${formatCount(breaching.length)} of ${formatCount(totalBreaching)} breaching datapoints shown` : '',
        'drag to pan, wheel to zoom',
    ].filter(Boolean);
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: options.title, subtitle: notes.join(' · ') },
        config: BASE_CONFIG,
        vconcat: [panel, strip],
        resolve: { scale: { color: 'independent', x: 'shared' }, legend: { color: 'independent' } },
    };
}
