/**
 * Figures for the Progress screen, from card memories and the days' summaries of the review log.
 * Pure: the caller reads the records and passes today and the zone.
 */
import { dayKey, dayNumber, daysEndingWith, startOfDayKey, type DayKey, type OffsetOf } from './calendar';
import type { DaySummary } from './day-summary';
import type { CardMemory } from './memory';

/** A card counts as mastered once FSRS expects to keep it for three weeks or more. */
export const MASTERED_STABILITY_DAYS = 21;

/**
 * Cards falling due on each of the next `days` local days (today first); day 0 also holds
 * everything overdue. Days are calendar days, 23 or 25 hours long when the clocks change.
 */
export function dueForecast(memories: readonly CardMemory[], today: DayKey, days: number, offsetOf: OffsetOf): number[] {
  const counts = new Array<number>(days).fill(0);
  const first = dayNumber(today);
  for (const m of memories) {
    const day = Math.max(0, dayNumber(dayKey(m.due, offsetOf)) - first);
    if (day < days) counts[day]!++;
  }
  return counts;
}

/**
 * True retention: of ratings given to cards in review (not new, not still learning), the share
 * that were not Again, over the given days' summaries. Undefined when there were none.
 */
export function trueRetention(days: readonly DaySummary[]): { rate: number | undefined; count: number } {
  const count = days.reduce((n, d) => n + d.byState.review, 0);
  if (count === 0) return { rate: undefined, count: 0 };
  return { rate: days.reduce((n, d) => n + d.reviewsRemembered, 0) / count, count };
}

/** Share of the given cards whose stability is at least three weeks; unseen cards count as not mastered. */
export function mastery(cardIds: readonly string[], memories: ReadonlyMap<string, CardMemory>): { mastered: number; total: number } {
  let mastered = 0;
  for (const id of cardIds) if ((memories.get(id)?.stability ?? 0) >= MASTERED_STABILITY_DAYS) mastered++;
  return { mastered, total: cardIds.length };
}

export interface DayActivity {
  /** Start of the day (local midnight, as epoch ms). */
  day: number;
  key: DayKey;
  study: number;
  quiz: number;
}

/** Ratings per local day over the `days` days ending today, oldest first, split by where they were given. */
export function dailyActivity(summaries: readonly DaySummary[], today: DayKey, days: number, offsetOf: OffsetOf): DayActivity[] {
  const byDay = new Map(summaries.map((s) => [s.day, s]));
  return daysEndingWith(today, days).map((key) => {
    const s = byDay.get(key);
    return { day: startOfDayKey(key, offsetOf), key, study: s?.bySource.study ?? 0, quiz: (s?.bySource.quiz ?? 0) + (s?.bySource.briefing ?? 0) };
  });
}
