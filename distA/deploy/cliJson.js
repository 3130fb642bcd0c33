import { bandExpression, isPercentile } from './deployment.js';
/**
 * The JSON inputs of the AWS CLI, one file each: `aws cloudwatch put-anomaly-detector --cli-input-json
 * file://put-anomaly-detector.json`, `aws cloudwatch put-metric-alarm --cli-input-json file://put-metric-alarm.json`,
 * and one `put-metric-alarm` input per static alarm. Field names and shapes are those of the PutAnomalyDetector
 * and PutMetricAlarm API requests. JSON has no comments: the notes go to the CloudFormation and Terraform files.
 *
 * @example
 * cliJson(deployment).anomalyDetector.SingleMetricAnomalyDetector.Stat; // 'Sum'
 */
export function cliJson(deployment) {
    const { metric, band } = deployment;
    const dimensions = metric.dimensions.map((d) => ({ Name: d.name, Value: d.value }));
    const configuration = {};
    if (band.excludedTimeRanges.length)
        configuration.ExcludedTimeRanges = band.excludedTimeRanges.map((r) => ({ StartTime: r.start, EndTime: r.end }));
    if (band.metricTimezone)
        configuration.MetricTimezone = band.metricTimezone;
    const anomalyDetector = {
        SingleMetricAnomalyDetector: { Namespace: metric.namespace, MetricName: metric.metricName, Dimensions: dimensions, Stat: band.stat },
    };
    if (Object.keys(configuration).length)
        anomalyDetector.Configuration = configuration;
    const bandAlarm = {
        AlarmName: band.alarmName,
        AlarmDescription: band.description,
        ActionsEnabled: true,
        Metrics: [
            {
                Id: 'm1',
                ReturnData: true,
                MetricStat: { Metric: { Namespace: metric.namespace, MetricName: metric.metricName, Dimensions: dimensions }, Period: band.periodSeconds, Stat: band.stat },
            },
            { Id: 'ad1', Expression: bandExpression(band.k), Label: `${metric.metricName} (expected)`, ReturnData: true },
        ],
        ThresholdMetricId: 'ad1',
        ComparisonOperator: band.comparison,
        EvaluationPeriods: band.evaluationPeriods,
        DatapointsToAlarm: band.datapointsToAlarm,
        TreatMissingData: band.treatMissingData,
    };
    return { anomalyDetector, bandAlarm, staticAlarms: deployment.statics.map((s) => staticAlarmInput(deployment, s)) };
}
function staticAlarmInput(deployment, alarm) {
    const { metric } = deployment;
    return {
        AlarmName: alarm.alarmName,
        AlarmDescription: alarm.description,
        ActionsEnabled: true,
        Namespace: metric.namespace,
        MetricName: metric.metricName,
        Dimensions: metric.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
        Period: alarm.periodSeconds,
        ...(isPercentile(alarm.stat) ? { ExtendedStatistic: alarm.stat } : { Statistic: alarm.stat }),
        Threshold: alarm.threshold,
        ComparisonOperator: alarm.comparison,
        EvaluationPeriods: alarm.evaluationPeriods,
        DatapointsToAlarm: alarm.datapointsToAlarm,
        TreatMissingData: alarm.treatMissingData,
    };
}
