import { describe, expect, it } from 'vitest';
import { detectSeries, rowAnomalyScores } from '../../src/detect/detect.js';
import { NAB_PROFILES, normaliseScores, probationaryLength, scorableWindowCount, scoreFile } from '../../src/detect/nabScore.js';
import { randomNormal } from '../../src/random/normal.js';
import { createRng } from '../../src/random/rng.js';
import { expandLabelGrid, readLabelGrid, type LabelSetting } from '../../src/tune/labelGrid.js';
import { tuneOnLabels, type LabelledFile } from '../../src/tune/tuneOnLabels.js';

const START = Date.UTC(2026, 0, 5);
const STEP = 300;

/**
 * 20 days of a noisy daily cycle, with a surge of `size` for 3 hours inside the labelled window on day 16 and,
 * with `spike`, an unlabelled 1-hour rise of that size on day 17 (a false alarm for a tight band). `step`: the
 * data's step, seconds (default 300).
 */
function file(name: string, group: string, seed: number, size: number, spike = 0, step = STEP): LabelledFile {
  const rng = createRng(seed, 'tune on labels test');
  const perDay = 86_400 / step;
  const n = 20 * perDay;
  const values = new Float64Array(n);
  const surge = 16 * perDay + Math.round(((100 + (seed % 50)) * STEP) / step);
  const surgeLength = (3 * 3600) / step;
  const spikeAt = 17 * perDay + (150 * STEP) / step;
  for (let i = 0; i < n; i++) {
    values[i] =
      50 +
      20 * Math.sin((2 * Math.PI * i) / perDay) +
      3 * randomNormal(rng) +
      (i >= surge && i < surge + surgeLength ? size : 0) +
      (spike && i >= spikeAt && i < spikeAt + 3600 / step ? spike : 0);
  }
  const rowTimesMs = Float64Array.from({ length: n }, (_, i) => START + i * step * 1000);
  const before = Math.round((20 * STEP) / step);
  return { name, group, series: { startMs: START, stepSeconds: step, values }, rowTimesMs, windows: [{ first: surge - before, last: surge + 4 * before }] };
}

const files = [
  ...Array.from({ length: 8 }, (_, i) => file(`real/r${i}.csv`, 'real', i + 1, 10 + 4 * i)),
  ...Array.from({ length: 3 }, (_, i) => file(`art/a${i}.csv`, 'art', 20 + i, 30)),
];
const settings = expandLabelGrid(readLabelGrid({ period: '300,900', 'm-of-n': '1/1,3/3', k: '2,3,5', seasonality: 'daily', sigma: 'pooled' }, null, ''));

/**
 * The NAB standard score of a setting on some files, computed from scratch; a file the setting cannot run on
 * (a RangeError) scores as detecting nothing.
 */
function bruteScore(setting: number, names: readonly string[], among: readonly LabelledFile[] = files, grid: readonly LabelSetting[] = settings): number {
  const chosen = among.filter((f) => names.includes(f.name));
  return normaliseScores(
    chosen.map((f) => {
      const probation = probationaryLength(f.rowTimesMs.length);
      let scores: ArrayLike<number>;
      try {
        scores = rowAnomalyScores(detectSeries(f.series, grid[setting].options), f.rowTimesMs);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        scores = new Uint8Array(f.rowTimesMs.length);
      }
      return { raw: scoreFile(scores, f.windows, NAB_PROFILES.standard, { probation }).score, windows: f.windows.length, scorableWindows: scorableWindowCount(f.windows, probation) };
    }),
    NAB_PROFILES.standard,
  ).normalised;
}

