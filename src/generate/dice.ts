import type { Rng } from '../random/rng.js';
import type { GeneratedSeries } from '../core/series.js';

/** Options of {@link generateDice}. */
export interface DiceOptions {
  startMs: number;
  /** Number of samples. */
  length: number;
  /** Seconds between rolls; default 60. */
  stepSeconds?: number;
  /** Number of faces; default 6 (values 1..6). */
  faces?: number;
}

/**
 * A fair die rolled every step: a uniform integer in 1..faces.
 *
 * @example
 * generateDice(createRng(1, 'generate'), { startMs: 0, length: 1440 }).series.values; // 1440 rolls
 */
export function generateDice(rng: Rng, options: DiceOptions): GeneratedSeries {
  const faces = options.faces ?? 6;
  const values = new Float64Array(options.length);
  for (let i = 0; i < values.length; i++) values[i] = 1 + Math.floor(rng() * faces);
  return { series: { startMs: options.startMs, stepSeconds: options.stepSeconds ?? 60, values } };
}
