import { type SamplesRead } from './samples.js';
/**
 * Reads the samples of AWS CLI output (see parseMetricData):
 * - `cloudwatch get-metric-data`: one of `MetricDataResults` (by `metric` Id when there are several);
 *   newest-first order is read backwards; a partial export (StatusCode PartialData or a NextToken) is warned of.
 * - `cloudwatch get-metric-statistics`: `Datapoints` with `Timestamp` and a statistic, standard or in
 *   `ExtendedStatistics` (p99); default the first present of Average, Sum, Maximum, Minimum, SampleCount,
 *   else the only extended statistic.
 * Timestamps may be ISO 8601 or epoch seconds (or milliseconds).
 *
 * @param options `metric`: the result Id (get-metric-data) or the statistic; `statistic`: the statistic
 *   (get-metric-statistics, when `metric` is not given)
 * @throws DataError naming the file and the JSON path of every problem
 * @example
 * readAwsJson('{"Datapoints": [{"Timestamp": "2026-01-05T00:00:00Z", "Average": 3}]}', 'cpu.json').metric; // 'Average'
 */
export declare function readAwsJson(text: string, file: string, options?: {
    metric?: string;
    statistic?: string;
}): SamplesRead;
