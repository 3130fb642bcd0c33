import { describe, expect, it } from 'vitest';
import { readAwsJson } from '../../src/replay/awsJson.js';
import { isMetricData, parseMetricData } from '../../src/replay/readDataFile.js';
import { problemsOf } from './problemsOf.js';

describe('AWS CLI JSON metric data (readAwsJson, through parseMetricData)', () => {
  it('reads get-metric-statistics samples in file order, unordered; statistic from metric, else statistic', () => {
    const json = JSON.stringify({ Datapoints: [{ Timestamp: 1767571260, Sum: 4, Maximum: 3 }, { Timestamp: '2026-01-05T00:00:00Z', Sum: 2, Maximum: 1 }] });
    const read = readAwsJson(json, 's.json', { statistic: 'Maximum' });
    expect(read.samples.map((s) => [s.timeMs, s.value])).toEqual([[1767571260_000, 3], [1767571200_000, 1]]);
    expect(read).toMatchObject({ format: 'get-metric-statistics', metric: 'Maximum', ordered: false, warnings: [] });
    expect(readAwsJson(json, 's.json', { metric: 'Sum', statistic: 'Maximum' }).metric).toBe('Sum');
  });

  it('warns of a partial get-metric-data export', () => {
    const json = JSON.stringify({ MetricDataResults: [{ Id: 'a', StatusCode: 'PartialData', Timestamps: [1767571200], Values: [1] }] });
    expect(readAwsJson(json, 'm.json').warnings).toEqual(['the export is partial (StatusCode PartialData or a NextToken): later pages are not in the file']);
  });

  it('reads AWS CLI get-metric-data output, newest first, with ISO or epoch-second timestamps', () => {
    const json = JSON.stringify({
      MetricDataResults: [{ Id: 'm1', Timestamps: ['2026-01-05T00:10:00Z', '2026-01-05T00:05:00Z', '2026-01-05T00:00:00Z'], Values: [3, 2, 1] }],
    });
    const { series, facts } = parseMetricData(json, 'm.json');
    expect(series.startMs).toBe(Date.UTC(2026, 0, 5));
    expect(Array.from(series.values)).toEqual([1, 2, 3]);
    expect(facts).toMatchObject({ format: 'get-metric-data', metric: 'm1', rowsOutOfOrder: 0 });
    expect(isMetricData('m.json', json)).toBe(true);
    const epoch = JSON.stringify({ MetricDataResults: [{ Id: 'm1', Timestamps: [1767571500, 1767571200], Values: [2, 1] }] });
    expect(parseMetricData(epoch, 'e.json').series.startMs).toBe(1767571200_000);
  });

  it('picks one of several MetricDataResults by --metric, and refuses without it, naming the Ids', () => {
    const json = JSON.stringify({
      MetricDataResults: [
        { Id: 'cpu', Timestamps: ['2026-01-05T00:00:00Z', '2026-01-05T00:01:00Z'], Values: [1, 2] },
        { Id: 'net', Timestamps: ['2026-01-05T00:00:00Z', '2026-01-05T00:01:00Z'], Values: [10, 20] },
      ],
    });
    expect(problemsOf(json, 'two.json')).toEqual(['MetricDataResults holds 2 metrics (Ids: "cpu", "net"): pick one with --metric ID (in a scenario: series.metric)']);
    expect(Array.from(parseMetricData(json, 'two.json', { metric: 'net' }).series.values)).toEqual([10, 20]);
    expect(problemsOf(json, 'two.json', { metric: 'disk' })).toEqual(['MetricDataResults has no Id "disk" (Ids: "cpu", "net")']);
  });

  it('reads AWS CLI get-metric-statistics output in any order, with the chosen or extended statistic', () => {
    const json = JSON.stringify({
      Label: 'CPUUtilization',
      Datapoints: [
        { Timestamp: '2026-01-05T00:01:00Z', Average: 2, Maximum: 9, Unit: 'Percent' },
        { Timestamp: '2026-01-05T00:00:00Z', Average: 1, Maximum: 8, Unit: 'Percent' },
      ],
    });
    expect(Array.from(parseMetricData(json, 's.json').series.values)).toEqual([1, 2]);
    expect(Array.from(parseMetricData(json, 's.json', { statistic: 'Maximum' }).series.values)).toEqual([8, 9]);
    expect(parseMetricData(json, 's.json').facts.rowsOutOfOrder).toBeNull();
    const p99 = JSON.stringify({
      Datapoints: [
        { Timestamp: 1767571260, ExtendedStatistics: { p99: 20 } },
        { Timestamp: 1767571200, ExtendedStatistics: { p99: 10 } },
      ],
    });
    const read = parseMetricData(p99, 'p.json');
    expect(Array.from(read.series.values)).toEqual([10, 20]);
    expect(read.facts.metric).toBe('p99');
    const two = JSON.stringify({ Datapoints: [{ Timestamp: 1767571200, ExtendedStatistics: { p90: 1, p99: 2 } }] });
    expect(problemsOf(two, 'p.json')[0]).toMatch(/^Datapoints hold several statistics \(p90, p99\): pick one with --metric/);
    expect(Array.from(parseMetricData(JSON.stringify({ Datapoints: [{ Timestamp: 1767571200, ExtendedStatistics: { p90: 1, p99: 2 } }, { Timestamp: 1767571260, ExtendedStatistics: { p90: 3, p99: 4 } }] }), 'p.json', { metric: 'p90' }).series.values)).toEqual([1, 3]);
  });
});
