import type { z } from 'zod';
import type { ReplayFacts } from '../replay/readDataFile.js';
import { type BandAlarmConfig, type FaultConfig, type SeriesConfig, type StaticAlarmConfig } from './schema.js';
import type { Series } from '../core/series.js';
export { shortText } from './schema.js';
/**
 * A scenario file that failed validation: every problem, each with the path of the field. The message
 * lists at most 20 problems, one line each, cut to 200 characters.
 */
export declare class ScenarioError extends Error {
    readonly file: string;
    readonly problems: string[];
    constructor(file: string, problems: string[]);
}
/** A band alarm with every band option resolved. */
export type BandAlarm = Omit<BandAlarmConfig, 'datapointsToAlarm'> & {
    datapointsToAlarm: number;
};
/** A static alarm. */
export type StaticAlarm = Omit<StaticAlarmConfig, 'datapointsToAlarm'> & {
    datapointsToAlarm: number;
};
export type Alarm = BandAlarm | StaticAlarm;
/** One series setup of a scenario; a scenario without `variants` has one, named "default". */
export interface Variant {
    name: string;
    description: string;
    series: SeriesConfig;
    /** The replayed metric, for `replay` series, once loaded (see attachReplayData). */
    data?: Series;
    /** What reading the replayed file found (rows, step, rows sharing a period, warnings). */
    facts?: ReplayFacts;
    /** The replayed data's labelled windows (UTC ms, both ends inclusive), once loaded: injected faults avoid them. */
    labels?: Array<{
        startMs: number;
        endMs: number;
    }>;
}
/** A validated scenario with every default filled in: plain data, ready for `simulate`. */
export interface Scenario {
    name: string;
    description: string;
    seed: number | string;
    trials: number;
    startMs: number;
    stepSeconds: number;
    warmupDays: number;
    onsetSpreadDays: number;
    tailDays: number;
    possibleMinimum: number | null;
    /** The metric's unit for chart axes (`unit`, or the generator's default). */
    unit: string;
    variants: Variant[];
    alarms: Alarm[];
    faults: Array<FaultConfig & {
        variants: string[];
    }>;
}
/**
 * Parses and validates a scenario file's text. Problems are collected, not thrown one at a time, and each
 * names its field (`alarms[1].evaluationPeriods`).
 *
 * @param text the file's contents (JSON)
 * @param file the file's name, used in messages
 * @throws ScenarioError listing every problem
 * @example
 * const scenario = parseScenario(readFileSync('scenarios/dice.json', 'utf8'), 'scenarios/dice.json');
 */
export declare function parseScenario(text: string, file: string): Scenario;
/**
 * A schema issue in the scenario format's words: an unknown field is `unknown field "foo"`, bandsim's own
 * rules keep their text (values in them are already cut), zod's messages are cut to 160 characters.
 *
 * @example
 * issueMessage(alarmSchema.safeParse({ name: 'a', type: 'band', colour: 1 }).error!.issues[0]); // 'unknown field "colour"'
 */
export declare function issueMessage(issue: z.ZodIssue): string;
