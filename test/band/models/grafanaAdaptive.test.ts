import { describe, it } from 'vitest';
import { grafanaAdaptiveBand } from '../../../src/band/models/grafanaAdaptive.js';
import type { BandOptionsInput } from '../../../src/band/options.js';
import type { Datapoints } from '../../../src/alarm/aggregate.js';
import { bandOptions, expectCausal, expectMatches, floorOf, periodsIn, randomData, referenceBand, standardDeviation, windowValues } from './reference.js';

/** Name, options, the datapoints' period (seconds) and days of data. */
const CASES: [string, BandOptionsInput, number, number][] = [
  ['defaults (1 hour, k = 2, lower clamped at 0)', { model: 'grafanaAdaptive' }, 300, 9],
  [
    '2 hours, k 3, not training on breaching datapoints, an excluded range, a σ floor, clamped at 20',
    { model: 'grafanaAdaptive', windowMinutes: 120, k: 3, trainOnBreaching: false, excludedTimeRanges: [{ start: '2026-01-06T02:00:00Z', end: '2026-01-06T09:00:00Z' }], minSigma: { absolute: 1, relative: 0.03 }, clampLower: 20 },
    300,
    9,
  ],
  // 23 h 30 min is 23.5 hourly periods: rounded to 24; a 1-hour (or 30-minute) window is 2 datapoints, the least.
  ['hourly datapoints, defaults (a 24-period day offset, 2-datapoint windows)', { model: 'grafanaAdaptive' }, 3600, 10],
  ['hourly datapoints, a 30-minute window, k 3', { model: 'grafanaAdaptive', windowMinutes: 30, k: 3 }, 3600, 10],
  ['1-minute datapoints, defaults (60-datapoint windows, a 1,410-datapoint day offset)', { model: 'grafanaAdaptive' }, 60, 2],
];

/** Values with a high coefficient of variation at times, so Grafana's σ filter keeps some σ_1h. */
function data(days: number, period: number): Datapoints {
  const dp = randomData(23, days, period);
  for (let i = 0; i < dp.values.length; i++) if (i % 97 < 20) dp.values[i] = dp.values[i] * (1 + ((i * 7) % 5)) - 150;
  return dp;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('grafanaAdaptiveBand', () => {
  const dp = data(9, 300);
  for (const [name, input, period, days] of CASES) {
    it(`equals the brute-force union of short-term, margin, day- and week-offset bands: ${name}`, () => {
      const dp = data(days, period);
      const options = bandOptions(input);
      const k = options.k;
      const w = periodsIn(options.windowMinutes ?? 60, period, 2);
      const smoothing = periodsIn(26 * 60, period, 1);
      const offsets = [periodsIn(23.5 * 60, period, 1), periodsIn(167.5 * 60, period, 1)];
      const kept: number[] = [];
      const ref = referenceBand(dp, options, (i, train) => {
        const xs = windowValues(train, i - w, i);
        const avg = xs.length >= 2 ? mean(xs) : Number.NaN;
        kept[i] = xs.length >= 2 && standardDeviation(xs) > 0.5 * avg ? standardDeviation(xs) : Number.NaN;
        if (Number.isNaN(avg)) return null;
        const lowers = [avg - 0.5 * avg];
        const uppers = [avg + 0.5 * avg];
        const st = kept.slice(Math.max(0, i - smoothing + 1), i + 1).filter((x) => !Number.isNaN(x));
        if (st.length > 0 || floorOf(options, avg) > 0) {
          const sd = Math.max(st.length > 0 ? mean(st) : 0, floorOf(options, avg));
          lowers.push(avg - k * sd);
          uppers.push(avg + k * sd);
        }
        for (const offset of offsets) {
          const past = windowValues(train, i - offset - w + 1, i - offset + 1);
          if (past.length < 2) continue;
          const sd = Math.max(standardDeviation(past), floorOf(options, mean(past)));
          lowers.push(mean(past) - k * sd);
          uppers.push(mean(past) + k * sd);
        }
        const lower = Math.min(...lowers);
        const upper = Math.max(...uppers);
        return { expected: avg, sigma: Math.max(upper - avg, avg - lower) / k, lower: Math.max(options.clampLower ?? 0, lower), upper };
      });
      expectMatches(grafanaAdaptiveBand(dp, options), ref);
    });
  }

  it('is causal', () => {
    const options = bandOptions({ model: 'grafanaAdaptive' });
    expectCausal((d) => grafanaAdaptiveBand(d, options), dp, [1500, 2200]);
  });
});
