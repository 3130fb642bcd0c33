import { type Deployment } from './deployment.js';
/**
 * A CloudFormation template (YAML) with an `AWS::CloudWatch::AnomalyDetector` for the metric and statistic,
 * and an `AWS::CloudWatch::Alarm` on `ANOMALY_DETECTION_BAND(m1, k)` (`ThresholdMetricId: ad1`), plus one
 * `AWS::CloudWatch::Alarm` per static companion. The notes come first as comments. Strings are written
 * double-quoted with JSON escapes, which YAML reads the same.
 *
 * @example
 * writeFileSync('deploy/cloudformation.yaml', cloudFormationYaml(deployment));
 */
export declare function cloudFormationYaml(deployment: Deployment): string;
