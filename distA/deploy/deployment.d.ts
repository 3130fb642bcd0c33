import type { BandComparison } from '../alarm/classify.js';
import type { TreatMissingData } from '../core/alarmTerms.js';
/** The CloudWatch metric an exported alarm watches. */
export interface MetricIdentity {
    namespace: string;
    metricName: string;
    dimensions: Array<{
        name: string;
        value: string;
    }>;
    /** True when namespace and name are placeholders to replace before deploying. */
    placeholder: boolean;
}
/** Placeholders used when no `--namespace` / `--metric-name` is given: valid values, clearly marked. */
export declare const PLACEHOLDER_METRIC: MetricIdentity;
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
    excludedTimeRanges: Array<{
        start: string;
        end: string;
    }>;
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
export declare function deploymentProblems(deployment: Deployment): string[];
/** True for a percentile statistic (`p99`), which static alarms name `ExtendedStatistic`. */
export declare function isPercentile(stat: string): boolean;
/** The metric-math expression of the band: `ANOMALY_DETECTION_BAND(m1, k)`. */
export declare function bandExpression(k: number): string;
