import { expect } from 'vitest';
import { DataError } from '../../src/replay/dataError.js';
import { parseMetricData, type MetricDataOptions } from '../../src/replay/readDataFile.js';

/** The problems parseMetricData refuses a text with; fails the test unless it throws a DataError naming the file. */
export function problemsOf(text: string, file = 'data.csv', options: MetricDataOptions = {}): string[] {
  try {
    parseMetricData(text, file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toContain(file);
    return (error as DataError).problems;
  }
  throw new Error('expected a DataError');
}
