/**
 * The exports checked against what AWS documents. Each schema below is written from these pages:
 * - CloudFormation AWS::CloudWatch::Alarm, its MetricDataQuery / MetricStat / Metric / Dimension types:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html
 * - CloudFormation AWS::CloudWatch::AnomalyDetector (SingleMetricAnomalyDetector, Configuration with
 *   ExcludedTimeRanges of Range {StartTime, EndTime} "yyyy-MM-ddTHH:mm:ss", MetricTimeZone):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-anomalydetector.html
 * - PutMetricAlarm API: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
 *   (AlarmName 1–255, EvaluationPeriods ≥ 1, DatapointsToAlarm ≥ 1, Period 10, 20, 30 or a multiple of 60,
 *   Period × EvaluationPeriods ≤ 86,400 s for periods under an hour, the seven ComparisonOperator values of
 *   which LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold and GreaterThanUpperThreshold are
 *   for anomaly-detection alarms only, TreatMissingData breaching | notBreaching | ignore | missing,
 *   ThresholdMetricId the Id of the ANOMALY_DETECTION_BAND query, MetricDataQuery Id starting with a lower-case
 *   letter, Expression 1–2048, at most 30 dimensions)
 * - PutAnomalyDetector API: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutAnomalyDetector.html
 *   (SingleMetricAnomalyDetector {Namespace, MetricName, Dimensions, Stat}, Configuration {ExcludedTimeRanges
 *   [{StartTime, EndTime}], MetricTimezone})
 * - The CloudWatch user guide on anomaly detection: band alarms need a period of at least 60 s.
 * - Terraform AWS provider, aws_cloudwatch_metric_alarm:
 *   https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_metric_alarm
 *   (metric_query blocks with id, expression, label, return_data and a metric block with metric_name,
 *   namespace, period, stat, dimensions; threshold_metric_id; with metric_query, no top-level metric_name,
 *   namespace, period or statistic)
 */
import { parse as parseHcl } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { cliJson } from '../../src/deploy/cliJson.js';
import { cloudFormationYaml } from '../../src/deploy/cloudFormation.js';
import { deploymentProblems, type Deployment } from '../../src/deploy/deployment.js';
import { terraform } from '../../src/deploy/terraform.js';

const COMPARISONS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
] as const;
const BAND_COMPARISONS = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'];
const TREAT = z.enum(['breaching', 'notBreaching', 'ignore', 'missing']);
const STATISTIC = z.enum(['Average', 'Maximum', 'Minimum', 'SampleCount', 'Sum']);
const STAT = z.string().regex(/^(SampleCount|Average|Sum|Minimum|Maximum|p\d{1,2}(\.\d{0,10})?|p100)$/);
const PERIOD = z.number().int().refine((p) => p === 10 || p === 20 || p === 30 || (p >= 60 && p % 60 === 0), 'Period: 10, 20, 30 or a multiple of 60');
const NAME = z.string().min(1).max(255);
const DIMENSION = z.strictObject({ Name: NAME, Value: z.string().min(1).max(1024) });
const DIMENSIONS = z.array(DIMENSION).max(30);
const METRIC = z.strictObject({ Namespace: NAME, MetricName: NAME, Dimensions: DIMENSIONS.optional() });
const QUERY_ID = z.string().min(1).max(255).regex(/^[a-z][A-Za-z0-9_]*$/);
const QUERY = z.strictObject({
  Id: QUERY_ID,
  Expression: z.string().min(1).max(2048).optional(),
  Label: z.string().optional(),
  ReturnData: z.boolean().optional(),
  Period: PERIOD.optional(),
  MetricStat: z.strictObject({ Metric: METRIC, Period: PERIOD, Stat: STAT, Unit: z.string().optional() }).optional(),
});
/** Shared by CloudFormation's AWS::CloudWatch::Alarm Properties and PutMetricAlarm's request. */
const ALARM = z
  .strictObject({
    AlarmName: NAME,
    AlarmDescription: z.string().max(1024).optional(),
    ActionsEnabled: z.boolean().optional(),
    ComparisonOperator: z.enum(COMPARISONS),
    EvaluationPeriods: z.number().int().min(1),
    DatapointsToAlarm: z.number().int().min(1).optional(),
    TreatMissingData: TREAT.optional(),
    Namespace: NAME.optional(),
    MetricName: NAME.optional(),
    Dimensions: DIMENSIONS.optional(),
    Period: PERIOD.optional(),
    Statistic: STATISTIC.optional(),
    ExtendedStatistic: z.string().regex(/^p\d/).optional(),
    Threshold: z.number().optional(),
    ThresholdMetricId: QUERY_ID.optional(),
    Metrics: z.array(QUERY).optional(),
  })
  .superRefine((a, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    if (a.DatapointsToAlarm !== undefined && a.DatapointsToAlarm > a.EvaluationPeriods) fail('DatapointsToAlarm > EvaluationPeriods');
    const band = BAND_COMPARISONS.includes(a.ComparisonOperator);
    if (band) {
      if (!a.Metrics || !a.ThresholdMetricId) return fail('a band comparison needs Metrics and ThresholdMetricId');
      const ad = a.Metrics.find((q) => q.Id === a.ThresholdMetricId);
      if (!ad?.Expression || !/^ANOMALY_DETECTION_BAND\(m1, \d+(\.\d+)?\)$/.test(ad.Expression)) fail('ThresholdMetricId must name the ANOMALY_DETECTION_BAND query');
      const m = a.Metrics.find((q) => q.MetricStat);
      if (!m || m.Id !== 'm1') fail('the band needs the metric as m1');
      else if (m.MetricStat!.Period < 60) fail('anomaly detection needs a period of at least 60 s');
      else if (m.MetricStat!.Period < 3600 && m.MetricStat!.Period * a.EvaluationPeriods > 86_400) fail('Period × EvaluationPeriods > 1 day');
      if (a.Threshold !== undefined || a.MetricName || a.Namespace || a.Period || a.Statistic) fail('a metric-math alarm has no Threshold, MetricName, Namespace, Period or Statistic');
    } else {
      if (a.ThresholdMetricId || a.Metrics) fail('a static alarm here has no Metrics');
      if (a.Threshold === undefined || !a.MetricName || !a.Namespace || !a.Period) fail('a static alarm needs Threshold, MetricName, Namespace and Period');
      if ((a.Statistic === undefined) === (a.ExtendedStatistic === undefined)) fail('exactly one of Statistic and ExtendedStatistic');
      if (a.Period && a.Period < 3600 && a.Period * a.EvaluationPeriods > 86_400) fail('Period × EvaluationPeriods > 1 day');
    }
  });
