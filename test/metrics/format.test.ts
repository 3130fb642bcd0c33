import { describe, expect, it } from 'vitest';
import { formatControlThreshold, formatCount, formatDays, formatMinutes, formatPercent, formatPerDay, formatRate, formatThreshold } from '../../src/metrics/format.js';

describe('format', () => {
  it('writes counts with grouped thousands', () => {
    expect(formatCount(1234)).toBe('1,234');
  });

  it('writes a rate with its interval', () => {
    expect(formatRate(0.95, [0.835, 0.986])).toBe('95% (84–99%)');
    expect(formatRate(0, [0, 0.088])).toBe('0% (0–9%)');
    expect(formatPercent(0.004)).toBe('0.4%');
  });

  it('writes minutes in the unit a reader uses, the interval in the same unit', () => {
    expect(formatMinutes(3)).toBe('3 min');
    expect(formatMinutes(36.5, [30, 45])).toBe('36.5 min (30–45)');
    expect(formatMinutes(248)).toBe('4.1 h');
    expect(formatMinutes(14_544)).toBe('10.1 days');
    expect(formatMinutes(null)).toBe('–');
  });

  it('writes false alarms per day with three significant digits', () => {
    expect(formatPerDay(7.4132, [6.91, 7.93])).toBe('7.41 (6.91–7.93)');
    expect(formatPerDay(0, [0, 0.02304])).toBe('0 (0–0.023)');
  });

  it('labels a threshold that differs per trial with its range, one that does not plainly', () => {
    expect(formatThreshold(5038.7)).toBe('5,039');
    expect(formatThreshold(4900, [4739.8, 5038.7])).toBe('per trial 4,740–5,039');
    expect(formatThreshold(0, [0, 0])).toBe('0');
  });

  it('writes a warm-up in days, hours and minutes, never as a long fraction', () => {
    expect(formatDays(14)).toBe('14 days');
    expect(formatDays(7.013888888888889)).toBe('7 days 20 min');
    expect(formatDays(1 / 24)).toBe('1 h');
  });
});

describe('formatControlThreshold', () => {
  it('shows a threshold, its per-trial range, a static range alarm as "outside lo–hi", and nothing for a band', () => {
    expect(formatControlThreshold({ threshold: 0, thresholdRange: [0, 0] }, {})).toBe('0');
    expect(formatControlThreshold({ threshold: 5000, thresholdRange: [4740, 5039] }, {})).toBe('per trial 4,740–5,039');
    expect(formatControlThreshold({ threshold: null, thresholdRange: null }, { lower: 1, upper: 6 })).toBe('outside 1–6');
    expect(formatControlThreshold({ threshold: null, thresholdRange: null }, {})).toBe('');
  });
});
