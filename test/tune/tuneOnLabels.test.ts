import { describe, expect, it } from 'vitest';
import { detectSeries, rowAnomalyScores } from '../../src/detect/detect.js';
import { NAB_PROFILES, normaliseScores, probationaryLength, scorableWindowCount, scoreFile } from '../../src/detect/nabScore.js';
import { randomNormal } from '../../src/random/normal.js';
import { createRng } from '../../src/random/rng.js';
import { expandLabelGrid, readLabelGrid } from '../../src/tune/labelGrid.js';
import { tuneOnLabels, type LabelledFile } from '../../src/tune/tuneOnLabels.js';

const START = Date.UTC(2026, 0, 5);
const STEP = 300;

/** 20 days of a noisy daily cycle, with a surge of `size` for 3 hours inside the labelled window on day 16. */
function file(name: string, group: string, seed: number, size: number): LabelledFile {
  const rng = createRng(seed, 'tune on labels test');
  const n = 20 * 288;
  const values = new Float64Array(n);
  const surge = 16 * 288 + 100 + (seed % 50);
  for (let i = 0; i < n; i++) {
    values[i] = 50 + 20 * Math.sin((2 * Math.PI * i) / 288) + 3 * randomNormal(rng) + (i >= surge && i < surge + 36 ? size : 0);
  }
  const rowTimesMs = Float64Array.from({ length: n }, (_, i) => START + i * STEP * 1000);
  return { name, group, series: { startMs: START, stepSeconds: STEP, values }, rowTimesMs, windows: [{ first: surge - 20, last: surge + 80 }] };
}

const files = [
  ...Array.from({ length: 8 }, (_, i) => file(`real/r${i}.csv`, 'real', i + 1, 10 + 4 * i)),
  ...Array.from({ length: 3 }, (_, i) => file(`art/a${i}.csv`, 'art', 20 + i, 30)),
];
const settings = expandLabelGrid(readLabelGrid({ period: '300,900', 'm-of-n': '1/1,3/3', k: '2,3,5', seasonality: 'daily', sigma: 'pooled' }, null, ''));

/** The NAB standard score of a setting on some files, computed from scratch. */
function bruteScore(setting: number, names: readonly string[]): number {
  const chosen = files.filter((f) => names.includes(f.name));
  return normaliseScores(
    chosen.map((f) => {
      const probation = probationaryLength(f.rowTimesMs.length);
      const scores = rowAnomalyScores(detectSeries(f.series, settings[setting].options), f.rowTimesMs);
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
    const withHourly = expandLabelGrid(readLabelGrid({ period: '300', 'm-of-n': '1/1', k: '3', seasonality: 'daily,hourly', sigma: 'pooled', 'bucket-minutes': '45' }, null, ''));
    const skipping = tuneOnLabels(files, withHourly, { heldOutGroups: ['real'], folds: 0 });
    expect(skipping.skipped.map((s) => s.label)).toEqual(['300s Average 1/1 seasonality=hourly']);
    expect(skipping.skipped[0].reason).toMatch(/bucketMinutes \(45\) must divide the hourly season/);
    expect(skipping.crossValidation).toBeNull();
  });
});
