import { describe, expect, it } from 'vitest';
import { Problems } from '../../src/replay/dataError.js';
import { EpochUnit, parseTime } from '../../src/replay/timestamps.js';

describe('parseTime', () => {
  it('reads ISO 8601 with a zone or none (UTC), and refuses impossible dates', () => {
    expect(parseTime('2014-04-10 07:15:00')).toBe(Date.UTC(2014, 3, 10, 7, 15));
    expect(parseTime('2026-01-05T01:00:00+01:00')).toBe(Date.UTC(2026, 0, 5));
    expect(parseTime('2026-01-05T00:00:00.250Z')).toBe(Date.UTC(2026, 0, 5) + 250);
    expect(parseTime('2026-02-30 00:00:00')).toBeNull();
    expect(parseTime('yesterday')).toBeNull();
    expect(parseTime('1767571200')).toBe(1767571200);
  });
});

describe('EpochUnit', () => {
  it('decides seconds or milliseconds from the first number, then holds every later one to it', () => {
    const problems = new Problems('t.csv');
    const seconds = new EpochUnit();
    expect(seconds.parse('1767571200', 'line 2, t', problems)).toBe(Date.UTC(2026, 0, 5));
    expect(seconds.parse(1767571200000, 'line 3, t', problems)).toBeNull();
    expect(problems.list).toEqual(['line 3, t: "1767571200000" read as epoch seconds (like line 2) is outside 1990–2100']);
    expect(new EpochUnit().parse('1767571200000', 'line 2, t', problems)).toBe(Date.UTC(2026, 0, 5));
  });

  it('names empty, non-timestamp and out-of-range times', () => {
    const problems = new Problems('t.csv');
    const times = new EpochUnit();
    expect(times.parse('', 'line 2, t', problems)).toBeNull();
    expect(times.parse(null, 'line 3, t', problems)).toBeNull();
    expect(times.parse('1980-01-01 00:00:00', 'line 4, t', problems)).toBeNull();
    expect(problems.list).toEqual(['line 2, t: is empty', 'line 3, t: "null" is not a timestamp', 'line 4, t: "1980-01-01 00:00:00" is outside 1990–2100']);
  });
});
