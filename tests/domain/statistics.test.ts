import { describe, expect, it } from 'vitest';
import { dailyActivity, dueForecast, mastery, trueRetention } from '../../src/domain/statistics';
import { summariseLog, type SummarisedRating } from '../../src/domain/day-summary';
import { DAY } from '../../src/domain/interval';
import type { CardMemory } from '../../src/domain/memory';

const TODAY = Date.UTC(2026, 5, 1);
const utc = () => 0;
const memory = (cardId: string, due: number, stability = 1): CardMemory => ({
  cardId, due, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2,
});
const rating = (time: number, grade: 1 | 2 | 3 | 4, over: Partial<SummarisedRating> = {}): SummarisedRating => ({ time, grade, source: 'study', before: { state: 2 }, ...over });
const { before: _, ...first } = rating(0, 1);
const summaries = (ratings: SummarisedRating[]) => [...summariseLog(ratings, [], utc).values()].filter((s) => s.day !== 'total');

describe('progress statistics', () => {
  it('forecasts due cards per day, with overdue cards counted today and cards past the horizon left out', () => {
    const f = dueForecast([memory('a', TODAY - 5 * DAY), memory('b', TODAY + 3600_000), memory('c', TODAY + 2 * DAY + 5), memory('d', TODAY + 40 * DAY)], '2026-06-01', 30, utc);
    expect(f).toHaveLength(30);
    expect(f.slice(0, 3)).toEqual([2, 0, 1]);
    expect(f.reduce((a, b) => a + b)).toBe(3);
  });

  it('measures true retention over review-state ratings only', () => {
    const r = trueRetention(summaries([
      rating(TODAY, 3), rating(TODAY, 1), rating(TODAY - DAY, 2), rating(TODAY - 29 * DAY, 4),
      rating(TODAY, 1, { before: { state: 1 } }), // still learning: not a review
      { ...first, time: TODAY }, // first sight: not a review
    ]));
    expect(r).toEqual({ rate: 0.75, count: 4 });
    expect(trueRetention([])).toEqual({ rate: undefined, count: 0 });
  });

  it('counts a card as mastered from a stability of 21 days', () => {
    const memories = new Map([['a', memory('a', 0, 21)], ['b', memory('b', 0, 20.9)]]);
    expect(mastery(['a', 'b', 'never-seen'], memories)).toEqual({ mastered: 1, total: 3 });
  });

  it('splits activity per day into study and quiz, and ignores ratings outside the window', () => {
    const days = dailyActivity(summaries([rating(TODAY + 5, 3), rating(TODAY + 6, 3, { source: 'quiz' }), rating(TODAY - DAY, 3, { source: 'briefing' }), rating(TODAY - 10 * DAY, 3)]), '2026-06-01', 7, utc);
    expect(days).toHaveLength(7);
    expect(days[6]).toEqual({ day: TODAY, key: '2026-06-01', study: 1, quiz: 1 });
    expect(days[5]).toEqual({ day: TODAY - DAY, key: '2026-05-31', study: 0, quiz: 1 });
    expect(days.slice(0, 5).every((d) => d.study + d.quiz === 0)).toBe(true);
  });
});
