import { DEFAULT_DICE_OPTIONS, DEFAULT_STEP_SECONDS } from './options.js';
/**
 * A fair die rolled every step: a uniform integer in 1..faces.
 *
 * @example
 * generateDice(createRng(1, 'generate'), { startMs: 0, length: 1440 }).series.values; // 1440 rolls
 */
export function generateDice(rng, options) {
    const faces = options.faces ?? DEFAULT_DICE_OPTIONS.faces;
    const values = new Float64Array(options.length);
    for (let i = 0; i < values.length; i++)
        values[i] = 1 + Math.floor(rng() * faces);
    return { series: { startMs: options.startMs, stepSeconds: options.stepSeconds ?? DEFAULT_STEP_SECONDS, values } };
}
