import seedrandom from 'seedrandom';
/**
 * Creates an independent, seeded stream for one stage of one trial.
 *
 * The stream is seedrandom's `alea` (fast, good statistical quality) seeded with the text
 * `seed/name/...`, so each stage (`generate`, `fault:<name>`, ...) gets its own draws: adding a fault
 * or a chart never changes the baseline noise. The same arguments always give the same numbers.
 *
 * @param seed the scenario or trial seed
 * @param names the stage names, joined into the stream's seed
 * @example
 * const rng = createRng(42, 'trial 0', 'generate');
 * rng(); // 0.35... always the same for these arguments
 */
export function createRng(seed, ...names) {
    const prng = seedrandom.alea([String(seed), ...names].join('/'));
    return () => prng();
}