const SINGLE_METRIC_DETECTOR = z.strictObject({ Namespace: NAME, MetricName: NAME, Dimensions: DIMENSIONS.optional(), Stat: STAT });
const CFN_RANGE = z.strictObject({ StartTime: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/), EndTime: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/) });
const CFN_DETECTOR = z.strictObject({
  SingleMetricAnomalyDetector: SINGLE_METRIC_DETECTOR,
  Configuration: z.strictObject({ ExcludedTimeRanges: z.array(CFN_RANGE).optional(), MetricTimeZone: z.string().max(50).optional() }).optional(),
});
const API_DETECTOR = z.strictObject({
  SingleMetricAnomalyDetector: SINGLE_METRIC_DETECTOR,
  Configuration: z
    .strictObject({
      ExcludedTimeRanges: z.array(z.strictObject({ StartTime: z.string().datetime(), EndTime: z.string().datetime() })).optional(),
      MetricTimezone: z.string().max(50).optional(),
    })
    .optional(),
});
const TEMPLATE = z.strictObject({
  AWSTemplateFormatVersion: z.literal('2010-09-09'),
  Description: z.string().max(1024),
  Resources: z.record(
    z.string().regex(/^[A-Za-z0-9]+$/),
    z.discriminatedUnion('Type', [
      z.strictObject({ Type: z.literal('AWS::CloudWatch::AnomalyDetector'), Properties: CFN_DETECTOR }),
      z.strictObject({ Type: z.literal('AWS::CloudWatch::Alarm'), DependsOn: z.string().optional(), Properties: ALARM }),
    ]),
  ),
});

function deployment(over: Partial<Deployment['band']> = {}): Deployment {
  return {
    metric: { namespace: 'Shop', metricName: 'Orders', dimensions: [{ name: 'Site', value: 'eu-${x}' }], placeholder: false },
    band: {
      alarmName: 'coconut: band k=2.5 daily perBucket 3/3',
      description: 'bandsim tune recommendation',
      periodSeconds: 60,
      stat: 'Sum',
      k: 2.5,
      comparison: 'LessThanLowerOrGreaterThanUpperThreshold',
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      treatMissingData: 'missing',
      excludedTimeRanges: [{ start: '2026-01-10T00:00:00.000Z', end: '2026-01-11T00:00:00.000Z' }],
      metricTimezone: 'Europe/Paris',
      ...over,
    },
    statics: [
      { alarmName: 'coconut: zero or no data', description: 'zero', periodSeconds: 60, stat: 'Sum', comparison: 'LessThanOrEqualToThreshold', threshold: 0, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'breaching' },
      { alarmName: 'coconut: ceiling', description: 'ceiling', periodSeconds: 300, stat: 'p99', comparison: 'GreaterThanThreshold', threshold: 5040.5, evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' },
    ],
    notes: ['bandsim tune test', 'CloudWatch learns its own seasonality.'],
  };
}

describe('CloudFormation export', () => {
  it('parses as YAML and matches the documented resource schemas', () => {
    const text = cloudFormationYaml(deployment());
    expect(text.startsWith('# bandsim tune test\n# CloudWatch learns its own seasonality.\n')).toBe(true);
    const template = TEMPLATE.parse(parseYaml(text));
    const alarm = template.Resources.BandsimBandAlarm as { Properties: z.infer<typeof ALARM> };
    expect(alarm.Properties.ThresholdMetricId).toBe('ad1');
    expect(alarm.Properties.Metrics![1].Expression).toBe('ANOMALY_DETECTION_BAND(m1, 2.5)');
    expect(alarm.Properties.Metrics![0].MetricStat!.Metric.Dimensions).toEqual([{ Name: 'Site', Value: 'eu-${x}' }]);
    const detector = template.Resources.BandsimAnomalyDetector as { Properties: z.infer<typeof CFN_DETECTOR> };
    expect(detector.Properties.Configuration).toEqual({ ExcludedTimeRanges: [{ StartTime: '2026-01-10T00:00:00', EndTime: '2026-01-11T00:00:00' }], MetricTimeZone: 'Europe/Paris' });
    const ceiling = template.Resources.BandsimStaticAlarm2 as { Properties: z.infer<typeof ALARM> };
    expect(ceiling.Properties).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 5040.5, Period: 300 });
  });

  it('the schema catches what AWS rejects', () => {
    const template = parseYaml(cloudFormationYaml(deployment({ datapointsToAlarm: 4, comparison: 'GreaterThanUpperThreshold' })));
    expect(() => TEMPLATE.parse(template)).toThrow('DatapointsToAlarm > EvaluationPeriods');
    const bad = parseYaml(cloudFormationYaml(deployment({ periodSeconds: 90 })));
    expect(() => TEMPLATE.parse(bad)).toThrow('Period: 10, 20, 30 or a multiple of 60');
  });
});

