import { quantile } from 'simple-statistics';
import { aggregate } from '../alarm/aggregate.js';
import { generateSeries } from '../generate/generateSeries.js';
import { SEASONALITY_CHOICES } from '../band/seasonality.js';
import { createRng } from '../random/rng.js';
import { companionAlarms } from './companions.js';
import { defaultGrid, TuneInputError, expandGrid, settingAlarm, settingLabel } from './grid.js';
import { paretoFront } from './pareto.js';
import { periodCheck } from './periodCheck.js';
import { goalShare, recommend } from './recommend.js';
import { sweep } from './sweep.js';
import { wilsonInterval } from '../metrics/intervals.js';
import { formatMinutes } from '../metrics/format.js';
import { DAY_MS } from '../core/time.js';
/**
 * `bandsim tune` as a table of contents:
 * 1. the period check of each variant (trial 0's fault-free series, first training window);
 * 2. one band alarm per grid setting, plus the companion static alarms and the scenario's own static alarms;
 * 3. the sweep: every alarm on the same trials (common random numbers);
 * 4. per variant: figures with Wilson intervals, the Pareto front, the recommendation and runners-up, and
 *    what each static alarm adds.
 *
 * @throws Error when the scenario has no band alarm, or a grid setting is impossible
 * @example
 * const result = await tune(loadScenario('scenarios/coconut.json'), { maxFalseAlarmsPerWeek: 1 });
 */
export async function tune(scenario, options = {}) {
    const base = scenario.alarms.find((a) => a.type === 'band');
    if (!base)
        throw new TuneInputError('tune needs a scenario with a band alarm to tune (alarms[].type "band")');
    const budget = options.maxFalseAlarmsPerWeek ?? 1;
    const goals = options.goals ?? [];
    for (const goal of goals) {
        if (!scenario.faults.some((f) => f.name === goal.fault)) {
            throw new TuneInputError(`--goal: no fault named "${goal.fault}" (faults: ${scenario.faults.map((f) => f.name).join(', ') || 'none'})`);
        }
    }
    // 1. Period check.
    const periodChecks = new Map(scenario.variants.map((variant) => [variant.name, checkVariantPeriod(scenario, variant.name, base)]));
    // 2. Alarms.
    const grid = options.grid ?? defaultGrid(base, learnableSeasonalities([...periodChecks.values()], base));
    for (const periodSeconds of grid.periodSeconds) {
        if (periodSeconds % scenario.stepSeconds !== 0)
            throw new TuneInputError(`period ${periodSeconds} s is not a whole multiple of the data's step (${scenario.stepSeconds} s)`);
    }
    const settings = expandGrid(grid);
    const labels = settings.map((s) => settingLabel(s, base));
    const bandAlarms = settings.map((s, i) => settingAlarm(s, base, labels[i]));
    const companions = [
        ...companionAlarms(scenario, base, options.possibleMaximum ?? null),
        ...scenario.alarms.filter((a) => a.type === 'static').map((alarm) => ({ alarm, role: 'from the scenario' })),
    ];
    // 3. Sweep.
    const { byVariant } = await sweep(scenario, [...bandAlarms, ...companions.map((c) => c.alarm)], {
        onProgress: options.onProgress,
        workers: options.workers,
    });
    // 4. Per variant.
    const variants = scenario.variants.map((variant) => {
        const measures = byVariant.get(variant.name);
        const candidates = settings.map((setting, i) => ({
            setting,
            faults: measures[i].faults,
            falseAlarmsPerWeek: measures[i].falseAlarmsPerWeek,
            detectionRate: meanRate(measures[i].faults),
            latencyP50: pooledMedian(measures[i].faults),
        }));
        const front = new Set(paretoFront(candidates));
        const pick = recommend(candidates, budget, goals);
        // A setting that detects nothing is no recommendation, however quiet.
        if (pick.best !== null && candidates[pick.best].detectionRate === 0)
            Object.assign(pick, { best: null, runnersUp: [] });
        const goalFigures = (faults) => goals.filter((goal) => faults.some((f) => f.fault === goal.fault)).map((goal) => ({ goal: `${goal.fault}<=${goal.withinMinutes}min@${Math.round(goal.minShare * 100)}%`, ...goalShare(faults.find((f) => f.fault === goal.fault), goal) }));
        const settingFigures = candidates.map((c, i) => ({
            label: labels[i],
            setting: c.setting,
            falseAlarmsPerWeek: c.falseAlarmsPerWeek,
            detectionRate: c.detectionRate,
            latencyP50: c.latencyP50,
            onFront: front.has(i),
            goals: goalFigures(c.faults),
            faults: c.faults.map(faultFigures),
        }));
        const comparedWith = pick.best ?? candidates.reduce((best, c, i) => (c.falseAlarmsPerWeek < candidates[best].falseAlarmsPerWeek ? i : best), 0);
        const band = measures[comparedWith].faults;
        const companionFigures = companions.map((companion, c) => {
            const m = measures[settings.length + c];
            const alarm = companion.alarm;
            return {
                name: alarm.name,
                role: companion.role,
                comparison: alarm.comparison,
                threshold: m.threshold !== null && Number.isFinite(m.threshold) ? m.threshold : null,
                lower: alarm.lower ?? null,
                upper: alarm.upper ?? null,
                periodSeconds: alarm.periodSeconds,
                statistic: alarm.statistic,
                evaluationPeriods: alarm.evaluationPeriods,
                datapointsToAlarm: alarm.datapointsToAlarm,
                treatMissingData: alarm.treatMissingData,
                falseAlarmsPerWeek: m.falseAlarmsPerWeek,
                goals: goalFigures(m.faults),
                faults: m.faults.map((f, j) => {
                    const bandLatencies = band[j].latencies;
                    const only = f.latencies.filter((l, t) => l !== null && bandLatencies[t] === null).length;
                    const either = f.latencies.filter((l, t) => l !== null || bandLatencies[t] !== null).length;
                    return { ...faultFigures(f), onlyThisCatches: only, combinedDetectionRate: f.latencies.length ? either / f.latencies.length : 0 };
                }),
            };
        });
        return {
            variant: variant.name,
            periodCheck: periodChecks.get(variant.name),
            settings: settingFigures,
            recommended: pick.best,
            runnersUp: pick.runnersUp,
            comparedWith,
            withinBudget: pick.withinBudget,
            eligible: pick.eligible,
            companions: companionFigures,
            verdict: verdict(settingFigures, pick, companionFigures, budget, goals),
        };
    });
    return { scenario: scenario.name, seed: scenario.seed, trials: scenario.trials, maxFalseAlarmsPerWeek: budget, goals, baseAlarm: base.name, grid, variants };
}
/**
 * The seasonalities worth sweeping by default: none, the base alarm's, and the seasons the period checks
 * found learnable; all four when a period fits none of them (to show that none learns it).
 */
