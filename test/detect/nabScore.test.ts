import { describe, expect, it } from 'vitest';
import {
  NAB_PROFILES,
  normaliseScores,
  probationaryLength,
  scaledSigmoid,
  scoreByThreshold,
  scoreFile,
  sweepScores,
  type RowWindow,
  type SweepPoint,
} from '../../src/detect/nabScore.js';

// NAB's own unit tests, ported case by case with their expected values:
// - tests/unit/scorer_test.py, numenta/NAB commit 6f663fe7fdb7873b106f2efe972da714e3f45c97 (written for the
//   older Scorer class; NAB's current sweeper gives the same values, which is what these check);
// - tests/integration/sweeper_test.py, numenta/NAB commit 158386417df55d770c6c69a71e9ca74cee423a18.
// Their windows are (timestamps[a], timestamps[b]) pairs; here they are the row ranges {first: a, last: b}.
const COST_MATRIX = { tpWeight: 1.1, fpWeight: 0.11, fnWeight: 1.2 };

function score(predictions: number[], windows: RowWindow[], probation: number): number {
  return scoreFile(predictions, windows, COST_MATRIX, { probation }).score;
}

describe('NAB scorer_test.py', () => {
  it('testNull', () => {
    expect(score([0, 0, 0, 0, 0], [], 0)).toBeCloseTo(0, 7);
  });
  it('testFalsePositives', () => {
    expect(score([0, 1, 0, 1, 0], [], 0)).toBeCloseTo(-2.0 * COST_MATRIX.fpWeight, 7);
  });
  it('testFalseNegatives', () => {
    const windows = [{ first: 1, last: 2 }, { first: 4, last: 5 }];
    expect(score([0, 0, 0, 0, 0, 0, 0], windows, 0)).toBeCloseTo(-2.0 * COST_MATRIX.fnWeight, 7);
  });
  it('testFalsePositivesInProbationary', () => {
    expect(score([0, 1, 0, 1, 0], [], 4)).toBeCloseTo(0, 7);
  });
  it('testFalsePositivesBeforeAndAfterProbationary', () => {
    expect(score([0, 1, 0, 1, 0], [], 3)).toBeCloseTo(-1.0 * COST_MATRIX.fpWeight, 7);
  });
  const first = (0.8482836399575131 * COST_MATRIX.tpWeight) / 0.9866142981514305;
  const second = (0.9866142981514305 * COST_MATRIX.tpWeight) / 0.9866142981514305;
  it('testTruePositives1', () => {
    expect(score([0, 0, 1, 0, 0, 0, 0], [{ first: 1, last: 2 }], 0)).toBeCloseTo(first, 7);
  });
  it('testTruePositives1WithFN', () => {
    const windows = [{ first: 1, last: 2 }, { first: 4, last: 5 }];
    expect(score([0, 0, 1, 0, 0, 0, 0], windows, 0)).toBeCloseTo(first - 1.0 * COST_MATRIX.fnWeight, 7);
  });
  it('testTruePositives2', () => {
    expect(score([0, 0, 0, 0, 1, 0, 0], [{ first: 4, last: 5 }], 0)).toBeCloseTo(second, 7);
  });
  it('testTruePositives3 (only the first detection of a window counts)', () => {
    expect(score([0, 0, 0, 0, 1, 1, 0], [{ first: 4, last: 5 }], 0)).toBeCloseTo(second, 7);
  });
  it('testTruePositivesMultiple', () => {
    const windows = [{ first: 1, last: 2 }, { first: 4, last: 5 }];
    expect(score([0, 0, 1, 0, 1, 0, 0], windows, 0)).toBeCloseTo(first + second, 7);
  });
  it('testFalsePositiveAfterWindow1', () => {
    const expected = -1.0 * COST_MATRIX.fnWeight + -0.9999092042625951 * COST_MATRIX.fpWeight;
    expect(score([0, 0, 0, 0, 1], [{ first: 1, last: 2 }], 0)).toBeCloseTo(expected, 7);
  });
  it('testFalsePositiveAfterWindow2', () => {
    const expected = -1.0 * COST_MATRIX.fnWeight + -0.9866142981514303 * COST_MATRIX.fpWeight;
    expect(score([0, 0, 0, 1, 0], [{ first: 1, last: 2 }], 0)).toBeCloseTo(expected, 7);
  });
});

