import type { Rng } from '../random/rng.js';
import { DAY_MS, MINUTE_MS } from '../core/time.js';

/**
 * Time the onset must keep clear of: labelled windows (UTC ms, both ends inclusive, as NAB's) and how long a
 * fault lasts from its onset, with its detection horizon (see {@link faultSpanMs}).
 */
export interface OnsetAvoidance {
  windows: ReadonlyArray<{ startMs: number; endMs: number }>;
  spanMs: number;
}

type OnsetScenario = { startMs: number; stepSeconds: number; warmupDays: number; onsetSpreadDays: number };

/**
 * A fault's onset, always on a sample: a uniformly random sample in the onset spread after the warm-up,
 * or (with `timeOfDay`) that UTC time on a uniformly random day of the spread on which it falls inside the
 * spread (parseScenario checks there is one), moved to the next sample if it falls between two.
 *
 * With `avoid`, only onsets whose span `[onset, onset + spanMs)` overlaps no labelled window are drawn, each
 * of them equally likely (a real incident must not be scored as the injected fault's detection or miss), and
 * that keep clear of each window's aftermath: {@link aftermathMs} after its end (an alarm still in ALARM from
 * the incident must not be counted against the fault). Without windows the draw is the same as without `avoid`.
 *
 * @throws RangeError when no onset in the spread keeps clear of the windows (see {@link onsetRoom})
 * @example
 * drawOnset(scenario, '03:00', createRng(1, '0', 'default', 'fault', 'zero orders'));
 * drawOnset(scenario, undefined, rng, { windows: [{ startMs, endMs }], spanMs: 90 * 60_000 });
 */
export function drawOnset(scenario: OnsetScenario, timeOfDay: string | undefined, rng: Rng, avoid?: OnsetAvoidance): number {
  const stepMs = scenario.stepSeconds * 1000;
  const { from, ranges, candidates } = allowedOnsets(scenario, timeOfDay, avoid);
  if (candidates !== null) {
    if (candidates.length === 0) throw new RangeError(noOnsetRoom(avoid));
    return candidates[Math.floor(rng() * candidates.length)];
  }
  const count = ranges.reduce((s, [lo, hi]) => s + hi - lo, 0);
  if (count === 0) throw new RangeError(noOnsetRoom(avoid));
  let k = Math.floor(rng() * count);
  for (const [lo, hi] of ranges) {
    if (k < hi - lo) return from + (lo + k) * stepMs;
    k -= hi - lo;
  }
  throw new Error('drawOnset: unreachable');
}

/**
 * How many onsets {@link drawOnset} can choose from (0: none keeps clear of the labelled windows).
 *
 * @example
 * onsetRoom(scenario, undefined, { windows, spanMs: faultSpanMs(fault, scenario.alarms) }); // e.g. 1734
 */
export function onsetRoom(scenario: OnsetScenario, timeOfDay: string | undefined, avoid?: OnsetAvoidance): number {
  const { ranges, candidates } = allowedOnsets(scenario, timeOfDay, avoid);
  return candidates !== null ? candidates.length : ranges.reduce((s, [lo, hi]) => s + hi - lo, 0);
}

/**
 * How long a fault occupies from its onset: its detection horizon (`horizonMinutes`, else its duration plus the
 * longest N periods of the alarms, as the simulation measures detection), at least its duration; Infinity for
 * a fault that lasts to the end of the run.
 *
 * @example
 * faultSpanMs({ durationMinutes: 60 }, [{ evaluationPeriods: 3, periodSeconds: 300 }]); // 75 minutes in ms
 */
export function faultSpanMs(
  fault: { durationMinutes: number | null; horizonMinutes?: number },
  alarms: ReadonlyArray<{ evaluationPeriods: number; periodSeconds: number }>,
): number {
  if (fault.durationMinutes === null) return Number.POSITIVE_INFINITY;
  return Math.max(fault.durationMinutes * MINUTE_MS, ...alarms.map((alarm) => detectionWindowMs(fault, alarm)!));
}

/**
 * How long after its onset a fault's detection by an alarm counts, ms: `horizonMinutes`, else the fault's
 * duration plus the alarm's N periods; null for a fault that lasts to the end of the run (to the end). The
 * simulation measures detection within it; onsets keep it clear of labelled windows.
 *
 * @example
 * detectionWindowMs({ durationMinutes: 60 }, { evaluationPeriods: 3, periodSeconds: 300 }); // 75 minutes in ms
 */
