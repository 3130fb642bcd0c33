/**
 * Draws one standard normal deviate (mean 0, sd 1) with the Box–Muller transform, using two uniforms
 * from `rng` per call (the second deviate is discarded, so draws never depend on call history).
 *
 * @example
 * const z = randomNormal(createRng(1, 'noise')); // a N(0, 1) draw
 */
export function randomNormal(rng) {
    let u = rng();
    while (u <= Number.MIN_VALUE)
        u = rng();
    const v = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