describe('AWS CLI JSON', () => {
  it('matches PutAnomalyDetector and PutMetricAlarm', () => {
    const json = cliJson(deployment());
    API_DETECTOR.parse(json.anomalyDetector);
    expect(json.anomalyDetector.Configuration.MetricTimezone).toBe('Europe/Paris');
    ALARM.parse(json.bandAlarm);
    for (const alarm of json.staticAlarms) ALARM.parse(alarm);
    expect(json.staticAlarms[0]).toMatchObject({ Statistic: 'Sum', Threshold: 0, TreatMissingData: 'breaching' });
  });

  it('leaves Configuration out when nothing is set', () => {
    const json = cliJson(deployment({ excludedTimeRanges: [], metricTimezone: null }));
    expect(json.anomalyDetector).not.toHaveProperty('Configuration');
    API_DETECTOR.parse(json.anomalyDetector);
  });
});

describe('Terraform export', () => {
  it('parses as HCL with the documented arguments', async () => {
    const text = terraform(deployment());
    const parsed = (await parseHcl('main.tf', text)) as { resource: { aws_cloudwatch_metric_alarm: Record<string, Array<Record<string, any>>> } };
    const alarms = parsed.resource.aws_cloudwatch_metric_alarm;
    expect(Object.keys(alarms)).toEqual(['bandsim_band', 'bandsim_static_1', 'bandsim_static_2']);
    const band = alarms.bandsim_band[0];
    const allowed = ['alarm_name', 'alarm_description', 'comparison_operator', 'evaluation_periods', 'datapoints_to_alarm', 'treat_missing_data', 'threshold_metric_id', 'metric_query'];
    expect(Object.keys(band).every((k) => allowed.includes(k))).toBe(true);
    expect(band).toMatchObject({ comparison_operator: 'LessThanLowerOrGreaterThanUpperThreshold', evaluation_periods: 3, datapoints_to_alarm: 3, threshold_metric_id: 'ad1' });
    const [m1, ad1] = band.metric_query;
    expect(m1).toMatchObject({ id: 'm1', return_data: true });
    expect(m1.metric[0]).toEqual({ namespace: 'Shop', metric_name: 'Orders', period: 60, stat: 'Sum', dimensions: { Site: 'eu-$${x}' } });
    // "${" would be a template interpolation: the text escapes it as "$${" so Terraform keeps it literal.
    expect(text).toContain('"Site" = "eu-$${x}"');
    expect(ad1).toMatchObject({ id: 'ad1', expression: 'ANOMALY_DETECTION_BAND(m1, 2.5)' });
    expect(alarms.bandsim_static_2[0]).toMatchObject({ extended_statistic: 'p99', threshold: 5040.5, period: 300, metric_name: 'Orders' });
    expect(alarms.bandsim_static_1[0]).not.toHaveProperty('metric_query');
    expect(text).toContain('# Excluded time ranges / metric time zone: apply put-anomaly-detector.json');
  });
});

describe('deploymentProblems', () => {
  it('refuses what CloudWatch would refuse', () => {
    expect(deploymentProblems(deployment())).toEqual([]);
    expect(deploymentProblems(deployment({ periodSeconds: 30 }))[0]).toContain('at least 60 s');
    expect(deploymentProblems(deployment({ datapointsToAlarm: 5 }))[0]).toContain('DatapointsToAlarm 5 > EvaluationPeriods 3');
    expect(deploymentProblems(deployment({ evaluationPeriods: 1441, datapointsToAlarm: 1 }))[0]).toContain('exceeds one day');
  });
});
