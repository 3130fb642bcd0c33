import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS, WEEKDAYS, weekdayIndex } from '../../src/core/time.js';

describe('time units and weekdays', () => {
  it('has the usual lengths', () => {
    expect([MINUTE_MS, HOUR_MS, DAY_MS, WEEK_MS]).toEqual([60_000, 3_600_000, 86_400_000, 604_800_000]);
  });

  it('names the UTC weekday, Monday first, before 1970 too', () => {
    // 2026-01-05 was a Monday, 1970-01-01 a Thursday, 1969-12-28 a Sunday.
    const days = Array.from({ length: 7 }, (_, d) => WEEKDAYS[weekdayIndex(Date.UTC(2026, 0, 5 + d, 23, 59))]);
    expect(days).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(WEEKDAYS[weekdayIndex(0)]).toBe('Thu');
    expect(WEEKDAYS[weekdayIndex(Date.UTC(1969, 11, 28, 12))]).toBe('Sun');
  });
});
