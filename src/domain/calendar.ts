/**
 * Days of the local calendar. A day runs from local midnight to local midnight, so it is 23 or 25
 * hours long when the clocks change: stepping back in fixed 24-hour steps would, after a change,
 * put a review at 00:30 into the wrong day (and break a streak). Days are named by a key,
 * 'YYYY-MM-DD', and stepped by calendar arithmetic on that key. Pure: the zone is a function the
 * caller passes, the Clock's `timezoneOffset`.
 */
import { DAY, MINUTE } from './interval';

/** Minutes to add to local time to get UTC at `time` (as Date#getTimezoneOffset). */
export type OffsetOf = (time: number) => number;

/** A local calendar day, 'YYYY-MM-DD'. Keys sort as the days do. */
export type DayKey = string;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The key of a day given as days since 1970-01-01. */
export function keyOfDayNumber(n: number): DayKey {
  const d = new Date(n * DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Days since 1970-01-01 of a day key: the difference of two is how many calendar days apart they are. */
export function dayNumber(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

/** The local day `time` falls on. */
export function dayKey(time: number, offsetOf: OffsetOf): DayKey {
  return keyOfDayNumber(Math.floor((time - offsetOf(time) * MINUTE) / DAY));
}

/** The day `n` calendar days after `key` (before, for negative `n`). */
export const addDays = (key: DayKey, n: number): DayKey => keyOfDayNumber(dayNumber(key) + n);
export const previousDay = (key: DayKey): DayKey => addDays(key, -1);
export const nextDay = (key: DayKey): DayKey => addDays(key, 1);

/**
 * The first instant of a local day: its midnight, found by iterating the offset (the offset at
 * midnight may differ from the one at the UTC midnight of the same date). Where a zone skips
 * midnight itself, the first instant that is on the day.
 */
export function startOfDayKey(key: DayKey, offsetOf: OffsetOf): number {
  const utcMidnight = dayNumber(key) * DAY;
  let t = utcMidnight + offsetOf(utcMidnight) * MINUTE;
  t = utcMidnight + offsetOf(t) * MINUTE;
  const isStart = (x: number) => dayKey(x, offsetOf) >= key && dayKey(x - 1, offsetOf) < key;
  if (isStart(t)) return t;
  // A change at midnight: the least instant already on the day, searched between the two offsets' reach.
  let low = utcMidnight - 36 * 60 * MINUTE;
  let high = utcMidnight + 36 * 60 * MINUTE;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (dayKey(mid, offsetOf) >= key) high = mid;
    else low = mid;
  }
  return high;
}

/** How long a local day is, in ms: 24 hours, or 23 or 25 on the day the clocks change. */
export const dayLength = (key: DayKey, offsetOf: OffsetOf): number => startOfDayKey(nextDay(key), offsetOf) - startOfDayKey(key, offsetOf);

/** The `count` days ending with `last`, oldest first. */
export function daysEndingWith(last: DayKey, count: number): DayKey[] {
  const end = dayNumber(last);
  return Array.from({ length: count }, (_, i) => keyOfDayNumber(end - count + 1 + i));
}
