import type { Rng } from './rng.js';
/**
 * Draws a Poisson(lambda) count.
 *
 * Small means (< 30) use Knuth's multiplication method; larger means use Hörmann's PTRS
 * (transformed rejection with squeeze, "The transformed rejection method for generating Poisson
 * random variables", 1993), which is exact and takes about 1.2 pairs of uniforms per draw at any mean.
 *
 * @param lambda the mean, >= 0 (0 gives 0)
 * @throws RangeError when lambda is negative or not finite
 * @example
 * randomPoisson(createRng(7, 'orders'), 1200); // a count near 1200
 */
export declare function randomPoisson(rng: Rng, lambda: number): number;