describe('tuneOnLabels', () => {
  const result = tuneOnLabels(files, settings, { heldOutGroups: ['real'], holdout: { share: 0.25 }, folds: 4, seed: 3 });

  it('holds out files of the held-out groups only, disjoint from the training files', () => {
    expect(result.heldOut!.files).toHaveLength(2);
    expect(result.heldOut!.files.every((n) => n.startsWith('real/'))).toBe(true);
    expect(result.train.files.filter((n) => result.heldOut!.files.includes(n))).toEqual([]);
    expect(result.train.files).toHaveLength(9);
  });

  it('chooses the setting with the best score on the training files, as a brute-force search finds it', () => {
    const brute = settings.map((_, s) => bruteScore(s, result.train.files));
    const top = Math.max(...brute);
    expect(result.chosenSetting.label).toBe(settings[brute.findIndex((x) => x >= top - 1e-12)].label);
    expect(result.train.score.normalised).toBeCloseTo(top, 9);
    expect(result.heldOut!.score.normalised).toBeCloseTo(bruteScore(brute.indexOf(top), result.heldOut!.files), 9);
    expect(result.settings.map((s) => s.train)).toEqual(brute.map((x) => expect.closeTo(x, 9)));
  });

  it('cross-validates the choice: each fold scored under the setting chosen without it', () => {
    const cv = result.crossValidation!;
    expect(cv.folds).toHaveLength(4);
    expect(cv.folds.flatMap((f) => f.files).sort()).toEqual(files.filter((f) => f.group === 'real').map((f) => f.name).sort());
    for (const fold of cv.folds) {
      const rest = files.map((f) => f.name).filter((n) => !fold.files.includes(n));
      const brute = settings.map((_, s) => bruteScore(s, rest));
      const pick = brute.findIndex((x) => x >= Math.max(...brute) - 1e-12);
      expect(fold.chosen).toBe(settings[pick].label);
      expect(fold.score.normalised).toBeCloseTo(bruteScore(pick, fold.files), 9);
    }
    expect(cv.meanOfFolds).toBeCloseTo(cv.folds.reduce((s, f) => s + f.score.normalised, 0) / 4, 12);
  });

  it('reports the chosen setting on every file and skips settings the band cannot have', () => {
    expect(result.files.map((f) => f.split).filter((s) => s === 'held out')).toHaveLength(2);
    expect(result.files.every((f) => f.score.windows.length === 1)).toBe(true);
    // A period that is not a multiple of a training file's step cannot run there: skipped, with the reason.
    const slow = file('art/slow.csv', 'art', 30, 30, 0, 600);
    const grid = expandLabelGrid(readLabelGrid({ period: '300,600', 'm-of-n': '1/1', k: '3', seasonality: 'daily', sigma: 'pooled' }, null, ''));
    const skipping = tuneOnLabels([...files, slow], grid, { heldOutGroups: ['real'], folds: 0 });
    expect(skipping.skipped.map((s) => s.label)).toEqual(['300s Average 1/1']);
    expect(skipping.skipped[0].reason).toMatch(/period \(300 s\) must be a multiple of the data's step \(600 s\)/);
    expect(skipping.chosenSetting.label).toBe('600s Average 1/1');
    expect(skipping.crossValidation).toBeNull();
  });
});

/** The first index of the highest value. */
const argmax = (xs: readonly number[]) => xs.findIndex((x) => x >= Math.max(...xs) - 1e-12);

describe('tuneOnLabels never looks at the held-out files to choose', () => {
  // Training files (every `art` file, and real/r2..r5) have a big surge and an unlabelled spike: a wide band (k 5)
  // is best on them. The held-out files real/r0, real/r1 have a small surge only a tight band (k 2) catches, so
  // much that on all files k 2 is best. An implementation choosing on all files (or on a fold's own files) fails.
  const leaky = [
    file('real/r0.csv', 'real', 1, 7),
    file('real/r1.csv', 'real', 2, 7),
    ...Array.from({ length: 4 }, (_, i) => file(`real/r${i + 2}.csv`, 'real', i + 3, 40, 20)),
    ...Array.from({ length: 6 }, (_, i) => file(`art/a${i}.csv`, 'art', i + 11, 40, 20)),
  ];
  const grid = expandLabelGrid(readLabelGrid({ period: '300', 'm-of-n': '3/3', k: '2,3,5', seasonality: 'daily', sigma: 'pooled' }, null, ''));
  const held = ['real/r0.csv', 'real/r1.csv'];
  const result = tuneOnLabels(leaky, grid, { heldOutGroups: ['real'], holdout: { names: held }, folds: 3, seed: 4 });
  const all = leaky.map((f) => f.name);
  const brute = (names: readonly string[]) => grid.map((_, s) => bruteScore(s, names, leaky, grid));

  it('chooses the best setting on the training files, which is not the best on all files', () => {
    const onTrain = argmax(brute(result.train.files));
    const onAll = argmax(brute(all));
    expect(result.train.files).toEqual(all.filter((n) => !held.includes(n)));
    expect(onTrain).not.toBe(onAll);
    expect(result.chosenSetting.label).toBe(grid[onTrain].label);
    expect(result.chosenSetting.label).not.toBe(grid[onAll].label);
  });

  it("chooses each fold's setting without that fold's files", () => {
    const cv = result.crossValidation!;
    const onAll = grid[argmax(brute(all))].label;
    let differs = 0;
    for (const fold of cv.folds) {
      const rest = all.filter((n) => !fold.files.includes(n));
      const pick = argmax(brute(rest));
      expect(fold.chosen).toBe(grid[pick].label);
      expect(fold.score.normalised).toBeCloseTo(bruteScore(pick, fold.files, leaky, grid), 9);
      if (fold.chosen !== onAll) differs++;
    }
    // The data makes the check bite: some fold's choice differs from what its own files would pull it to.
    expect(differs).toBeGreaterThan(0);
  });
});

describe('tuneOnLabels skips a setting on the training files only', () => {
  // A 15-minute held-out file: a 5-minute period cannot run on it (the period must be a multiple of the step).
  const mixed = [
    ...Array.from({ length: 4 }, (_, i) => file(`real/r${i}.csv`, 'real', i + 1, 20)),
    file('real/slow.csv', 'real', 9, 20, 0, 900),
  ];
  const options = { heldOutGroups: ['real'], holdout: { names: ['real/slow.csv'] } } as const;

  it('keeps a setting that fails on a held-out file only, and scores that file as detecting nothing', () => {
    const grid = expandLabelGrid(readLabelGrid({ period: '300', 'm-of-n': '3/3', k: '3', seasonality: 'daily', sigma: 'pooled' }, null, ''));
    const result = tuneOnLabels(mixed, grid, { ...options, folds: 0 });
    expect(result.skipped).toEqual([]);
    expect(result.chosenSetting.label).toBe(grid[0].label);
    const slow = result.files.find((f) => f.file === 'real/slow.csv')!;
    expect(slow.failed).toMatch(/period \(300 s\) must be a multiple of the data's step \(900 s\)/);
    expect(slow.alarms).toBe(0);
    expect(slow.score.windows.every((w) => !w.caught)).toBe(true);
    const nothing = normaliseScores(
      [{ raw: scoreFile(new Uint8Array(slow.rows), mixed[4].windows, NAB_PROFILES.standard, { probation: probationaryLength(slow.rows) }).score, windows: 1, scorableWindows: 1 }],
      NAB_PROFILES.standard,
    ).normalised;
    expect(result.heldOut!.score.normalised).toBeCloseTo(nothing, 9);
    expect(result.heldOut!.score.normalised).toBeCloseTo(bruteScore(0, ['real/slow.csv'], mixed, grid), 9);
  });

  it("decides per fold on that fold's training files", () => {
    const grid = expandLabelGrid(readLabelGrid({ period: '300,900', 'm-of-n': '3/3', k: '3', seasonality: 'daily', sigma: 'pooled' }, null, ''));
    const result = tuneOnLabels(mixed, grid, { ...options, folds: 5 });
    expect(result.skipped).toEqual([]);
    for (const fold of result.crossValidation!.folds) {
      const rest = mixed.map((f) => f.name).filter((n) => !fold.files.includes(n));
      // Where the 15-minute file trains, only the 15-minute period can be chosen.
      if (rest.includes('real/slow.csv')) expect(fold.chosen).toBe(grid[1].label);
      const runs = grid.map((_, s) => s).filter((s) => s === 1 || !rest.includes('real/slow.csv'));
      const scores = runs.map((s) => bruteScore(s, rest, mixed, grid));
      expect(fold.chosen).toBe(grid[runs[argmax(scores)]].label);
    }
  });
});
