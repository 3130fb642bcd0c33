import { type Deployment } from './deployment.js';
/**
 * The JSON inputs of the AWS CLI, one file each: `aws cloudwatch put-anomaly-detector --cli-input-json
 * file://put-anomaly-detector.json`, `aws cloudwatch put-metric-alarm --cli-input-json file://put-metric-alarm.json`,
 * and one `put-metric-alarm` input per static alarm. Field names and shapes are those of the PutAnomalyDetector
 * and PutMetricAlarm API requests. JSON has no comments: the notes go to the CloudFormation and Terraform files.
 *
 * @example
 * cliJson(deployment).anomalyDetector.SingleMetricAnomalyDetector.Stat; // 'Sum'
 */
export declare function cliJson(deployment: Deployment): {
    anomalyDetector: Record<string, any>;
    bandAlarm: Record<string, any>;
    staticAlarms: Array<Record<string, any>>;
};
