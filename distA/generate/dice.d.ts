import type { Rng } from '../random/rng.js';
import type { GeneratedSeries } from '../core/series.js';
import { type DiceSettings } from './options.js';
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
export declare function generateDice(rng: Rng, options: DiceOptions): GeneratedSeries;
