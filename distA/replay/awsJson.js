import { cut, DataError, echo, list, Problems } from './dataError.js';
import { readValue } from './samples.js';
import { EpochUnit } from './timestamps.js';
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
export function readAwsJson(text, file, options = {}) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new DataError(file, [`not valid JSON: ${error.message}`]);
    }
    const o = json;
    if (Array.isArray(o.MetricDataResults))
        return fromMetricData(o, file, options.metric);
    if (Array.isArray(o.Datapoints))
        return fromStatistics(o.Datapoints, file, options.metric ?? options.statistic);
    throw new DataError(file, ['not AWS CLI output: expected "MetricDataResults" (get-metric-data) or "Datapoints" (get-metric-statistics)']);
}
/** A JSON value as a sample's value: a finite number within ±2^360, else null and a problem. */
function jsonValue(v, where, problems) {
    if (typeof v !== 'number') {
        problems.add(`${where}: ${echo(v)} is not a number`);
        return null;
    }
    if (!Number.isFinite(v)) {
        problems.add(`${where}: ${v} is beyond ±2^360, the range CloudWatch accepts`);
        return null;
    }
    return readValue(String(v), where, problems);
}
function fromMetricData(o, file, id) {
    const problems = new Problems(file);
    const times = new EpochUnit();
    const samples = [];
    const warnings = [];
    const results = o.MetricDataResults;
    const ids = results.map((r, i) => (r && typeof r.Id === 'string' ? r.Id : `#${i}`));
    if (results.length === 0)
        throw new DataError(file, ['MetricDataResults is empty: the query returned no metric']);
    if (id === undefined && results.length > 1) {
        throw new DataError(file, [`MetricDataResults holds ${results.length} metrics (Ids: ${list(ids)}): pick one with --metric ID (in a scenario: series.metric)`]);
    }
    const index = id === undefined ? 0 : ids.indexOf(id);
    if (index < 0)
        throw new DataError(file, [`MetricDataResults has no Id ${echo(id)} (Ids: ${list(ids)})`]);
    const result = results[index];
    const at = `MetricDataResults[${index}]`;
    if (!result || !Array.isArray(result.Timestamps) || !Array.isArray(result.Values)) {
        throw new DataError(file, [`${at}: needs the arrays "Timestamps" and "Values"`]);
    }
    const stamps = result.Timestamps;
    const values = result.Values;
    if (stamps.length !== values.length)
        throw new DataError(file, [`${at}: ${stamps.length} Timestamps but ${values.length} Values`]);
    stamps.forEach((t, i) => {
        const ms = times.parse(t, `${at}.Timestamps[${i}]`, problems);
        const v = jsonValue(values[i], `${at}.Values[${i}]`, problems);
        if (ms !== null && v !== null)
            samples.push({ timeMs: ms, value: v });
    });
    problems.throwIfAny();
    // get-metric-data lists newest first unless --scan-by TimestampAscending.
    if (samples.length > 1 && samples[0].timeMs > samples[samples.length - 1].timeMs)
        samples.reverse();
    if (result.StatusCode === 'PartialData' || typeof o.NextToken === 'string') {
        warnings.push('the export is partial (StatusCode PartialData or a NextToken): later pages are not in the file');
    }
    return { samples, format: 'get-metric-data', metric: ids[index], ordered: true, warnings };
}
function fromStatistics(points, file, statistic) {
    const problems = new Problems(file);
    const times = new EpochUnit();
    const samples = [];
    const bad = points.findIndex((p) => p === null || typeof p !== 'object' || Array.isArray(p));
    if (bad >= 0)
        throw new DataError(file, [`Datapoints[${bad}]: expected an object with "Timestamp" and a statistic`]);
    if (points.length === 0)
        throw new DataError(file, ['Datapoints is empty: the query returned no datapoints']);
    const extended = (p) => p.ExtendedStatistics !== null && typeof p.ExtendedStatistics === 'object' ? p.ExtendedStatistics : {};
    const standard = ['Average', 'Sum', 'Maximum', 'Minimum', 'SampleCount'].filter((s) => s in points[0]);
    const percentiles = Object.keys(extended(points[0]));
    let stat = statistic ?? standard[0];
    if (stat === undefined && percentiles.length === 1)
        stat = percentiles[0];
    if (stat === undefined) {
        throw new DataError(file, [
            percentiles.length > 1
                ? `Datapoints hold several statistics (${list(percentiles, false)}): pick one with --metric NAME (in a scenario: series.statistic)`
                : 'Datapoints[0]: no statistic found (Average, Sum, Maximum, Minimum, SampleCount or ExtendedStatistics)',
        ]);
    }
    points.forEach((p, i) => {
        const where = `Datapoints[${i}]`;
        const ms = times.parse(p.Timestamp, `${where}.Timestamp`, problems);
        const inExtended = !(stat in p) && stat in extended(p);
        const field = inExtended ? `${where}.ExtendedStatistics.${cut(stat)}` : `${where}.${cut(stat)}`;
        const raw = inExtended ? extended(p)[stat] : p[stat];
        const v = raw === undefined ? null : jsonValue(raw, field, problems);
        if (raw === undefined)
            problems.add(`${where}: no ${echo(stat)} (has ${list([...Object.keys(p), ...Object.keys(extended(p))].filter((k) => k !== 'Timestamp' && k !== 'Unit' && k !== 'ExtendedStatistics'), false)})`);
        if (ms !== null && v !== null)
            samples.push({ timeMs: ms, value: v });
    });
    problems.throwIfAny();
    return { samples, format: 'get-metric-statistics', metric: stat, ordered: false, warnings: [] };
}
