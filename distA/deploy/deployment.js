/** Placeholders used when no `--namespace` / `--metric-name` is given: valid values, clearly marked. */
export const PLACEHOLDER_METRIC = {
    namespace: 'REPLACE_ME/Namespace',
    metricName: 'REPLACE_ME_MetricName',
    dimensions: [],
    placeholder: true,
};
/**
 * Checks what CloudWatch requires of an anomaly-detection alarm before anything is exported: a period of at
 * least 60 s that is a multiple of 60, M ≤ N, and N × period ≤ one day for periods under an hour.
 *
 * @returns one message per problem; empty when deployable
 * @example
 * deploymentProblems(deployment); // ['period 30 s: CloudWatch anomaly-detection alarms need a period of at least 60 s, a multiple of 60']
 */
export function deploymentProblems(deployment) {
    const problems = [];
    for (const alarm of [deployment.band, ...deployment.statics]) {
        const p = alarm.periodSeconds;
        if (alarm === deployment.band ? p < 60 || p % 60 !== 0 : !(p === 10 || p === 20 || p === 30 || (p >= 60 && p % 60 === 0))) {
            problems.push(`${alarm.alarmName}: period ${p} s: ${alarm === deployment.band ? 'CloudWatch anomaly-detection alarms need a period of at least 60 s, a multiple of 60' : 'CloudWatch alarm periods are 10, 20, 30 or a multiple of 60 s'}`);
        }
        if (alarm.datapointsToAlarm > alarm.evaluationPeriods)
            problems.push(`${alarm.alarmName}: DatapointsToAlarm ${alarm.datapointsToAlarm} > EvaluationPeriods ${alarm.evaluationPeriods}`);
        if (p < 3600 && p * alarm.evaluationPeriods > 86_400)
            problems.push(`${alarm.alarmName}: EvaluationPeriods × Period exceeds one day`);
    }
    return problems;
}
/** True for a percentile statistic (`p99`), which static alarms name `ExtendedStatistic`. */
export function isPercentile(stat) {
    return /^p\d/.test(stat);
}
/** The metric-math expression of the band: `ANOMALY_DETECTION_BAND(m1, k)`. */
export function bandExpression(k) {
    return `ANOMALY_DETECTION_BAND(m1, ${Number(k.toPrecision(6))})`;
}
