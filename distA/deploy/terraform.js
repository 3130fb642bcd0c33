import { bandExpression, isPercentile } from './deployment.js';
/**
 * Terraform (HCL) for the AWS provider: one `aws_cloudwatch_metric_alarm` on the band, with a `metric_query`
 * for the metric (`m1`) and one for `ANOMALY_DETECTION_BAND(m1, k)` (`ad1`, the `threshold_metric_id`), and
 * one `aws_cloudwatch_metric_alarm` per static companion. The band alarm creates the anomaly-detection model
 * on first use; the provider has no resource for the model itself, so excluded time ranges and a metric time
 * zone need `put-anomaly-detector.json` (said in the comments when set).
 *
 * @example
 * writeFileSync('deploy/main.tf', terraform(deployment));
 */
export function terraform(deployment) {
    const { metric, band } = deployment;
    const lines = deployment.notes.map((n) => `# ${n}`);
    if (band.excludedTimeRanges.length || band.metricTimezone) {
        lines.push('# Excluded time ranges / metric time zone: apply put-anomaly-detector.json with the AWS CLI (no Terraform resource).');
    }
    const dimensions = metric.dimensions.length
        ? ['      dimensions = {', ...metric.dimensions.map((d) => `        ${hcl(d.name)} = ${hcl(d.value)}`), '      }']
        : [];
    lines.push('resource "aws_cloudwatch_metric_alarm" "bandsim_band" {', `  alarm_name          = ${hcl(band.alarmName)}`, `  alarm_description   = ${hcl(band.description)}`, `  comparison_operator = ${hcl(band.comparison)}`, `  evaluation_periods  = ${band.evaluationPeriods}`, `  datapoints_to_alarm = ${band.datapointsToAlarm}`, `  treat_missing_data  = ${hcl(band.treatMissingData)}`, '  threshold_metric_id = "ad1"', '', '  metric_query {', '    id          = "m1"', '    return_data = true', '    metric {', `      namespace   = ${hcl(metric.namespace)}`, `      metric_name = ${hcl(metric.metricName)}`, `      period      = ${band.periodSeconds}`, `      stat        = ${hcl(band.stat)}`, ...dimensions, '    }', '  }', '', '  metric_query {', '    id          = "ad1"', `    expression  = ${hcl(bandExpression(band.k))}`, `    label       = ${hcl(`${metric.metricName} (expected)`)}`, '    return_data = true', '  }', '}');
    deployment.statics.forEach((alarm, i) => {
        lines.push('', `resource "aws_cloudwatch_metric_alarm" "bandsim_static_${i + 1}" {`, `  alarm_name          = ${hcl(alarm.alarmName)}`, `  alarm_description   = ${hcl(alarm.description)}`, `  namespace           = ${hcl(metric.namespace)}`, `  metric_name         = ${hcl(metric.metricName)}`, `  period              = ${alarm.periodSeconds}`, isPercentile(alarm.stat) ? `  extended_statistic  = ${hcl(alarm.stat)}` : `  statistic           = ${hcl(alarm.stat)}`, `  threshold           = ${alarm.threshold}`, `  comparison_operator = ${hcl(alarm.comparison)}`, `  evaluation_periods  = ${alarm.evaluationPeriods}`, `  datapoints_to_alarm = ${alarm.datapointsToAlarm}`, `  treat_missing_data  = ${hcl(alarm.treatMissingData)}`, ...dimensions.map((l) => l.slice(4)), '}');
    });
    return `${lines.join('\n')}\n`;
}
/** An HCL quoted string: JSON escapes, and `${` / `%{` escaped so that no template is interpolated. */
function hcl(text) {
    return JSON.stringify(text).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
}
