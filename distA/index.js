/**
 * bandsim as a library: the public API, stage by stage in the order a trial runs them. The CLI
 * (`bandsim`, `src/cli/`) is one client of it. Rendering (SVG, PNG, HTML) lives in `bandsim/render`, so
 * that importing `bandsim` never loads vega or resvg.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { parseScenario, simulateParallel } from 'bandsim';
 *
 * const scenario = parseScenario(readFileSync('my-scenario.json', 'utf8'), 'my-scenario.json');
 * const { summary } = await simulateParallel(scenario, { workers: 2 });
 * console.log(summary.variants[0].faults[0].alarms[0].detectionRate);
 *
 * @example
 * import { loadScenario, simulate } from 'bandsim';
 *
 * // A scenario file with its replayed data, or a metric export (CSV, AWS CLI JSON) with default alarms.
 * const { summary } = simulate(loadScenario('metric.csv'));
 *
 * @example
 * import { createRng, generateCoconut, seasonalBand, DEFAULT_BAND_OPTIONS } from 'bandsim';
 *
 * const startMs = Date.UTC(2026, 0, 5);
 * const { series } = generateCoconut(createRng(1, 'generate'), { startMs, length: 21 * 1440 });
 * const band = seasonalBand({ startMs, periodSeconds: 60, values: series.values }, { ...DEFAULT_BAND_OPTIONS, k: 3 });
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { DEFAULT_DETECT_OPTIONS, detectSeries, labelsFor, parseNabLabels, readMetricRows, rowAnomalyScores, scoreDetection, windowsToRows } from 'bandsim';
 *
 * // Detect: a band alarm over a metric's own data, scored against labelled windows as NAB scores it.
 * const file = 'nab/data/realAWSCloudwatch/rds_cpu_utilization_e47b3b.csv';
 * const { series, rows } = readMetricRows(readFileSync(file, 'utf8'), file); // rows in time order
 * const rowTimesMs = Float64Array.from(rows, (r) => r.timeMs);
 * const windows = windowsToRows(rowTimesMs, labelsFor(parseNabLabels(readFileSync('nab/labels.json', 'utf8'), 'labels.json'), file) ?? []);
 * const detection = detectSeries(series, { ...DEFAULT_DETECT_OPTIONS, periodSeconds: 3600 });
 * const score = scoreDetection(rowTimesMs, rowAnomalyScores(detection, rowTimesMs), windows, series.stepSeconds);
 * score.nab.standard.score; // NAB's raw score of this file
 * // { name, group, series, rowTimesMs, windows } per file is tuneOnLabels' input.
 */
