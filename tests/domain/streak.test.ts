import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import { streakOf } from '../../src/domain/day-summary';

const TODAY = '2026-03-29';
const rated = (...back: number[]) => back.map((n) => ({ day: addDays(TODAY, -n), ratings: 1 }));

describe('streakOf', () => {
  it('counts days in a row ending today, and names the first', () => {
    expect(streakOf(rated(0, 1, 2, 4), TODAY)).toEqual({ streak: 3, studiedToday: true, firstDay: addDays(TODAY, -2) });
  });
  it('ends yesterday while today has no rating yet, and is broken by a missed day', () => {
    expect(streakOf(rated(1, 2), TODAY)).toEqual({ streak: 2, studiedToday: false, firstDay: addDays(TODAY, -2) });
    expect(streakOf(rated(2, 3), TODAY)).toEqual({ streak: 0, studiedToday: false });
  });
  it('does not count a day of quiz answers only, in whatever order the days come', () => {
    const days = [...rated(3, 0, 1), { day: addDays(TODAY, -2), ratings: 0 }];
    expect(streakOf(days, TODAY)).toEqual({ streak: 2, studiedToday: true, firstDay: addDays(TODAY, -1) });
  });
});
