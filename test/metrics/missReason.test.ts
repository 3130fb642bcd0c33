import { describe, expect, it } from 'vitest';
import { BREACHING, evaluateAlarm, MISSING, NOT_BREACHING } from '../../src/alarm/evaluate.js';
import { describeMissReason, explainOutcome } from '../../src/metrics/missReason.js';
import { detect } from '../../src/metrics/trialMetrics.js';
import type { TreatMissingData } from '../../src/core/alarmTerms.js';

const MIN = 60_000;
const B = BREACHING;
const O = NOT_BREACHING;
const M = MISSING;

/** Runs a 3-of-3 alarm over `classes` (one datapoint a minute) with a fault at minute `onset` lasting 5 minutes. */
function explain(classes: number[], onset: number, treatMissingData: TreatMissingData = 'missing') {
  const c = Int8Array.from(classes);
  const evaluation = evaluateAlarm(c, { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData });
  const datapoints = { startMs: 0, periodSeconds: 60, values: new Float64Array(c.length) };
  const horizonMs = 8 * MIN;
  const { latencyMinutes } = detect(evaluation, datapoints, onset * MIN, horizonMs);
  return { latencyMinutes, ...explainOutcome(evaluation, c, datapoints, onset * MIN, horizonMs, latencyMinutes, { treatMissingData }) };
}

describe('explainOutcome', () => {
  it('gives no reason for a detection by the fault\'s own datapoints', () => {
    expect(explain([O, O, O, O, O, B, B, B, O, O, O, O, O, O, O], 5)).toEqual({ latencyMinutes: 3, missReason: null, detectedByPreOnsetData: false });
  });

  it('calls a fault inside the band when nothing breached', () => {
    expect(explain(Array(20).fill(O), 5).missReason).toBe('insideBand');
  });

  it('calls a miss with some breaches but never 3 of 3 too few breaching', () => {
    expect(explain([O, O, O, O, O, B, O, B, O, B, O, O, O, O, O, O], 5).missReason).toBe('tooFewBreaching');
  });

  it('calls a no-data outage under missing INSUFFICIENT_DATA', () => {
    expect(explain([O, O, O, O, O, M, M, M, M, M, O, O, O, O, O, O], 5).missReason).toBe('insufficientData');
  });

  it('sees an alarm already in ALARM at onset that never re-entered it', () => {
    const r = explain([O, O, B, B, B, B, B, B, B, B, B, B, B, B, B, B], 5);
    expect(r.latencyMinutes).toBeNull();
    expect(r.missReason).toBe('alreadyInAlarm');
  });

  it('flags a no-data outage "detected" by breaches just before the onset', () => {
    // Two breaches before the onset, then no data: the evaluation range still holds them (premature-transition rule).
    const r = explain([O, O, O, O, O, O, B, B, M, M, M, M, M, O, O, O, O], 8);
    expect(r.latencyMinutes).not.toBeNull();
    expect(r.detectedByPreOnsetData).toBe(true);
    // Breaches before the onset that only help a breaching fault fire sooner do not flag it ...
    const helped = explain([O, O, O, O, O, O, B, B, B, B, B, O, O, O, O, O, O], 8);
    expect(helped.latencyMinutes).toBe(1);
    expect(helped.detectedByPreOnsetData).toBe(false);
    // ... nor does a fault that breaches on its own from a clean start.
    const own = explain([O, O, O, O, O, O, O, O, B, B, B, O, O, O, O, O, O], 8);
    expect(own.latencyMinutes).toBe(3);
    expect(own.detectedByPreOnsetData).toBe(false);
  });

  it('counts missing datapoints as the fault\'s own breaches under breaching', () => {
    const r = explain([O, O, O, O, O, M, M, M, M, M, M, O, O, O, O, O, O], 5, 'breaching');
    expect(r.latencyMinutes).not.toBeNull();
    expect(r.detectedByPreOnsetData).toBe(false);
  });
});

describe('describeMissReason', () => {
  it('words a reason for band and static alarms', () => {
    expect(describeMissReason('insideBand', 'band')).toBe('inside the band');
    expect(describeMissReason('insideBand', 'static')).toBe('never crossed the threshold');
    expect(describeMissReason('alreadyInAlarm', 'band')).toBe('already in ALARM at onset');
  });
});