// Shared vocabulary (src/core/): a regularly sampled series, time units and weekdays, CloudWatch's alarm terms.
export { timeAt } from './core/series.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS, WEEKDAYS, weekdayIndex } from './core/time.js';
export { BAND_COMPARISONS, STANDARD_STATISTICS, STATE_CODES, STATIC_COMPARISONS, TREATMENTS } from './core/alarmTerms.js';
export { LIMITS } from './core/fields.js';
// Seeded random streams: every draw comes from one of these.
export { createRng } from './random/rng.js';
export { randomNormal } from './random/normal.js';
export { randomPoisson } from './random/poisson.js';
// Scenario: parsing and validation (every default filled in), replayed data bound to it.
export { parseScenario, ScenarioError } from './scenario/parseScenario.js';
export { scenarioSchema } from './scenario/schema.js';
export { DEFAULT_COCONUT_OPTIONS, DEFAULT_DICE_OPTIONS, DEFAULT_SKYLINE_OPTIONS, DEFAULT_STEP_SECONDS, seriesSchema } from './generate/options.js';
export { alarmSchema } from './alarm/options.js';
export { attachReplayData } from './scenario/attachReplayData.js';
export { replayScenario } from './scenario/replayScenario.js';
export { loadScenario } from './cli/runCli.js';
// Replay: metric data (CSV, AWS CLI get-metric-data / get-metric-statistics JSON) as a Series.
export { DataError } from './replay/dataError.js';
export { isMetricData, parseMetricData } from './replay/readDataFile.js';
// 1. Generate: seeded metric models.
export { generateSeries } from './generate/generateSeries.js';
export { generateDice } from './generate/dice.js';
export { COCONUT_DAILY_SHAPE, COCONUT_WEEKLY_SHAPE, generateCoconut } from './generate/coconut.js';
export { generateSkyline, NYC_SKYLINE } from './generate/skyline.js';
// 2. Faults: onsets and effects.
export { applyFault } from './faults/applyFault.js';
export { faultEffectSchema, onsetSchema } from './faults/options.js';
export { drawOnset, faultSpanMs, onsetRoom } from './faults/drawOnset.js';
// 3. and 5. Alarm: period aggregation, classification, CloudWatch's evaluation.
export { aggregate, isStatistic } from './alarm/aggregate.js';
export { classify } from './alarm/classify.js';
export { evaluateAlarm } from './alarm/evaluate.js';
// 4. Band: the causal seasonal band, and the other band models (computeBand picks `band.model`).
export { seasonalBand } from './band/seasonalBand.js';
export { computeBand } from './band/computeBand.js';
export { BAND_MODELS, bandOptionsSchema, DEFAULT_BAND_OPTIONS, SIGMA_KINDS, WINDOW_MODELS } from './band/options.js';
export { chooseSeasonality } from './band/chooseSeasonality.js';
export { bucketLayout, bucketMinutesFor, DEFAULT_BUCKET_MINUTES, fitBucketMinutes, SEASONALITIES, SEASONALITY_CHOICES } from './band/seasonality.js';
// 6. Metrics: per trial, and over trials.
export { alarmsPerDay, bandFit, detect, lastAlarmDaysAfter } from './metrics/trialMetrics.js';
export { describeScenario, summarize } from './metrics/summarize.js';
// Simulate: every trial of every variant, in-process or on worker threads (same result).
export { assembleSimulation, runTrial, runTrialAt, simulate, trialCount } from './simulate.js';
export { simulateParallel } from './parallel/simulateParallel.js';
// Charts: Vega-Lite specs (plain objects; render them with bandsim/render or any Vega-Lite tool).
export { buildCharts } from './chart/buildCharts.js';
export { bandFitChart } from './chart/bandFitChart.js';
export { latencyChart } from './chart/latencyChart.js';
export { latencyHeatmap } from './chart/latencyHeatmap.js';
export { learningChart } from './chart/learningChart.js';
export { trialChart } from './chart/trialChart.js';
// Detect: a band alarm over a metric's own data (no faults), and NAB's scoring against labelled windows. The
// stage's `detect` is exported as `detectDatapoints` (and its `Detection` as `DatapointDetection`): `detect`
// above is the trial metric's.
export { DEFAULT_DETECT_OPTIONS, defaultPeriodSeconds, detect as detectDatapoints, detectionNotes, detectionRows, detectSeries, rowAnomalyScores, } from './detect/detect.js';
export { readMetricRows } from './detect/rows.js';
export { labelsFor, parseNabLabels, parseTimestamp, parseWindowCsv, rowLabels, windowsToRows } from './detect/labels.js';
export { NAB_PROBATION_PERCENT, NAB_PROFILES, normaliseScores, probationaryLength, scaledSigmoid, scorableWindowCount, scoreByThreshold, scoreFile, sweepScores, } from './detect/nabScore.js';
export { scoreDetection } from './detect/scoreDetection.js';
export { detectCsv, detectTotals, nabResultsCsv, windowsCsv } from './detect/writeDetect.js';
// Tune on labels: detect settings chosen by NAB score on training files, held-out files and folds.
export { defaultLabelGrid, expandLabelGrid, readLabelGrid, settingAlarmConfig } from './tune/labelGrid.js';
export { holdoutSplit, kFolds } from './tune/split.js';
export { tuneOnLabels } from './tune/tuneOnLabels.js';
