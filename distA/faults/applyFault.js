import { DEFAULT_RAMP_MINUTES } from './options.js';
import { MINUTE_MS } from '../core/time.js';
/**
 * Applies `effects` (see faultEffectSchema in ./options.ts) to a copy of the generated series inside `window`; the input is not changed. A replayed
 * cell's `extra` samples get the same effect as its first sample. No sample before `⌈window.start⌉` changes
 * (a test holds this: runTrial looks for the first changed sample from there).
 *
 * @throws Error when a `cadence` effect is applied to a series without runs (only skyline has them)
 * @example
 * const faulted = applyFault(generated, [{ type: 'outage', as: 'zero' }], { start: 20160, end: 20220 });
 */
export function applyFault(generated, effects, window) {
    const { series } = generated;
    const values = Float64Array.from(series.values);
    // The idle baseline with the same effects applied, so that removing a run after an earlier effect leaves
    // what that effect made of the idle baseline (a scaled baseline, a gap), not the raw baseline.
    const idle = generated.baseline ? Float64Array.from(generated.baseline) : null;
    // A window edge between two samples starts (or ends) at the next sample.
    const start = Math.max(0, Math.ceil(window.start));
    const end = Math.min(values.length, Math.ceil(window.end));
    const stepMinutes = series.stepSeconds / 60;
    // Replayed cells holding several samples: the others change exactly as the cell's first sample does.
    const extra = series.extra && series.extra.size > 0 ? new Map(series.extra) : null;
    const extraCells = extra ? [...extra.keys()].filter((i) => i >= start && i < end) : [];
    for (const effect of effects) {
        switch (effect.type) {
            case 'set':
                for (let i = start; i < end; i++)
                    values[i] = effect.value;
                if (idle)
                    for (let i = start; i < end; i++)
                        idle[i] = effect.value;
                for (const i of extraCells)
                    extra.set(i, extra.get(i).map(() => effect.value));
                break;
            case 'outage': {
                const v = effect.as === 'zero' ? 0 : Number.NaN;
                for (let i = start; i < end; i++)
                    values[i] = v;
                if (idle)
                    for (let i = start; i < end; i++)
                        idle[i] = v;
                for (const i of extraCells)
                    extra.set(i, extra.get(i).map(() => v));
                break;
            }
            case 'scale': {
                const rampSamples = (effect.rampMinutes ?? DEFAULT_RAMP_MINUTES) / stepMinutes;
                const factorAt = (i) => 1 + (effect.factor - 1) * (rampSamples > 0 ? Math.min(1, (i - start + 1) / rampSamples) : 1);
                for (let i = start; i < end; i++) {
                    const factor = factorAt(i);
                    values[i] *= factor;
                    if (idle)
                        idle[i] *= factor;
                }
                for (const i of extraCells)
                    extra.set(i, extra.get(i).map((x) => x * factorAt(i)));
                break;
            }
            case 'cadence':
            case 'stopRuns': {
                if (!generated.runs || !idle) {
                    throw new Error(`applyFault: a ${effect.type} fault needs a series with runs (generator "skyline")`);
                }
                for (const run of generated.runs) {
                    if (run.start < start || run.start >= end)
                        continue;
                    const clockMinute = Math.round((series.startMs + run.start * series.stepSeconds * 1000) / MINUTE_MS);
                    if (effect.type === 'cadence' && clockMinute % effect.intervalMinutes === 0)
                        continue;
                    for (let i = run.start; i < run.end; i++)
                        values[i] = idle[i];
                }
                break;
            }
        }
    }
    return extra
        ? { startMs: series.startMs, stepSeconds: series.stepSeconds, values, extra }
        : { startMs: series.startMs, stepSeconds: series.stepSeconds, values };
}
