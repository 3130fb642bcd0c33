import { formatMinutes } from '../metrics/format.js';
/**
 * The deployment of one variant's recommendation: the band alarm with the recommended k, period, statistic,
 * M of N and TreatMissingData (comparison, excluded time ranges from the scenario's band alarm), and the
 * companion static alarms that caught faults the band missed within the false-alarm budget (each distinct alarm
 * once). A threshold set
 * as a share of the recent maximum is written as the number it came to in the simulation (mean over trials):
 * recompute it from the real metric. Returns null when the variant has no recommendation.
 *
 * @param metricTimezone tz database name for the model, or null (UTC)
 * @example
 * deploymentFor(result, result.variants[0], base, PLACEHOLDER_METRIC, null);
 */
export function deploymentFor(result, variant, base, metric, metricTimezone) {
    if (variant.recommended === null)
        return null;
    const figures = variant.settings[variant.recommended];
    const s = figures.setting;
    const where = result.scenario + (result.variants.length > 1 ? ` (${variant.variant})` : '');
    const name = (text) => `${where}: ${text}`.slice(0, 255);
    const statics = [];
    const seen = new Set();
    for (const c of variant.companions) {
        const adds = c.faults.some((f) => f.onlyThisCatches > 0);
        // The scenario's own static alarms may repeat a companion: export each alarm once.
        const key = JSON.stringify([c.comparison, c.threshold, c.lower, c.upper, c.periodSeconds, c.statistic, c.evaluationPeriods, c.datapointsToAlarm, c.treatMissingData]);
        if (!adds || c.falseAlarmsPerWeek > result.maxFalseAlarmsPerWeek + 1e-12 || seen.has(key))
            continue;
        seen.add(key);
        const common = {
            description: `bandsim companion (${c.role}): simulated ${c.falseAlarmsPerWeek.toFixed(2)} false alarms/week.`,
            periodSeconds: c.periodSeconds,
            stat: c.statistic,
            evaluationPeriods: c.evaluationPeriods,
            datapointsToAlarm: c.datapointsToAlarm,
            treatMissingData: c.treatMissingData,
        };
        if (c.comparison === 'LessThanLowerOrGreaterThanUpperThreshold') {
            statics.push({ ...common, alarmName: name(`${c.name} (low)`), comparison: 'LessThanThreshold', threshold: c.lower });
            statics.push({ ...common, alarmName: name(`${c.name} (high)`), comparison: 'GreaterThanThreshold', threshold: c.upper });
        }
        else if (c.threshold !== null) {
            statics.push({ ...common, alarmName: name(c.name), comparison: c.comparison, threshold: Number(c.threshold.toPrecision(6)) });
        }
    }
    const notes = [
        `bandsim tune of "${where}", seed ${result.seed}, ${result.trials} trials per setting: recommended ${figures.label}.`,
        `Simulated: ${figures.falseAlarmsPerWeek.toFixed(2)} false alarms per week (budget ${result.maxFalseAlarmsPerWeek}); ${figures.faults.map((f) => `${f.fault}: ${Math.round(f.detectionRate * 100)}%${f.latencyP50 !== null ? `, median ${formatMinutes(f.latencyP50)}` : ''}`).join('; ')}.`,
        `CloudWatch learns its own model: it finds the seasonality (hourly, daily, weekly) itself and it cannot be set, it trains on up to two weeks of history, and its σ is its own.`,
        `So only k, the period, the statistic, M of N and TreatMissingData (and excluded time ranges, the time zone) carry over from the simulated "${s.seasonality}, ${s.sigma} σ, ${s.trainingDays} days" band; check the live band before relying on it.`,
        ...((base.band.model ?? 'seasonal') !== 'seasonal'
            ? [
                `The simulated band was bandsim's "${base.band.model}" model, not CloudWatch's: CloudWatch's own band will behave differently, and k means something else there. Simulate the scenario with the seasonal model to see what this alarm will do.`,
            ]
            : []),
        ...(metric.placeholder ? ['Namespace and MetricName are placeholders (REPLACE_ME): run tune with --namespace, --metric-name and --dimension Name=Value.'] : []),
        ...(statics.some((x) => /recent max/.test(x.alarmName)) ? ['The ceiling threshold is 130% of the simulated recent maximum: recompute it from your metric.'] : []),
        'No alarm actions are set: add AlarmActions (e.g. an SNS topic ARN) before deploying.',
    ];
    return {
        metric,
        band: {
            alarmName: name(`band ${figures.label}`),
            description: `bandsim tune recommendation: ${figures.label}.`.slice(0, 1024),
            periodSeconds: s.periodSeconds,
            stat: s.statistic,
            k: s.k,
            comparison: base.comparison,
            evaluationPeriods: s.evaluationPeriods,
            datapointsToAlarm: s.datapointsToAlarm,
            treatMissingData: s.treatMissingData,
            excludedTimeRanges: base.band.excludedTimeRanges.map((r) => ({ start: new Date(r.startMs).toISOString(), end: new Date(r.endMs).toISOString() })),
            metricTimezone,
        },
        statics,
        notes,
    };
}
