import type { Series } from '../core/series.js';
import { detectSeries, newDetectCache, rowAnomalyScores } from '../detect/detect.js';
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
  /** Called after each file has been scored under every setting: (files done, files). */
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
  /** Why the chosen setting cannot run on this file (a held-out file only): it is scored as detecting nothing. */
  failed?: string;
  score: FileScore;
}

/** What {@link tuneOnLabels} found. */
export interface TuneOnLabelsResult {
  profile: NabProfile;
  settings: LabelSettingFigures[];
  /**
   * Settings the band cannot have on some training file (e.g. hourly buckets on hourly periods), with the
   * reason: never candidates. Held-out files do not decide this: a setting that cannot run on a held-out file
   * scores that file as detecting nothing (see `files[].failed`); each fold decides on its own training files.
   */
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
 * Cost: one classification, evaluation and NAB scoring per setting and file, on one thread, and one band per
 * distinct band setting and file (settings differing only in M of N, TreatMissingData or comparison share it);
 * the folds reuse those scores.
 *
 * A setting is a candidate where it runs on every file it is chosen on (the training files; in a fold, that
 * fold's training files); where it cannot run on a file it is scored on, that file scores as detecting nothing.
 *
 * @throws Error when no file of the held-out groups exists, or no setting can run on every training file (of a fold)
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

  // 1. Every setting on every file: the profile's raw score. A setting the band cannot have on a file (a
  //    RangeError) scores that file as detecting nothing, and the failure is kept: a setting is a candidate
  //    only where it runs on every file it is chosen on (the training files), so held-out files never remove one.
  const probation = files.map((f) => probationaryLength(f.rowTimesMs.length));
  const scorable = files.map((f, i) => scorableWindowCount(f.windows, probation[i]));
  const nothing = (f: number) => scoreFile(new Uint8Array(files[f].rowTimesMs.length), files[f].windows, cost, { probation: probation[f] }).score;
  const raw: Float64Array[] = settings.map(() => new Float64Array(files.length));
  const failures: Array<Map<number, string>> = settings.map(() => new Map<number, string>());
  // File by file, so that the settings sharing a band (another M of N, TreatMissingData or comparison)
  // compute it once, and a file's bands are dropped before the next file's.
  files.forEach((file, f) => {
    const cache = newDetectCache();
    settings.forEach((setting, s) => {
      try {
        const scores = rowAnomalyScores(detectSeries(file.series, setting.options, cache), file.rowTimesMs);
        raw[s][f] = scoreFile(scores, file.windows, cost, { probation: probation[f] }).score;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        failures[s].set(f, error.message.replace(/^(band|detect): /, ''));
        raw[s][f] = nothing(f);
      }
    });
    options.onProgress?.(f + 1, files.length);
  });

  const index = new Map(files.map((f, i) => [f.name, i]));
  /** The first failure of setting s on some files, or undefined when it runs on all of them. */
  const failureOn = (s: number, names: readonly string[]): string | undefined => {
    for (const n of names) {
      const reason = failures[s].get(index.get(n)!);
      if (reason !== undefined) return reason;
    }
    return undefined;
  };
  const score = (s: number, names: readonly string[]): NormalisedScore =>
    normaliseScores(
      names.map((n) => {
        const f = index.get(n)!;
        return { raw: raw[s][f], windows: files[f].windows.length, scorableWindows: scorable[f] };
      }),
      cost,
    );
  /** The best setting on some files among those that run on every file of `runsOn` (ties: the first); -1 when none runs. */
  const best = (names: readonly string[], runsOn: readonly string[] = names): number => {
    let top = -1;
    let topScore = -Infinity;
    for (let s = 0; s < settings.length; s++) {
      if (failureOn(s, runsOn) !== undefined) continue;
      const x = score(s, names).normalised;
      if (x > topScore + 1e-12) {
        top = s;
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
  if (chosen < 0) throw new Error(`tuneOnLabels: no setting of the grid can run on every training file (${failureOn(0, trainNames)})`);
  const valid = settings.map((_, s) => s).filter((s) => failureOn(s, trainNames) === undefined);
  const skipped = settings.flatMap((setting, s) => (valid.includes(s) ? [] : [{ label: setting.label, reason: failureOn(s, trainNames)! }]));
  const allHeld = candidates.map((f) => f.name);
  // Fitted: what choosing on the held-out groups' files themselves would give, among the settings that run there
  // (or, if none runs on all of them, among the training candidates, failures scored as misses).
  const fittedAmong = best(allHeld);
  const fittedIndex = fittedAmong >= 0 ? fittedAmong : best(allHeld, trainNames);

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
      const rest = files.map((f) => f.name).filter((n) => foldOf.get(n) !== k);
      const pick = best(rest);
      if (pick < 0) throw new Error(`tuneOnLabels: no setting of the grid can run on every training file of fold ${k + 1} (${failureOn(0, rest)})`);
      perFold.push({ fold: k + 1, chosen: settings[pick].label, files: test, score: score(pick, test) });
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
  const chosenSetting = settings[chosen];
  const fileFigures = files.map((file, f): LabelledFileFigures => {
    const split = heldSet.has(file.name) ? 'held out' : 'train';
    const failure = failures[chosen].get(f);
    if (failure !== undefined) {
      const none = new Uint8Array(file.rowTimesMs.length);
      const { seasonality, bucketMinutes } = chosenSetting.options.band;
      return {
        file: file.name,
        group: file.group,
        split,
        failed: failure,
        rows: file.rowTimesMs.length,
        datapoints: 0,
        periodSeconds: chosenSetting.options.periodSeconds ?? file.series.stepSeconds,
        seasonality: String(seasonality ?? 'none'),
        bucketMinutes: bucketMinutes ?? 0,
        alarms: 0,
        score: scoreDetection(file.rowTimesMs, none, file.windows, file.series.stepSeconds),
      };
    }
    const detection = detectSeries(file.series, chosenSetting.options);
    const scores = rowAnomalyScores(detection, file.rowTimesMs);
    return {
      file: file.name,
      group: file.group,
      split,
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
    settings: valid.map((s) => ({
      label: settings[s].label,
      train: score(s, trainNames).normalised,
      heldOut: heldOutNames.length ? score(s, heldOutNames).normalised : null,
      fitted: score(s, allHeld).normalised,
    })),
    skipped,
    chosen: valid.indexOf(chosen),
    chosenSetting,
    train: { files: trainNames, score: score(chosen, trainNames) },
    heldOut: heldOutNames.length ? { files: heldOutNames, score: score(chosen, heldOutNames) } : null,
    fitted: { label: settings[fittedIndex].label, score: score(fittedIndex, allHeld).normalised, files: allHeld },
    crossValidation,
    files: fileFigures,
  };
}
