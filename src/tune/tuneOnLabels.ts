import type { Series } from '../core/series.js';
import { detectSeries, rowAnomalyScores } from '../detect/detect.js';
import { NAB_PROFILES, normaliseScores, probationaryLength, scorableWindowCount, scoreFile, type NabProfile, type NormalisedScore, type RowWindow } from '../detect/nabScore.js';
import { scoreDetection, type FileScore } from '../detect/scoreDetection.js';
import type { DetectFileResult } from '../detect/writeDetect.js';
import type { LabelSetting } from './labelGrid.js';
import { holdoutSplit, kFolds } from './split.js';

/** A data file with its labelled windows, ready to score. */
export interface LabelledFile {
  /** Path relative to the folder given, e.g. `realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv`. */
  name: string;
  /** Its stratum: the folder it is in (NAB's category). */
  group: string;
  series: Series;
  /** Each input row's time, in file order (NAB scores by row). */
  rowTimesMs: Float64Array;
  windows: RowWindow[];
}

/** How {@link tuneOnLabels} splits and scores. */
export interface TuneOnLabelsOptions {
  /** The NAB profile the choice maximises (default `standard`). */
  profile?: NabProfile;
  /**
   * Groups whose files are held out and count for the held-out and cross-validated figures; files of other
   * groups are always training files. Default: every group.
   */
  heldOutGroups?: readonly string[];
  /** Held-out files: a share of each held-out group, drawn with `seed`, or the names themselves. Default share 0.3. */
  holdout?: { share: number } | { names: readonly string[] };
  /** Folds of the cross-validation (≥ 2), or 0 for none. Default 5. */
  folds?: number;
  /** Seed of the split and the folds. Default 1. */
  seed?: number | string;
  /** Called after each setting has been scored on every file. */
  onProgress?: (done: number, total: number) => void;
}

/** One grid setting's figures. */
export interface LabelSettingFigures {
  label: string;
  /** NAB score (the profile's normalised score) on the training files. */
  train: number;
  /** On the held-out files (null without any). */
  heldOut: number | null;
  /** On every file of the held-out groups: what choosing on them would fit. */
  fitted: number;
}

/** One fold of the cross-validation. */
export interface FoldFigures {
  fold: number;
  /** The setting chosen on the other folds (and the files of groups that are never held out). */
  chosen: string;
  files: string[];
  score: NormalisedScore;
}

/** The chosen setting's outcome on one file: `detect`'s per-file result, its group and its side of the split. */
export interface LabelledFileFigures extends DetectFileResult {
  group: string;
  split: 'train' | 'held out';
  score: FileScore;
}

/** What {@link tuneOnLabels} found. */
export interface TuneOnLabelsResult {
  profile: NabProfile;
  settings: LabelSettingFigures[];
  /** Settings the band cannot have on these files (e.g. hourly buckets on hourly periods), with the reason. */
  skipped: Array<{ label: string; reason: string }>;
  /** Index into `settings` of the setting chosen on the training files. */
  chosen: number;
  chosenSetting: LabelSetting;
  train: { files: string[]; score: NormalisedScore };
  heldOut: { files: string[]; score: NormalisedScore } | null;
  /** The best setting on all files of the held-out groups and its score there (fitted to them: optimistic). */
  fitted: { label: string; score: number; files: string[] };
  /**
   * Cross-validation of the whole choice: for each fold, the setting chosen without it, scored on it. `pooled`
   * is NAB's normalisation over every fold's files at once (each under its fold's choice); `meanOfFolds` the
   * mean of the folds' scores.
   */
  crossValidation: { folds: FoldFigures[]; pooled: NormalisedScore; meanOfFolds: number } | null;
  /** The chosen setting on each file, every NAB profile. */
  files: LabelledFileFigures[];
}

/**
 * Tunes a band alarm on labelled data instead of injected faults: every setting of the grid runs `detect` on
 * every file and is scored with NAB's scorer; the setting with the highest normalised score on the training
 * files is chosen (ties: the first in grid order) and scored on the held-out files. The k-fold
 * cross-validation repeats the choice without each fold and scores it on that fold, estimating how a setting
 * chosen this way scores on files it has not seen.
 *
 * Cost: one detection and one NAB scoring per setting and file, on one thread; the folds reuse those scores.
 *
 * @throws Error when no file of the held-out groups exists, or no setting can run on every file
 * @example
 * const result = tuneOnLabels(files, expandLabelGrid(defaultLabelGrid()), { heldOutGroups: ['realAWSCloudwatch'], seed: 1 });
 * result.crossValidation?.pooled.normalised;
 */
