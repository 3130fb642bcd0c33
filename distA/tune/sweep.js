import { simulateParallel } from '../parallel/simulateParallel.js';
/**
 * Runs many alarms on the same trials: one scenario whose alarms are all the settings (and companions), so
 * every setting sees the same generated series, the same fault onsets and the same noise (common random
 * numbers: a difference between two settings is the settings', not the draws'). Equivalent to one
 * `simulate` per setting with the same seed, because bandsim's random streams are named by trial, variant
 * and stage, never by alarm; and cheaper, since each series is generated and each fault applied once.
 * Trials run on worker threads, and only their outcomes are kept (no summary, no runs for charts).
 *
 * @example
 * const { byVariant } = await sweep(scenario, [bandAlarm, staticAlarm], { workers: 2 });
 * byVariant.get('default')![0].falseAlarmsPerWeek;
 */
export async function sweep(scenario, alarms, options = {}) {
    const named = alarms.map((alarm, i) => ({ ...alarm, name: `#${i} ${alarm.name}` }));
    const run = { ...scenario, alarms: named };
    const { outcomes } = await simulateParallel(run, { onProgress: options.onProgress, workers: options.workers, outcomesOnly: true });
    const byVariant = new Map();
    for (const variant of scenario.variants) {
        const trials = outcomes.filter((o) => o.variant === variant.name);
        const faults = scenario.faults.filter((f) => f.variants.includes(variant.name)).map((f) => f.name);
        byVariant.set(variant.name, alarms.map((alarm, a) => measure(trials, a, faults, alarm.type === 'static')));
    }
    return { byVariant };
}
function measure(trials, a, faults, isStatic) {
    let perWeek = 0;
    let threshold = 0;
    for (const trial of trials) {
        const control = trial.control[a];
        perWeek += (control.alarmsPerDay.reduce((s, x) => s + x, 0) / control.evaluationDays) * 7;
        threshold += control.threshold ?? Number.NaN;
    }
    return {
        falseAlarmsPerWeek: trials.length ? perWeek / trials.length : 0,
        threshold: isStatic && trials.length ? threshold / trials.length : null,
        faults: faults.map((fault) => ({
            fault,
            latencies: trials.map((t) => t.faults.find((f) => f.fault === fault).alarms[a].latencyMinutes),
        })),
    };
}
