import type { ReplayData } from '../replay/readDataFile.js';
import { type Scenario } from './parseScenario.js';
/**
 * Binds replayed metric data to a scenario's `replay` variants. The data decides the scenario's step and
 * start: the first cell on a boundary of every alarm's period (earlier cells are dropped). The data's cells
 * already start on multiples of the step since the epoch (rows at :27, :32 fall in the 5-minute cells of
 * :25, :30), as CloudWatch's periods do. Checks that every alarm period is a multiple of the data's step and
 * that warm-up + onset spread + tail fit in the data.
 *
 * @param data the parsed data of each replay variant, by variant name
 * @throws ScenarioError naming the scenario file and field
 * @example
 * const bound = attachReplayData(scenario, new Map([['default', parseMetricData(text, 'cpu.csv')]]), 'my.json');
 */
export declare function attachReplayData(scenario: Scenario, data: Map<string, ReplayData>, file: string): Scenario;
