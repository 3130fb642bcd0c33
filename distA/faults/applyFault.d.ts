import { type FaultEffectInput } from './options.js';
import type { GeneratedSeries, Series } from '../core/series.js';
export type { FaultEffect, FaultEffectInput } from './options.js';
/** The samples a fault covers: indices `start` (inclusive) to `end` (exclusive). */
export interface FaultWindow {
    start: number;
    end: number;
}
/**
 * Applies `effects` (see faultEffectSchema in ./options.ts) to a copy of the generated series inside `window`; the input is not changed. A replayed
 * cell's `extra` samples get the same effect as its first sample. No sample before `⌈window.start⌉` changes
 * (a test holds this: runTrial looks for the first changed sample from there).
 *
 * @throws Error when a `cadence` effect is applied to a series without runs (only skyline has them)
 * @example
 * const faulted = applyFault(generated, [{ type: 'outage', as: 'zero' }], { start: 20160, end: 20220 });
 */
export declare function applyFault(generated: GeneratedSeries, effects: readonly FaultEffectInput[], window: FaultWindow): Series;