export function tuneOnLabels(files: readonly LabelledFile[], settings: readonly LabelSetting[], options: TuneOnLabelsOptions = {}): TuneOnLabelsResult {
  const profile = options.profile ?? 'standard';
  const cost = NAB_PROFILES[profile];
  const seed = options.seed ?? 1;
  const heldGroups = new Set(options.heldOutGroups ?? files.map((f) => f.group));
  const candidates = files.filter((f) => heldGroups.has(f.group));
  if (candidates.length === 0) throw new Error(`tuneOnLabels: no file in the held-out groups (${[...heldGroups].join(', ')})`);

  // 1. Every setting on every file: the profile's raw score.
  const probation = files.map((f) => probationaryLength(f.rowTimesMs.length));
  const scorable = files.map((f, i) => scorableWindowCount(f.windows, probation[i]));
  const raw: Float64Array[] = [];
  const valid: number[] = [];
  const skipped: TuneOnLabelsResult['skipped'] = [];
  settings.forEach((setting, s) => {
    const row = new Float64Array(files.length);
    try {
      files.forEach((file, f) => {
        const scores = rowAnomalyScores(detectSeries(file.series, setting.options), file.rowTimesMs);
        row[f] = scoreFile(scores, file.windows, cost, { probation: probation[f] }).score;
      });
      raw.push(row);
      valid.push(s);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      skipped.push({ label: setting.label, reason: error.message.replace(/^(band|detect): /, '') });
    }
    options.onProgress?.(s + 1, settings.length);
  });
  if (valid.length === 0) throw new Error(`tuneOnLabels: no setting of the grid can run on these files (${skipped[0]?.reason})`);

  const index = new Map(files.map((f, i) => [f.name, i]));
  const score = (v: number, names: readonly string[]): NormalisedScore =>
    normaliseScores(
      names.map((n) => {
        const f = index.get(n)!;
        return { raw: raw[v][f], windows: files[f].windows.length, scorableWindows: scorable[f] };
      }),
      cost,
    );
  const best = (names: readonly string[]): number => {
    let top = 0;
    let topScore = -Infinity;
    for (let v = 0; v < valid.length; v++) {
      const x = score(v, names).normalised;
      if (x > topScore + 1e-12) {
        top = v;
        topScore = x;
      }
    }
    return top;
  };

  // 2. The split, the choice on the training files, and the held-out score.
  const items = candidates.map((f) => ({ name: f.name, group: f.group }));
  const heldOutNames =
    options.holdout && 'names' in options.holdout ? [...options.holdout.names].sort() : holdoutSplit(items, options.holdout?.share ?? 0.3, seed);
  const heldSet = new Set(heldOutNames);
  const trainNames = files.map((f) => f.name).filter((n) => !heldSet.has(n));
  if (trainNames.length === 0) throw new Error('tuneOnLabels: every file is held out: nothing to choose on');
  const chosen = best(trainNames);
  const allHeld = candidates.map((f) => f.name);
  const fittedIndex = best(allHeld);

  // 3. Cross-validation of the choice.
  const folds = options.folds ?? 5;
  let crossValidation: TuneOnLabelsResult['crossValidation'] = null;
  if (folds >= 2) {
    const foldOf = kFolds(items, Math.min(folds, candidates.length), seed);
    const foldCount = Math.min(folds, candidates.length);
    const perFold: FoldFigures[] = [];
    const pooledFiles: Array<{ raw: number; windows: number; scorableWindows: number }> = [];
    for (let k = 0; k < foldCount; k++) {
      const test = allHeld.filter((n) => foldOf.get(n) === k);
      const pick = best(files.map((f) => f.name).filter((n) => foldOf.get(n) !== k));
      perFold.push({ fold: k + 1, chosen: settings[valid[pick]].label, files: test, score: score(pick, test) });
      for (const n of test) {
        const f = index.get(n)!;
        pooledFiles.push({ raw: raw[pick][f], windows: files[f].windows.length, scorableWindows: scorable[f] });
      }
    }
    crossValidation = {
      folds: perFold,
      pooled: normaliseScores(pooledFiles, cost),
      meanOfFolds: perFold.reduce((s, f) => s + f.score.normalised, 0) / perFold.length,
    };
  }

  // 4. The chosen setting on each file, every profile.
  const chosenSetting = settings[valid[chosen]];
  const fileFigures = files.map((file): LabelledFileFigures => {
    const detection = detectSeries(file.series, chosenSetting.options);
    const scores = rowAnomalyScores(detection, file.rowTimesMs);
    return {
      file: file.name,
      group: file.group,
      split: heldSet.has(file.name) ? 'held out' : 'train',
      rows: file.rowTimesMs.length,
      datapoints: detection.datapoints.values.length,
      periodSeconds: detection.datapoints.periodSeconds,
      seasonality: detection.band.seasonality,
      bucketMinutes: detection.band.bucketMinutes,
      alarms: detection.alarmStarts.length,
      score: scoreDetection(file.rowTimesMs, scores, file.windows, file.series.stepSeconds),
    };
  });

  return {
    profile,
    settings: valid.map((s, v) => ({
      label: settings[s].label,
      train: score(v, trainNames).normalised,
      heldOut: heldOutNames.length ? score(v, heldOutNames).normalised : null,
      fitted: score(v, allHeld).normalised,
    })),
    skipped,
    chosen,
    chosenSetting,
    train: { files: trainNames, score: score(chosen, trainNames) },
    heldOut: heldOutNames.length ? { files: heldOutNames, score: score(chosen, heldOutNames) } : null,
    fitted: { label: settings[valid[fittedIndex]].label, score: score(fittedIndex, allHeld).normalised, files: allHeld },
    crossValidation,
    files: fileFigures,
  };
}
