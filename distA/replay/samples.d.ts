import { type Problems } from './dataError.js';
/** One sample read from a data file: a timestamp (UTC ms) and its value. */
export interface Sample {
    timeMs: number;
    value: number;
}
/** The formats bandsim reads metric data in. */
export type DataFormat = 'csv' | 'csv without header' | 'get-metric-data' | 'get-metric-statistics';
/** What a format's reader (readCsvSamples, readAwsJson) returns: the samples in file order and what it found. */
export interface SamplesRead {
    samples: Sample[];
    format: DataFormat;
    /** The column, result Id or statistic read. */
    metric: string;
    /** Whether the samples' order means anything (not for get-metric-statistics). */
    ordered: boolean;
    warnings: string[];
}
/** CloudWatch accepts values within ±2^360 (PutMetricData). */
export declare const CLOUDWATCH_MAX_VALUE: number;
/**
 * Reads a value as written in a data file (decimal, optional sign, fraction and exponent, within ±2^360);
 * null after adding a problem naming `where` otherwise.
 *
 * @example
 * readValue('1.5e3', 'line 2, value', problems); // 1500
 */
export declare function readValue(raw: string, where: string, problems: Problems): number | null;