describe('NAB sweeper_test.py', () => {
  it.each([
    [100, 0.0, 0],
    [100, 1.0, 100],
    [100, 0.1, 10],
    [100, 0.15, 15],
    [5000, 0.1, 500],
    [6000, 0.1, 500],
  ])('testGetProbationaryLength(%i rows, %f) = %i', (rows, percent, expected) => {
    expect(probationaryLength(rows, percent)).toBe(expected);
  });

  it('testCalcSweepScoreWindowScoreInteraction: positive inside windows, negative elsewhere', () => {
    const rows = 100;
    const windows = [{ first: 30, last: 39 }, { first: 75, last: 95 }];
    const points = sweepScores(new Array(rows).fill(1), windows, { tpWeight: 1, fnWeight: 1, fpWeight: 0.11 }, probationaryLength(rows, 0.1));
    expect(points).toHaveLength(rows);
    expect(points.filter((p) => p.window === 'probationary')).toHaveLength(10);
    expect(points.filter((p) => typeof p.window === 'number')).toHaveLength(10 + 21);
    for (const p of points) {
      if (typeof p.window === 'number') expect(p.sweepScore).toBeGreaterThan(0);
      else expect(p.sweepScore).toBeLessThan(0);
    }
  });

  it('testCalcScoreByThresholdReturnsExpectedScores', () => {
    const fnWeight = 5.0;
    const A = 0;
    const B = 1;
    const input: SweepPoint[] = [
      { index: 0, anomalyScore: 0.5, sweepScore: -1000, window: 'probationary' },
      { index: 1, anomalyScore: 0.5, sweepScore: -1000, window: 'probationary' },
      { index: 2, anomalyScore: 0.0, sweepScore: -3, window: null },
      { index: 4, anomalyScore: 0.2, sweepScore: 20, window: A },
      { index: 5, anomalyScore: 0.3, sweepScore: 10, window: A },
      { index: 6, anomalyScore: 0.5, sweepScore: 5, window: B },
      { index: 7, anomalyScore: 0.5, sweepScore: -3, window: null },
    ];
    const t = (threshold: number, score: number, tp: number, tn: number, fp: number, fn: number) => ({
      threshold, score, tp, tn, fp, fn, total: 5,
    });
    expect(scoreByThreshold(input, fnWeight)).toEqual([
      t(1.1, -2 * fnWeight, 0, 2, 0, 3),
      t(0.5, 5 - 3 - fnWeight, 1, 1, 1, 2),
      t(0.3, 5 - 3 + 10, 2, 1, 1, 1),
      t(0.2, 5 - 3 + 20, 3, 1, 1, 0),
      t(0.0, 5 - 3 + 20 - 3, 3, 0, 2, 0),
    ]);
  });
});

describe('scaledSigmoid, profiles and normalisation', () => {
  it('has NAB documented values', () => {
    expect(scaledSigmoid(-1)).toBeCloseTo(0.9866142981514305, 12);
    expect(scaledSigmoid(-0.5)).toBeCloseTo(0.8482836399575131, 12);
    expect(scaledSigmoid(0)).toBe(0);
    expect(scaledSigmoid(3)).toBe(-1);
  });
  it('caps the probation at 750 rows for 15%', () => {
    expect(probationaryLength(4032)).toBe(604);
    expect(probationaryLength(10_000)).toBe(750);
  });
  it('scores a detection at a window start as tpWeight and normalises null to 0 and perfect to 100', () => {
    const windows = [{ first: 10, last: 19 }];
    const perfect = scoreFile(Array.from({ length: 40 }, (_, i) => (i === 10 ? 1 : 0)), windows, NAB_PROFILES.standard, { probation: 0 });
    expect(perfect.score).toBeCloseTo(1, 12);
    const none = scoreFile(new Array(40).fill(0), windows, NAB_PROFILES.standard, { probation: 0 });
    expect(none.score).toBe(-1);
    const file = (raw: number) => [{ raw, windows: 1, scorableWindows: 1 }];
    expect(normaliseScores(file(perfect.score), NAB_PROFILES.standard).normalised).toBeCloseTo(100, 10);
    // A raw −1 under reward_low_FN_rate (null −2, perfect 1): 100 · 1 / 3.
    expect(normaliseScores(file(none.score), NAB_PROFILES.reward_low_FN_rate).normalised).toBeCloseTo(100 / 3, 10);
    expect(normaliseScores(file(-1), NAB_PROFILES.standard).normalised).toBe(0);
  });
  it('reward_low_FP_rate doubles the price of a false alarm', () => {
    const scores = [0, 0, 0, 1, 0, 0];
    const std = scoreFile(scores, [], NAB_PROFILES.standard, { probation: 0 }).score;
    const lowFp = scoreFile(scores, [], NAB_PROFILES.reward_low_FP_rate, { probation: 0 }).score;
    expect(std).toBeCloseTo(-0.11, 12);
    expect(lowFp).toBeCloseTo(-0.22, 12);
  });
});

// NAB's published scores for a published detector. Skyline's standard-profile scores per file are in numenta/NAB
// results/skyline/skyline_standard_scores.csv (commit 487c0f97dc8131539db039d45b366b8e9fd48b05). Its detections
// (rows with anomaly_score 1.0, the threshold NAB chose for it) were read from results/skyline/realAWSCloudwatch/
// skyline_ec2_cpu_utilization_77c1ca.csv (commit 487c0f97…) and skyline_elb_request_count_8c0756.csv (commit
// 38b9ff1ab6669de1d176d16aa3cfdb4bf3570972) and located as rows of the same NAB data files (4032 rows each); the
// windows are the rows of NAB's labels. NAB counts TP 1 / FP 0 and TP 2 / FP 0 after the probation, so these are
// all the detections that count.
describe("NAB's published Skyline scores", () => {
  it.each([
    ['ec2_cpu_utilization_77c1ca', [{ first: 1765, last: 2167 }], [1771], 0.9989590400616454],
    ['elb_request_count_8c0756', [{ first: 683, last: 883 }, { first: 3582, last: 3782 }], [790, 3682], 1.6967311247051575],
  ])('%s', (_, windows, detections, published) => {
    const scores = Array.from({ length: 4032 }, (_, i) => (detections.includes(i) ? 1 : 0));
    const result = scoreFile(scores, windows, NAB_PROFILES.standard, { probation: probationaryLength(4032) });
    expect(result.score).toBeCloseTo(published, 12);
    expect([result.tp, result.fp]).toEqual([detections.length, 0]);
  });
});
