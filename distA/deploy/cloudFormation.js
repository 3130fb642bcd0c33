import { bandExpression, isPercentile } from './deployment.js';
/**
 * A CloudFormation template (YAML) with an `AWS::CloudWatch::AnomalyDetector` for the metric and statistic,
 * and an `AWS::CloudWatch::Alarm` on `ANOMALY_DETECTION_BAND(m1, k)` (`ThresholdMetricId: ad1`), plus one
 * `AWS::CloudWatch::Alarm` per static companion. The notes come first as comments. Strings are written
 * double-quoted with JSON escapes, which YAML reads the same.
 *
 * @example
 * writeFileSync('deploy/cloudformation.yaml', cloudFormationYaml(deployment));
 */
export function cloudFormationYaml(deployment) {
    const { metric, band } = deployment;
    const dimensions = metric.dimensions.map((d) => ({ Name: d.name, Value: d.value }));
    const configuration = {};
    if (band.excludedTimeRanges.length) {
        configuration.ExcludedTimeRanges = band.excludedTimeRanges.map((r) => ({ StartTime: cfnTime(r.start), EndTime: cfnTime(r.end) }));
    }
    if (band.metricTimezone)
        configuration.MetricTimeZone = band.metricTimezone;
    const detector = {
        SingleMetricAnomalyDetector: { Namespace: metric.namespace, MetricName: metric.metricName, ...(dimensions.length ? { Dimensions: dimensions } : {}), Stat: band.stat },
    };
    if (Object.keys(configuration).length)
        detector.Configuration = configuration;
    const resources = {
        BandsimAnomalyDetector: { Type: 'AWS::CloudWatch::AnomalyDetector', Properties: detector },
        BandsimBandAlarm: {
            Type: 'AWS::CloudWatch::Alarm',
            DependsOn: 'BandsimAnomalyDetector',
            Properties: {
                AlarmName: band.alarmName,
                AlarmDescription: band.description,
                ActionsEnabled: true,
                ComparisonOperator: band.comparison,
                EvaluationPeriods: band.evaluationPeriods,
                DatapointsToAlarm: band.datapointsToAlarm,
                TreatMissingData: band.treatMissingData,
                ThresholdMetricId: 'ad1',
                Metrics: [
                    {
                        Id: 'm1',
                        ReturnData: true,
                        MetricStat: {
                            Metric: { Namespace: metric.namespace, MetricName: metric.metricName, ...(dimensions.length ? { Dimensions: dimensions } : {}) },
                            Period: band.periodSeconds,
                            Stat: band.stat,
                        },
                    },
                    { Id: 'ad1', Expression: bandExpression(band.k), Label: `${metric.metricName} (expected)`, ReturnData: true },
                ],
            },
        },
    };
    deployment.statics.forEach((alarm, i) => {
        resources[`BandsimStaticAlarm${i + 1}`] = {
            Type: 'AWS::CloudWatch::Alarm',
            Properties: {
                AlarmName: alarm.alarmName,
                AlarmDescription: alarm.description,
                ActionsEnabled: true,
                Namespace: metric.namespace,
                MetricName: metric.metricName,
                ...(dimensions.length ? { Dimensions: dimensions } : {}),
                Period: alarm.periodSeconds,
                ...(isPercentile(alarm.stat) ? { ExtendedStatistic: alarm.stat } : { Statistic: alarm.stat }),
                Threshold: alarm.threshold,
                ComparisonOperator: alarm.comparison,
                EvaluationPeriods: alarm.evaluationPeriods,
                DatapointsToAlarm: alarm.datapointsToAlarm,
                TreatMissingData: alarm.treatMissingData,
            },
        };
    });
    const template = { AWSTemplateFormatVersion: '2010-09-09', Description: `bandsim tune: ${band.alarmName}`.slice(0, 1024), Resources: resources };
    return `${deployment.notes.map((n) => `# ${n}`).join('\n')}\n${toYaml(template, 0).join('\n')}\n`;
}
/** CloudFormation's Range times are `yyyy-MM-ddTHH:mm:ss` (UTC, no zone suffix). */
function cfnTime(iso) {
    return iso.slice(0, 19);
}
/** Block-style YAML for plain JSON data (objects, arrays, strings, numbers, booleans). */
function toYaml(value, indent) {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value)) {
        return value.flatMap((item) => {
            const lines = isScalar(item) ? [scalar(item)] : toYaml(item, indent + 2).map((l) => l.slice(indent + 2));
            return [`${pad}- ${lines[0]}`, ...lines.slice(1).map((l) => `${pad}  ${l}`)];
        });
    }
    return Object.entries(value).flatMap(([key, v]) => isScalar(v) ? [`${pad}${key}: ${scalar(v)}`] : Array.isArray(v) && v.length === 0 ? [`${pad}${key}: []`] : [`${pad}${key}:`, ...toYaml(v, indent + 2)]);
}
function isScalar(v) {
    return v === null || typeof v !== 'object';
}
function scalar(v) {
    return typeof v === 'string' ? JSON.stringify(v) : String(v);
}
