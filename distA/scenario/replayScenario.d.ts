import type { ReplayData } from '../replay/readDataFile.js';
import type { ScenarioInput } from './schema.js';
/**
 * The scenario bandsim runs when it is given metric data instead of a scenario file: the data replayed
 * once per trial, half of it (at most 14 days) as warm-up, a per-bucket and a pooled daily band alarm
 * (k = 2, 3 of 3) on the data's own step (at least 60 s), and four faults at random onsets after the
 * warm-up: the metric drops to zero for an hour, stops being published for an hour, falls by half for two
 * hours, doubles for an hour. Copy the resolved configuration from `summary.json` into a scenario file to
 * change any of it.
 *
 * Fitted to the step: the band's buckets are the smallest whole number of periods of at least 15 minutes
 * that divides a day ({@link fitBucketMinutes}: 15 minutes for 1- or 5-minute data, 16 for 2- or 4-minute
 * data, 20 for 10-minute data, 60 for hourly data), and a fault lasts at least 6 periods (twice the alarm's 3 periods: a fault
 * shorter than 3 periods cannot be caught by a 3-of-3 alarm), which the description then says.
 *
 * @throws DataError when the data is too short to hold a warm-up, onsets and a fault
 * @example
 * parseScenario(JSON.stringify(replayScenario('cpu.csv', parseMetricData(text, 'cpu.csv'))), 'cpu.csv');
 */
export declare function replayScenario(file: string, data: ReplayData): ScenarioInput;
