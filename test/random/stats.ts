/**
 * Small statistics helpers shared by the randomness tests (test/random, test/generate). Tolerances are
 * expressed in standard errors so a correct implementation essentially never fails (6 standard errors:
 * about 2e-9 two-sided for a normal statistic); every test uses a fixed seed, so the outcome is deterministic.
 */

/** Standard errors allowed for a mean or variance check. */
export const Z = 6;

export function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** Sample variance (n − 1), two-pass. */
export function variance(x: ArrayLike<number>): number {
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) ** 2;
  return s / (x.length - 1);
}

/**
 * Upper 1e-6 critical value of a chi-square distribution with `df` degrees of freedom (Wilson–Hilferty
 * approximation with z = 4.753; within 2% of the exact value from df = 5 upwards, on the conservative side).
 */
export function chiSquareCritical(df: number): number {
  const z = 4.753;
  const c = 2 / (9 * df);
  return df * (1 - c + z * Math.sqrt(c)) ** 3;
}

/**
 * Pearson's chi-square statistic of observed counts against expected probabilities (which must sum to 1
 * over the same cells).
 */
export function chiSquare(observed: readonly number[], probabilities: readonly number[]): number {
  const n = observed.reduce((a, b) => a + b, 0);
  let chi = 0;
  for (let c = 0; c < observed.length; c++) {
    const e = n * probabilities[c];
    chi += (observed[c] - e) ** 2 / e;
  }
  return chi;
}
