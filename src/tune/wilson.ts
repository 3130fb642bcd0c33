/**
 * Wilson's score interval for a binomial proportion: the interval of rates p for which `successes` of
 * `trials` is not surprising at the given z (1.96 for 95%). Unlike p ± z·√(p(1−p)/n) it stays inside [0, 1]
 * and is not empty at 0 or n successes, which matters for detection rates of 0% and 100%.
 * (E. B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 1927.)
 *
 * @param successes detected trials, 0..trials
 * @param trials number of trials; 0 gives the whole range [0, 1]
 * @param z normal quantile; default 1.96 (95%)
 * @example
 * wilsonInterval(19, 20); // { lower: 0.7639, upper: 0.9911 } (rounded)
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): { lower: number; upper: number } {
  if (trials <= 0) return { lower: 0, upper: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
