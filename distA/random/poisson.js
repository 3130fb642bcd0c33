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
export function randomPoisson(rng, lambda) {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) {
        throw new RangeError(`randomPoisson: lambda must be a finite number >= 0, got ${lambda}`);
    }
    if (lambda === 0)
        return 0;
    if (lambda < 30) {
        const limit = Math.exp(-lambda);
        let k = 0;
        let product = rng();
        while (product > limit) {
            k++;
            product *= rng();
        }
        return k;
    }
    const slam = Math.sqrt(lambda);
    const loglam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    const logInvalpha = Math.log(invalpha);
    for (;;) {
        const u = rng() - 0.5;
        const v = rng();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
        if (us >= 0.07 && v <= vr)
            return k;
        if (k < 0 || (us < 0.013 && v > us))
            continue;
        if (Math.log(v) + logInvalpha - Math.log(a / (us * us) + b) <=
            -lambda + k * loglam - logFactorial(k)) {
            return k;
        }
    }
}
/** log k! for k below this are computed once and kept (coconut's rates stay below it). */
const LOG_FACTORIAL_CACHE = 1 << 16;
const logFactorials = new Float64Array(LOG_FACTORIAL_CACHE).fill(Number.NaN);
function logFactorial(k) {
    if (k >= LOG_FACTORIAL_CACHE)
        return computeLogFactorial(k);
    let value = logFactorials[k];
    if (value !== value)
        value = logFactorials[k] = computeLogFactorial(k);
    return value;
}
function computeLogFactorial(k) {
    if (k < 2)
        return 0;
    // Stirling series; exact enough (error < 1e-10) for k >= 2 used in the PTRS acceptance test.
    if (k < 10) {
        let f = 1;
        for (let i = 2; i <= k; i++)
            f *= i;
        return Math.log(f);
    }
    const x = k + 1;
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}
