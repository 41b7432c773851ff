import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayLength, dayNumber, daysEndingWith, nextDay, previousDay, startOfDayKey } from '../../src/domain/calendar';
import { berlin, berlinOffset } from './berlin-clock';

const HOUR = 3_600_000;
const utc = () => 0;

describe('local calendar days', () => {
  it('names the local day a time falls on, by the offset at that time', () => {
    // 23:30 UTC on 1 June is 01:30 on 2 June in Berlin (summer time).
    expect(dayKey(Date.UTC(2026, 5, 1, 23, 30), berlinOffset)).toBe('2026-06-02');
    expect(dayKey(Date.UTC(2026, 5, 1, 23, 30), utc)).toBe('2026-06-01');
    // West of UTC: 03:00 UTC is still the evening before in New York (UTC-5 in winter).
    expect(dayKey(Date.UTC(2026, 0, 10, 3), () => 300)).toBe('2026-01-09');
  });

  it('steps days by the calendar, across months, years and leap days', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
    expect(addDays('2026-03-25', 10)).toBe('2026-04-04');
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(daysEndingWith('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('starts each day at local midnight, also on the days the clocks change', () => {
    expect(startOfDayKey('2026-03-29', berlinOffset)).toBe(Date.UTC(2026, 2, 28, 23)); // still UTC+1 at midnight
    expect(startOfDayKey('2026-03-30', berlinOffset)).toBe(Date.UTC(2026, 2, 29, 22)); // UTC+2 by then
    expect(startOfDayKey('2026-10-25', berlinOffset)).toBe(Date.UTC(2026, 9, 24, 22));
    expect(startOfDayKey('2026-10-26', berlinOffset)).toBe(Date.UTC(2026, 9, 25, 23));
  });

  it('makes the day of the spring change 23 hours long and that of the autumn change 25', () => {
    expect(dayLength('2026-03-29', berlinOffset)).toBe(23 * HOUR);
    expect(dayLength('2026-10-25', berlinOffset)).toBe(25 * HOUR);
    expect(dayLength('2026-03-28', berlinOffset)).toBe(24 * HOUR);
    expect(dayLength('2026-10-26', berlinOffset)).toBe(24 * HOUR);
  });

  it('puts 00:30 after a change on its own day, not the day before (fixed 24-hour steps would)', () => {
    const halfPast = berlin(2026, 3, 30, 0, 30);
    expect(dayKey(halfPast, berlinOffset)).toBe('2026-03-30');
    expect(dayKey(berlin(2026, 3, 29, 23, 59), berlinOffset)).toBe('2026-03-29');
    // 24 hours before Monday's midnight is 23:00 on Saturday in Berlin: a fixed step lands on the wrong day.
    expect(dayKey(startOfDayKey('2026-03-30', berlinOffset) - 24 * HOUR, berlinOffset)).toBe('2026-03-28');
    expect(dayKey(berlin(2026, 10, 26, 0, 30), berlinOffset)).toBe('2026-10-26');
    expect(dayKey(berlin(2026, 10, 25, 23, 30), berlinOffset)).toBe('2026-10-25');
  });

  it('finds the first instant of a day whose midnight a zone skips', () => {
    // A zone that jumps from UTC-3 to UTC-2 at local midnight (as São Paulo once did): the day starts at 01:00.
    const change = Date.UTC(2026, 10, 1, 3);
    const offsetOf = (t: number) => (t < change ? 180 : 120);
    expect(startOfDayKey('2026-11-01', offsetOf)).toBe(change);
    expect(dayLength('2026-11-01', offsetOf)).toBe(23 * HOUR);
  });
});
