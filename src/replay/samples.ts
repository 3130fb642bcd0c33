import { echo, type Problems } from './dataError.js';

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
export const CLOUDWATCH_MAX_VALUE = 2 ** 360;

/** Number syntax bandsim accepts for a value: decimal, optional sign, fraction and exponent. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a value as written in a data file (decimal, optional sign, fraction and exponent, within ±2^360);
 * null after adding a problem naming `where` otherwise.
 *
 * @example
 * readValue('1.5e3', 'line 2, value', problems); // 1500
 */
export function readValue(raw: string, where: string, problems: Problems): number | null {
  const problem =
    raw === ''
      ? 'is empty (a value must be a number; leave the row out for a gap)'
      : !NUMBER.test(raw)
        ? `${echo(raw)} is not a number`
        : !(Math.abs(Number(raw)) <= CLOUDWATCH_MAX_VALUE)
          ? `${echo(raw)} is beyond ±2^360, the range CloudWatch accepts`
          : null;
  if (problem === null) return Number(raw);
  problems.add(`${where}: ${problem}`);
  return null;
}
