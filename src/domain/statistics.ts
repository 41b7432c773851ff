/**
 * Figures for the Progress screen, from card memories and the review log. Pure: the caller reads the
 * records and passes the time and the start of today.
 */
import { dayKey, dayNumber, daysEndingWith, startOfDayKey, type DayKey, type OffsetOf } from './calendar';
import { MemoryState, type CardMemory, type Grade } from './memory';

/** A card counts as mastered once FSRS expects to keep it for three weeks or more. */
export const MASTERED_STABILITY_DAYS = 21;

export interface LoggedRating {
  time: number;
  grade: Grade;
  source: 'study' | 'quiz' | 'briefing';
  /** The card's state before this rating; absent for its first rating. */
  stateBefore?: MemoryState;
}

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
 * that were not Again. Undefined when there were none.
 */
export function trueRetention(ratings: readonly LoggedRating[], since: number): { rate: number | undefined; count: number } {
  const reviewed = ratings.filter((r) => r.time >= since && r.stateBefore === MemoryState.Review);
  if (reviewed.length === 0) return { rate: undefined, count: 0 };
  return { rate: reviewed.filter((r) => r.grade !== 1).length / reviewed.length, count: reviewed.length };
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

/** Ratings per local day over the last `days` days, oldest first, split by where they were given. */
export function dailyActivity(ratings: readonly LoggedRating[], today: DayKey, days: number, offsetOf: OffsetOf): DayActivity[] {
  const keys = daysEndingWith(today, days);
  const first = dayNumber(keys[0]!);
  const out = keys.map((key) => ({ day: startOfDayKey(key, offsetOf), key, study: 0, quiz: 0 }));
  for (const r of ratings) {
    const i = dayNumber(dayKey(r.time, offsetOf)) - first;
    const slot = out[i];
    if (!slot) continue;
    if (r.source === 'study') slot.study++;
    else slot.quiz++;
  }
  return out;
}
