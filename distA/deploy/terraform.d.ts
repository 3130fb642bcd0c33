import { type Deployment } from './deployment.js';
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
export declare function terraform(deployment: Deployment): string;
