import { type LabelWindow } from '../detect/labels.js';
import { type CliIo } from './runCli.js';
/** `npm run detect -- --help`. */
export declare const DETECT_USAGE = "Usage: npm run detect -- <data file|folder> [options]\n\nRuns a band alarm over the metric itself (no faults): period aggregation, band, classification and\nCloudWatch alarm evaluation. With labels, scores the alarms against the labelled anomaly windows: per\nwindow caught or not and the latency, false alarms per week, and NAB's score (standard, reward_low_FP_rate,\nreward_low_FN_rate profiles). A folder runs every .csv and AWS CLI .json file in it (recursively).\n\nOptions:\n  --labels FILE               NAB combined_windows.json-style labels, or a CSV of start,end windows\n                              (a CSV applies to every file)\n  --settings FILE             one band alarm object in the scenario format (tune --labels writes\n                              chosen.json); the options below override its fields, and the result is\n                              checked as a scenario's alarm\n  --out DIR                   output folder (default out/detect/<name>)\n  --period SECONDS            alarm period (default: the data's step)\n  --statistic S               Average (default), Sum, Minimum, Maximum, SampleCount, pNN\n  --model M                   band model: seasonal (default), robust, ewma, dailyWeekday, grafanaAdaptive,\n                              grafanaRobust, datadogBasic, awsPromql (README, \"Band models\")\n  --k K                       band half-width in \u03C3 (default: the settings file's k, else 2; 3 for awsPromql)\n  --min-sigma X               \u03C3 floor, absolute (default off)\n  --min-sigma-relative R      \u03C3 floor as a share of |expected| (default off); the floor is the larger\n  --half-life-days D          ewma: age at which a datapoint weighs half (default 3)\n  --window-minutes M          window models: trailing window (default per model)\n  --seasonality S             none, hourly, daily (default), weekly, auto\n  --bucket-minutes M          bucket width (default per seasonality)\n  --training-days D           trailing training window (default 14)\n  --sigma perBucket|pooled    (default perBucket)\n  --min-seasons N             (default 2)\n  --clamp-lower X             keep the lower edge at or above X (default off; 0 for awsPromql,\n                              grafanaAdaptive and grafanaRobust: for a metric that goes negative give\n                              one below the data, e.g. --clamp-lower=-1e12)\n  --comparison C              LessThanLowerOrGreaterThanUpperThreshold (default), LessThanLowerThreshold,\n                              GreaterThanUpperThreshold\n  --evaluation-periods N      N (default 3)\n  --datapoints-to-alarm M     M (default 3, at most N)\n  --treat-missing-data T      missing (default), notBreaching, breaching, ignore\n  --exclude-windows           keep the labelled windows out of the band's training (ExcludedTimeRanges)\n  --quiet                     print nothing but errors\n  -h, --help                  show this help\n\nWrites datapoints/<file>.csv (per datapoint: value, expected, lower, upper, \u03C3, distance in \u03C3, breaching,\nstate, transition), nab/bandsim/<file> (NAB results: timestamp,value,anomaly_score,label; anomaly_score is 1\nwhere the alarm went to ALARM), files.csv, windows.csv and summary.json.\nExit codes: 0 done, 2 bad input (the message names the file and field), 1 unexpected error.";
/**
 * The `detect` subcommand: arguments in, files written atomically, table printed, exit code out
 * (0 done, 2 bad input with nothing written, 1 a bug). Never calls `process.exit`.
 *
 * @example
 * await runDetectCli(['data/cpu.csv', '--labels', 'incidents.csv'], { cwd, stdout, stderr, interactive: false });
 */
export declare function runDetectCli(rawArgs: string[], io: CliIo): Promise<number>;
/**
 * A data or labels file as text (UTF-8; other encodings are named and refused); unreadable is a one-line exit-2 error.
 *
 * @example
 * readText('/data/cpu.csv');
 */
export declare function readText(file: string): string;
/**
 * The data files: the file itself (if it is metric data, by the rules `simulate` uses: a .csv file or AWS CLI
 * JSON), or every metric file under the folder, sorted by path. The scan leaves out the output folder and
 * every folder holding bandsim's output marker (earlier results written there).
 *
 * @throws CliError when the input does not exist or holds no metric data
 * @example
 * dataFiles('/data/nab/data', '/work/out/detect/data'); // ['/data/nab/data/artificialNoAnomaly/art_flatline.csv', ...]
 */
export declare function dataFiles(input: string, outDir: string): string[];
/**
 * Labels from a file: NAB's combined_windows.json form (a JSON object), else a CSV of start,end windows.
 *
 * @throws DataError naming the file and the faulty entries
 * @example
 * readLabels('/data/nab/labels.json').get('realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv');
 */
export declare function readLabels(file: string): Map<string, LabelWindow[]> | LabelWindow[];
