import type { Rng } from '../random/rng.js';
import type { GeneratedSeries } from '../core/series.js';
import { DEFAULT_DICE_OPTIONS, DEFAULT_STEP_SECONDS, type DiceSettings } from './options.js';

/** Options of {@link generateDice}: the grid, and any of the dice settings (defaults {@link DEFAULT_DICE_OPTIONS}). */
export interface DiceOptions extends Partial<DiceSettings> {
  startMs: number;
  /** Number of samples. */
  length: number;
  /** Seconds between rolls; default 60 (DEFAULT_STEP_SECONDS). */
  stepSeconds?: number;
}

/**
 * A fair die rolled every step: a uniform integer in 1..faces.
 *
 * @example
 * generateDice(createRng(1, 'generate'), { startMs: 0, length: 1440 }).series.values; // 1440 rolls
 */
export function generateDice(rng: Rng, options: DiceOptions): GeneratedSeries {
  const faces = options.faces ?? DEFAULT_DICE_OPTIONS.faces;
  const values = new Float64Array(options.length);
  for (let i = 0; i < values.length; i++) values[i] = 1 + Math.floor(rng() * faces);
  return { series: { startMs: options.startMs, stepSeconds: options.stepSeconds ?? DEFAULT_STEP_SECONDS, values } };
}
