import type { Series } from '../core/series.js';
import { type NabProfile, type NormalisedScore, type RowWindow } from '../detect/nabScore.js';
import { type FileScore } from '../detect/scoreDetection.js';
import type { DetectFileResult } from '../detect/writeDetect.js';
import type { LabelSetting } from './labelGrid.js';
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
    holdout?: {
        share: number;
    } | {
        names: readonly string[];
    };
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
    skipped: Array<{
        label: string;
        reason: string;
    }>;
    /** Index into `settings` of the setting chosen on the training files. */
    chosen: number;
    chosenSetting: LabelSetting;
    train: {
        files: string[];
        score: NormalisedScore;
    };
    heldOut: {
        files: string[];
        score: NormalisedScore;
    } | null;
    /** The best setting on all files of the held-out groups and its score there (fitted to them: optimistic). */
    fitted: {
        label: string;
        score: number;
        files: string[];
    };
    /**
     * Cross-validation of the whole choice: for each fold, the setting chosen without it, scored on it. `pooled`
     * is NAB's normalisation over every fold's files at once (each under its fold's choice); `meanOfFolds` the
     * mean of the folds' scores.
     */
    crossValidation: {
        folds: FoldFigures[];
        pooled: NormalisedScore;
        meanOfFolds: number;
    } | null;
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
 * A setting is a candidate where it runs on every file it is chosen on (the training files; in a fold, that
 * fold's training files); where it cannot run on a file it is scored on, that file scores as detecting nothing.
 *
 * @throws Error when no file of the held-out groups exists, or no setting can run on every training file (of a fold)
 * @example
 * const result = tuneOnLabels(files, expandLabelGrid(defaultLabelGrid()), { heldOutGroups: ['realAWSCloudwatch'], seed: 1 });
 * result.crossValidation?.pooled.normalised;
 */
export declare function tuneOnLabels(files: readonly LabelledFile[], settings: readonly LabelSetting[], options?: TuneOnLabelsOptions): TuneOnLabelsResult;
