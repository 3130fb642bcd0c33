import type { BandComparison } from '../alarm/classify.js';
import type { TreatMissingData } from '../core/alarmTerms.js';

/** The CloudWatch metric an exported alarm watches. */
export interface MetricIdentity {
  namespace: string;
  metricName: string;
  dimensions: Array<{ name: string; value: string }>;
  /** True when namespace and name are placeholders to replace before deploying. */
  placeholder: boolean;
}

/** Placeholders used when no `--namespace` / `--metric-name` is given: valid values, clearly marked. */
export const PLACEHOLDER_METRIC: MetricIdentity = {
  namespace: 'REPLACE_ME/Namespace',
  metricName: 'REPLACE_ME_MetricName',
  dimensions: [],
  placeholder: true,
};

/** The recommended band alarm, in CloudWatch's terms. */
export interface BandDeployment {
  alarmName: string;
  description: string;
  periodSeconds: number;
  /** CloudWatch statistic: Average, Sum, Minimum, Maximum, SampleCount or a percentile (p99). */
  stat: string;
  /** Band width in standard deviations: the second argument of ANOMALY_DETECTION_BAND. */
  k: number;
  comparison: BandComparison;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
  /** ISO UTC times, kept out of the model's training (ExcludedTimeRanges). */
  excludedTimeRanges: Array<{ start: string; end: string }>;
  /** tz database name, or null: CloudWatch's default (UTC). */
  metricTimezone: string | null;
}

/** A static alarm that goes beside the band. */
export interface StaticDeployment {
  alarmName: string;
  description: string;
  periodSeconds: number;
  stat: string;
  comparison: 'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
  threshold: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
}

/** Everything the exports write: the metric, the band alarm, its companions, and comments for the reader. */
export interface Deployment {
  metric: MetricIdentity;
  band: BandDeployment;
  statics: StaticDeployment[];
  /** Lines written as comments at the top of each file (what carries over from the simulation and what does not). */
  notes: string[];
}

/**
 * Checks what CloudWatch requires of an anomaly-detection alarm before anything is exported: a period of at
 * least 60 s that is a multiple of 60, M ≤ N, and N × period ≤ one day for periods under an hour.
 *
 * @returns one message per problem; empty when deployable
 * @example
 * deploymentProblems(deployment); // ['period 30 s: CloudWatch anomaly-detection alarms need a period of at least 60 s, a multiple of 60']
 */
export function deploymentProblems(deployment: Deployment): string[] {
  const problems: string[] = [];
  for (const alarm of [deployment.band, ...deployment.statics]) {
    const p = alarm.periodSeconds;
    if (alarm === deployment.band ? p < 60 || p % 60 !== 0 : !(p === 10 || p === 20 || p === 30 || (p >= 60 && p % 60 === 0))) {
      problems.push(
        `${alarm.alarmName}: period ${p} s: ${alarm === deployment.band ? 'CloudWatch anomaly-detection alarms need a period of at least 60 s, a multiple of 60' : 'CloudWatch alarm periods are 10, 20, 30 or a multiple of 60 s'}`,
      );
    }
    if (alarm.datapointsToAlarm > alarm.evaluationPeriods) problems.push(`${alarm.alarmName}: DatapointsToAlarm ${alarm.datapointsToAlarm} > EvaluationPeriods ${alarm.evaluationPeriods}`);
    if (p < 3600 && p * alarm.evaluationPeriods > 86_400) problems.push(`${alarm.alarmName}: EvaluationPeriods × Period exceeds one day`);
  }
  return problems;
}

/** True for a percentile statistic (`p99`), which static alarms name `ExtendedStatistic`. */
export function isPercentile(stat: string): boolean {
  return /^p\d/.test(stat);
}

/** The metric-math expression of the band: `ANOMALY_DETECTION_BAND(m1, k)`. */
export function bandExpression(k: number): string {
  return `ANOMALY_DETECTION_BAND(m1, ${Number(k.toPrecision(6))})`;
}