export function detectionWindowMs(
  fault: { durationMinutes: number | null; horizonMinutes?: number },
  alarm: { evaluationPeriods: number; periodSeconds: number },
): number | null {
  if (fault.horizonMinutes !== undefined) return fault.horizonMinutes * MINUTE_MS;
  if (fault.durationMinutes === null) return null;
  return fault.durationMinutes * MINUTE_MS + alarm.evaluationPeriods * alarm.periodSeconds * 1000;
}

/**
 * How long after a labelled window's end an onset keeps away: the fault's span, at most a day (a day for a
 * fault that lasts to the end of the run). An incident can leave an alarm in ALARM, or a band distorted, for
 * a while after its window.
 *
 * @example
 * aftermathMs(75 * 60_000); // 75 minutes in ms
 * aftermathMs(Infinity); // one day in ms
 */
export function aftermathMs(spanMs: number): number {
  return Math.min(DAY_MS, spanMs);
}

/**
 * Why no onset is left: the fault's span and the windows (named `of` a field or file, if given) with their
 * aftermath. drawOnset throws it; scenario checks name the field.
 *
 * @example
 * noOnsetRoom({ windows, spanMs: 75 * 60_000 }, 'series.labels');
 * // 'no onset in the onset spread keeps the fault and its detection horizon (75 minutes) clear of the 1 labelled window(s) of series.labels and the 75 minutes after each'
 */
export function noOnsetRoom(avoid: OnsetAvoidance | undefined, of?: string): string {
  const minutes = avoid && Number.isFinite(avoid.spanMs) ? `${avoid.spanMs / MINUTE_MS} minutes` : 'the rest of the run';
  return (
    `no onset in the onset spread keeps the fault and its detection horizon (${minutes}) clear of the ${avoid?.windows.length ?? 0} ` +
    `labelled window(s)${of ? ` of ${of}` : ''} and the ${avoid ? aftermathMs(avoid.spanMs) / MINUTE_MS : 0} minutes after each`
  );
}

/**
 * The onsets allowed: for a uniform onset, ranges [lo, hi) of sample indices from `from`; for a time of day,
 * the candidate times. Overlap with a window [s, e] and its aftermath a: onset ≤ e + a and onset + span > s.
 */
function allowedOnsets(
  scenario: OnsetScenario,
  timeOfDay: string | undefined,
  avoid: OnsetAvoidance | undefined,
): { from: number; ranges: Array<[number, number]>; candidates: number[] | null } {
  const stepMs = scenario.stepSeconds * 1000;
  const onGrid = (t: number) => scenario.startMs + Math.ceil((t - scenario.startMs) / stepMs) * stepMs;
  const from = onGrid(scenario.startMs + scenario.warmupDays * DAY_MS);
  const until = scenario.startMs + (scenario.warmupDays + scenario.onsetSpreadDays) * DAY_MS;
  const windows = avoid?.windows ?? [];
  const span = avoid?.spanMs ?? 0;
  const after = aftermathMs(span);
  if (timeOfDay !== undefined) {
    const candidates = onsetCandidates(from, until, timeOfDay)
      .map(onGrid)
      .filter((t) => t < until)
      .filter((t) => windows.every((w) => !(t <= w.endMs + after && t + span > w.startMs)));
    return { from, ranges: [], candidates };
  }
  const steps = Math.max(1, Math.ceil((until - from) / stepMs));
  const blocked = windows
    .map((w) => [Math.max(0, Math.floor((w.startMs - span - from) / stepMs) + 1), Math.min(steps, Math.floor((w.endMs + after - from) / stepMs) + 1)])
    .filter(([lo, hi]) => hi > lo)
    .sort((a, b) => a[0] - b[0]);
  const ranges: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of blocked) {
    if (lo > next) ranges.push([next, lo]);
    next = Math.max(next, hi);
  }
  if (next < steps) ranges.push([next, steps]);
  return { from, ranges, candidates: null };
}

/** The times of day `HH:MM` (UTC) in `[fromMs, untilMs)`. */
export function onsetCandidates(fromMs: number, untilMs: number, timeOfDay: string): number[] {
  const [hh, mm] = timeOfDay.split(':').map(Number);
  const out: number[] = [];
  for (let t = Math.floor(fromMs / DAY_MS) * DAY_MS + (hh * 60 + mm) * MINUTE_MS; t < untilMs; t += DAY_MS) {
    if (t >= fromMs) out.push(t);
  }
  return out;
}
