import { formatDays } from '../metrics/format.js';
import { alarmColorScale, slug } from './common.js';
import { bandFitChart } from './bandFitChart.js';
import { latencyChart } from './latencyChart.js';
import { latencyHeatmap } from './latencyHeatmap.js';
import { learningChart } from './learningChart.js';
import { replayChart } from './replayChart.js';
import { trialChart } from './trialChart.js';
/**
 * Every chart of a simulation, in report order: per variant the fault-free run, then per fault the
 * representative trial and the latency distribution; last, the day-by-day learning chart.
 * Pure: returns specs, renders nothing.
 *
 * @example
 * buildCharts(scenario, simulate(scenario)).map((c) => c.id); // ['normal-default', 'trial-default-a-single-0', ...]
 */
export function buildCharts(scenario, simulation) {
    const charts = [];
    const many = scenario.variants.length > 1;
    const alarmNames = scenario.alarms.map((a) => a.name);
    const colors = alarmColorScale(alarmNames);
    const alarmColors = new Map(colors.domain.map((name, i) => [name, colors.range[i]]));
    const unit = scenario.unit;
    for (const variant of simulation.summary.variants) {
        const prefix = many ? `${variant.variant}: ` : '';
        const idPart = many ? `-${slug(variant.variant)}` : '';
        const thresholdRanges = new Map(variant.control.flatMap((c) => (c.thresholdRange && c.thresholdRange[0] !== c.thresholdRange[1] ? [[c.alarm, c.thresholdRange]] : [])));
        const trialOptions = { possibleMinimum: scenario.possibleMinimum, unit, thresholdRanges, alarmColors };
        const whole = simulation.representative.find((r) => r.variant === variant.variant && r.whole);
        if (whole) {
            const days = (whole.traces[0].values.length * whole.traces[0].periodSeconds) / 86_400;
            charts.push({
                id: `replay${idPart}`,
                variant: variant.variant,
                fault: null,
                title: `${prefix}the whole replayed series`,
                caption: `All ${formatDays(days)} of the replayed data without injected faults, with the band and every alarm's state: would the band have fired on your own incidents? The first ${formatDays(scenario.warmupDays)} are the warm-up. Drag to pan, wheel to zoom.`,
                spec: replayChart(whole, { title: `${scenario.name}: ${prefix}the whole replayed series (trial 1, no injected fault)`, unit }),
            });
        }
        const normal = simulation.representative.find((r) => r.variant === variant.variant && r.fault === null && !r.whole);
        if (normal) {
            charts.push({
                id: `normal${idPart}`,
                variant: variant.variant,
                fault: null,
                title: `${prefix}fault-free run`,
                caption: 'The last eight hours of trial 1 without a fault: the metric, the band, its expected value and breaching datapoints (see the legend), and each alarm\'s state below.',
                spec: trialChart(normal, {
                    ...trialOptions,
                    title: `${scenario.name}: ${prefix}fault-free run (trial 1, last 8 hours)`,
                    subtitle: variant.description,
                }),
            });
        }
        for (const fault of variant.faults) {
            const run = simulation.representative.find((r) => r.variant === variant.variant && r.fault === fault.fault);
            if (run) {
                charts.push({
                    id: `trial${idPart}-${slug(fault.fault)}`,
                    variant: variant.variant,
                    fault: fault.fault,
                    title: `${prefix}${fault.fault}: trial 1`,
                    caption: 'Trial 1 around the fault (orange): the metric, the band, breaching datapoints and when each alarm went to ALARM (red in the strips below). Metric and strips share one time scale.',
                    spec: trialChart(run, {
                        ...trialOptions,
                        title: `${scenario.name}: ${prefix}${fault.fault} (trial 1)`,
                        subtitle: `onset ${new Date(run.onsetMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
                    }),
                });
            }
            charts.push({
                id: `latency${idPart}-${slug(fault.fault)}`,
                variant: variant.variant,
                fault: fault.fault,
                title: `${prefix}${fault.fault}: detection latency`,
                caption: `Top: the share of the ${fault.alarms[0]?.trials ?? 0} trials each alarm detected, with its 95% interval. Bottom: the share detected within x minutes of onset; a curve that stops below 100% leaves the rest undetected.`,
                spec: latencyChart(fault, `${scenario.name}: ${prefix}${fault.fault}: detection latency`, alarmNames),
            });
            charts.push({
                id: `by-hour${idPart}-${slug(fault.fault)}`,
                variant: variant.variant,
                fault: fault.fault,
                title: `${prefix}${fault.fault}: latency by hour and weekday of onset`,
                caption: 'Median time from onset to ALARM by the UTC hour and the weekday the fault began (darker is slower); pale cells were never detected; the text gives detected/trials.',
                spec: latencyHeatmap(fault, `${scenario.name}: ${prefix}${fault.fault}: latency by onset time`),
            });
        }
    }
    const normals = simulation.representative.filter((r) => r.fault === null && !r.whole);
    if (normals.length > 1) {
        charts.splice(0, 0, {
            id: 'band-fit',
            variant: null,
            fault: null,
            title: 'The band of each variant, side by side',
            caption: 'The same hours of each variant\'s fault-free run with the band it learned: a band that learned the pattern hugs it; one that could not is wide and flat.',
            spec: bandFitChart(normals, `${scenario.name}: band fit per variant`, unit),
        });
    }
    charts.push({
        id: 'learning',
        variant: null,
        fault: null,
        title: 'Day by day without faults',
        caption: 'False alarms per day and the mean band width on fault-free runs, per day after the warm-up: how quickly a band learns the metric (or never does).',
        spec: learningChart(simulation.summary, unit),
    });
    // Ids are file names: make them unique even when two faults' names slug alike.
    const seen = new Map();
    for (const chart of charts) {
        const n = (seen.get(chart.id) ?? 0) + 1;
        seen.set(chart.id, n);
        if (n > 1)
            chart.id = `${chart.id}-${n}`;
    }
    return charts;
}
