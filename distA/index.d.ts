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
export { timeAt } from './core/series.js';
export type { GeneratedSeries, Series } from './core/series.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS, WEEKDAYS, weekdayIndex } from './core/time.js';
export type { Weekday } from './core/time.js';
export { BAND_COMPARISONS, STANDARD_STATISTICS, STATE_CODES, STATIC_COMPARISONS, TREATMENTS } from './core/alarmTerms.js';
export type { AlarmState, Statistic, TreatMissingData } from './core/alarmTerms.js';
export { LIMITS } from './core/fields.js';
export { createRng } from './random/rng.js';
export type { Rng } from './random/rng.js';
export { randomNormal } from './random/normal.js';
export { randomPoisson } from './random/poisson.js';
export { parseScenario, ScenarioError } from './scenario/parseScenario.js';
export type { Alarm, BandAlarm, Scenario, StaticAlarm, Variant } from './scenario/parseScenario.js';
export { scenarioSchema } from './scenario/schema.js';
export { DEFAULT_COCONUT_OPTIONS, DEFAULT_DICE_OPTIONS, DEFAULT_SKYLINE_OPTIONS, DEFAULT_STEP_SECONDS, seriesSchema } from './generate/options.js';
export type { CoconutSettings, DiceSettings, SkylineSettings } from './generate/options.js';
export { alarmSchema } from './alarm/options.js';
export type { AlarmConfig, BandAlarmConfig, FaultConfig, ScenarioFile, ScenarioInput, SeriesConfig, StaticAlarmConfig, } from './scenario/schema.js';
export { attachReplayData } from './scenario/attachReplayData.js';
export { replayScenario } from './scenario/replayScenario.js';
export { loadScenario } from './cli/runCli.js';
export { DataError } from './replay/dataError.js';
export { isMetricData, parseMetricData } from './replay/readDataFile.js';
export type { MetricDataOptions } from './replay/readDataFile.js';
export { generateSeries } from './generate/generateSeries.js';
export { generateDice } from './generate/dice.js';
export type { DiceOptions } from './generate/dice.js';
export { COCONUT_DAILY_SHAPE, COCONUT_WEEKLY_SHAPE, generateCoconut } from './generate/coconut.js';
export type { CoconutOptions } from './generate/coconut.js';
export { generateSkyline, NYC_SKYLINE } from './generate/skyline.js';
export type { CadencePhase, SkylineOptions } from './generate/skyline.js';
export { applyFault } from './faults/applyFault.js';
export type { FaultWindow } from './faults/applyFault.js';
export { faultEffectSchema, onsetSchema } from './faults/options.js';
export type { FaultEffect, FaultEffectInput } from './faults/options.js';
export { drawOnset, faultSpanMs, onsetRoom } from './faults/drawOnset.js';
export type { OnsetAvoidance } from './faults/drawOnset.js';
export { aggregate, isStatistic } from './alarm/aggregate.js';
export type { Datapoints } from './alarm/aggregate.js';
export { classify } from './alarm/classify.js';
export type { BandComparison, Comparison, Edges, StaticComparison } from './alarm/classify.js';
export { evaluateAlarm } from './alarm/evaluate.js';
export type { Evaluation, EvaluationOptions, Transition } from './alarm/evaluate.js';
export { seasonalBand } from './band/seasonalBand.js';
export type { Band } from './band/seasonalBand.js';
export { computeBand } from './band/computeBand.js';
export { BAND_MODELS, bandOptionsSchema, DEFAULT_BAND_OPTIONS, SIGMA_KINDS, WINDOW_MODELS } from './band/options.js';
export type { BandModel, BandOptions, BandOptionsInput } from './band/options.js';
export { chooseSeasonality } from './band/chooseSeasonality.js';
export { bucketLayout, bucketMinutesFor, DEFAULT_BUCKET_MINUTES, fitBucketMinutes, SEASONALITIES, SEASONALITY_CHOICES } from './band/seasonality.js';
export type { BucketLayout, Seasonality } from './band/seasonality.js';
export { alarmsPerDay, bandFit, detect, lastAlarmDaysAfter } from './metrics/trialMetrics.js';
export type { BandFit, Detection } from './metrics/trialMetrics.js';
export { describeScenario, summarize } from './metrics/summarize.js';
export type { ControlSummary, FaultAlarmSummary, FaultSummary, LatencyStats, Summary, VariantSummary } from './metrics/summarize.js';
export { assembleSimulation, runTrial, runTrialAt, simulate, trialCount } from './simulate.js';
export type { ControlOutcome, FaultOutcome, RepresentativeRun, SimulateOptions, Simulation, Trace, TrialOutcome, TrialResult, } from './simulate.js';
export { simulateParallel } from './parallel/simulateParallel.js';
export type { SimulateParallelOptions } from './parallel/simulateParallel.js';
export { buildCharts } from './chart/buildCharts.js';
export type { Chart } from './chart/common.js';
export { bandFitChart } from './chart/bandFitChart.js';
export { latencyChart } from './chart/latencyChart.js';
export { latencyHeatmap } from './chart/latencyHeatmap.js';
export { learningChart } from './chart/learningChart.js';
export { trialChart } from './chart/trialChart.js';
export { DEFAULT_DETECT_OPTIONS, defaultPeriodSeconds, detect as detectDatapoints, detectionNotes, detectionRows, detectSeries, rowAnomalyScores, } from './detect/detect.js';
export type { DetectOptions, Detection as DatapointDetection, DetectRow } from './detect/detect.js';
export { readMetricRows } from './detect/rows.js';
export type { InputRow, MetricRows } from './detect/rows.js';
export { labelsFor, parseNabLabels, parseTimestamp, parseWindowCsv, rowLabels, windowsToRows } from './detect/labels.js';
export type { LabelWindow } from './detect/labels.js';
export { NAB_PROBATION_PERCENT, NAB_PROFILES, normaliseScores, probationaryLength, scaledSigmoid, scorableWindowCount, scoreByThreshold, scoreFile, sweepScores, } from './detect/nabScore.js';
export type { CostMatrix, NabProfile, NormalisedScore, RowWindow, SweepPoint, ThresholdScore } from './detect/nabScore.js';
export { scoreDetection } from './detect/scoreDetection.js';
export type { FileScore, WindowOutcome } from './detect/scoreDetection.js';
export { detectCsv, detectTotals, nabResultsCsv, windowsCsv } from './detect/writeDetect.js';
export type { DetectFileResult, DetectTotals } from './detect/writeDetect.js';
export { defaultLabelGrid, expandLabelGrid, readLabelGrid, settingAlarmConfig } from './tune/labelGrid.js';
export type { LabelGrid, LabelSetting } from './tune/labelGrid.js';
export { holdoutSplit, kFolds } from './tune/split.js';
export { tuneOnLabels } from './tune/tuneOnLabels.js';
export type { LabelledFile, TuneOnLabelsOptions, TuneOnLabelsResult } from './tune/tuneOnLabels.js';