function learnableSeasonalities(checks, base) {
    const wanted = new Set(['none', base.band.seasonality]);
    for (const check of checks) {
        const seasons = check.flagged ? ['hourly', 'daily', 'weekly'] : check.fitsSeasons;
        for (const season of seasons)
            wanted.add(season);
    }
    const order = SEASONALITY_CHOICES;
    return order.filter((s) => wanted.has(s));
}
/** The period check of a variant: trial 0's fault-free series, its first training window, on the base alarm's period. */
function checkVariantPeriod(scenario, variantName, base) {
    const variant = scenario.variants.find((v) => v.name === variantName);
    const length = Math.round(((scenario.warmupDays + scenario.onsetSpreadDays + scenario.tailDays) * DAY_MS) / (scenario.stepSeconds * 1000));
    const generated = generateSeries(variant.series, createRng(scenario.seed, '0', variant.name, 'generate'), scenario.startMs, scenario.stepSeconds, length, variant.data);
    const windowSamples = Math.min(length, Math.round((base.band.trainingDays * DAY_MS) / (scenario.stepSeconds * 1000)));
    const window = { ...generated.series, values: generated.series.values.slice(0, windowSamples) };
    return periodCheck(aggregate(window, base.periodSeconds, base.statistic));
}
function faultFigures(f) {
    const detected = f.latencies.filter((l) => l !== null);
    return {
        fault: f.fault,
        trials: f.latencies.length,
        detected: detected.length,
        detectionRate: f.latencies.length ? detected.length / f.latencies.length : 0,
        detectionInterval: (([lower, upper]) => ({ lower, upper }))(wilsonInterval(detected.length, f.latencies.length)),
        latencyP50: detected.length ? quantile(detected, 0.5) : null,
        latencyP90: detected.length ? quantile(detected, 0.9) : null,
    };
}
function meanRate(faults) {
    if (faults.length === 0)
        return 0;
    let sum = 0;
    for (const f of faults)
        sum += f.latencies.length ? f.latencies.filter((l) => l !== null).length / f.latencies.length : 0;
    return sum / faults.length;
}
function pooledMedian(faults) {
    const all = faults.flatMap((f) => f.latencies.filter((l) => l !== null));
    return all.length ? quantile(all, 0.5) : null;
}
function verdict(settings, pick, companions, budget, goals) {
    const percent = (x) => `${Math.round(x * 100)}%`;
    const statics = companions.filter((c) => c.falseAlarmsPerWeek <= budget + 1e-12 && c.goals.every((g) => g.met) && c.faults.some((f) => f.detected > 0));
    const instead = statics.length
        ? ` Static alarms that would${goals.length ? ' meet the goals' : ''} within the budget: ${statics.map((c) => `"${c.name}" (${c.falseAlarmsPerWeek.toFixed(2)} false alarms/week; detects ${c.faults.filter((f) => f.detected > 0).map((f) => `${f.fault} ${percent(f.detectionRate)}`).join(', ')})`).join('; ')}.`
        : ` No static alarm considered${goals.length ? ' meets the goals' : ' catches a fault'} within the budget either.`;
    // deploy/ holds files only for a recommended band setting; say so where static alarms are named instead.
    const byHand = statics.length ? ' Nothing is exported to deploy/ without a band recommendation: their settings are under "companions" in tune.json.' : '';
    if (pick.best === null && pick.eligible > 0) {
        return `Every setting within the budget detects none of the faults: a band alarm does not help here.${instead}${byHand}`;
    }
    if (pick.best !== null) {
        const s = settings[pick.best];
        return `Recommended: ${s.label}: ${s.falseAlarmsPerWeek.toFixed(2)} false alarms per week (budget ${budget}), detects ${percent(s.detectionRate)} of fault trials on average, median ${formatMinutes(s.latencyP50)}. ${pick.eligible} of ${settings.length} settings meet the budget${goals.length ? ' and the goals' : ''}.`;
    }
    const reason = pick.withinBudget === 0
        ? `No band setting stays within ${budget} false alarm(s) per week (the fewest: ${Math.min(...settings.map((s) => s.falseAlarmsPerWeek)).toFixed(2)}).`
        : `${pick.withinBudget} band setting(s) stay within the budget, but none meets every goal.`;
    return reason + instead + byHand;
}
