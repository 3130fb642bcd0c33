import type { Rng } from './rng.js';
/**
 * Draws one standard normal deviate (mean 0, sd 1) with the Box–Muller transform, using two uniforms
 * from `rng` per call (the second deviate is discarded, so draws never depend on call history).
 *
 * @example
 * const z = randomNormal(createRng(1, 'noise')); // a N(0, 1) draw
 */
export declare function randomNormal(rng: Rng): number;
