import type { Rng } from '../random/rng.js';
import { DAY_MS, MINUTE_MS } from '../core/time.js';

/**
 * A fault's onset, always on a sample: a uniformly random sample in the onset spread after the warm-up,
 * or (with `timeOfDay`) that UTC time on a uniformly random day of the spread on which it falls inside the
 * spread (parseScenario checks there is one), moved to the next sample if it falls between two.
 *
 * @example
 * drawOnset(scenario, '03:00', createRng(1, '0', 'default', 'fault', 'zero orders'));
 */
export function drawOnset(
  scenario: { startMs: number; stepSeconds: number; warmupDays: number; onsetSpreadDays: number },
  timeOfDay: string | undefined,
  rng: Rng,
): number {
  const stepMs = scenario.stepSeconds * 1000;
  const onGrid = (t: number) => scenario.startMs + Math.ceil((t - scenario.startMs) / stepMs) * stepMs;
  const from = onGrid(scenario.startMs + scenario.warmupDays * DAY_MS);
  const until = scenario.startMs + (scenario.warmupDays + scenario.onsetSpreadDays) * DAY_MS;
  if (timeOfDay === undefined) {
    const steps = Math.max(1, Math.ceil((until - from) / stepMs));
    return from + Math.floor(rng() * steps) * stepMs;
  }
  const candidates = onsetCandidates(from, until, timeOfDay).map(onGrid).filter((t) => t < until);
  return candidates[Math.floor(rng() * candidates.length)];
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
