import { generateCoconut } from './coconut.js';
import { generateDice } from './dice.js';
import { generateSkyline } from './skyline.js';
/**
 * Generates a scenario's series with the generator its config names; `replay` returns the `length`
 * cells of the replayed data from `startMs` on (which the caller loaded and checked), with their extra samples.
 *
 * @param config the `series` (or a variant's merged series) of a scenario
 * @param length number of samples
 * @param data the replayed metric, for `replay`
 * @example
 * generateSeries({ generator: 'dice', faces: 6 }, rng, Date.UTC(2026, 0, 5), 60, 21 * 1440);
 */
export function generateSeries(config, rng, startMs, stepSeconds, length, data) {
    switch (config.generator) {
        case 'replay': {
            if (!data)
                throw new Error(`generateSeries: replay of ${config.file} needs its data loaded first`);
            const from = Math.round((startMs - data.startMs) / (data.stepSeconds * 1000));
            const values = data.values.slice(from, from + length);
            if (!data.extra || data.extra.size === 0)
                return { series: { startMs, stepSeconds, values } };
            // Cells that received several rows keep them all, re-indexed from the new start.
            const extra = new Map();
            for (const [i, samples] of data.extra)
                if (i >= from && i < from + values.length)
                    extra.set(i - from, samples);
            return { series: { startMs, stepSeconds, values, extra } };
        }
        case 'dice':
            return generateDice(rng, { startMs, length, stepSeconds, faces: config.faces });
        case 'skyline':
            return generateSkyline(rng, {
                startMs,
                length,
                heights: config.heights,
                baselinePercent: config.baselinePercent,
                noisePercent: config.noisePercent,
                runJitter: config.runJitter,
                cadence: config.cadence.map((phase) => phase.mode === 'loop'
                    ? { fromMinute: Math.round(phase.fromDay * 1440), mode: 'loop', sleepMinutes: phase.sleepMinutes }
                    : { fromMinute: Math.round(phase.fromDay * 1440), mode: 'cron', intervalMinutes: phase.intervalMinutes }),
            });
        case 'coconut':
            return generateCoconut(rng, { startMs, length, stepSeconds, ...config });
    }
}
