/**
 * One local day's ratings and quiz answers, counted as they are written, so that Progress, Today,
 * the streak and the daily limits read a few small rows instead of walking the review log. A
 * summary changes by adding or taking away one rating or answer at a time; a recount of the log
 * (summariseLog) must always give the same rows. Pure.
 */
import type { DayKey, OffsetOf } from './calendar';
import { addDays, dayKey, previousDay } from './calendar';
import { MemoryState, type Grade } from './memory';

/** The key of the row that sums every day: the running total. It sorts after every 'YYYY-MM-DD'. */
export const TOTAL_KEY = 'total';

export type StateBefore = 'new' | 'learning' | 'review' | 'relearning';
export type RatingSource = 'study' | 'quiz' | 'briefing';

export interface DaySummary {
  /** The day key, or TOTAL_KEY. */
  day: DayKey;
  ratings: number;
  /** Ratings by grade: Again, Hard, Good, Easy. */
  byGrade: [number, number, number, number];
  /** Ratings by the card's state before them; a card's first rating counts as new. */
  byState: Record<StateBefore, number>;
  /** Ratings of cards in review that were not Again: with byState.review, the true retention. */
  reviewsRemembered: number;
  bySource: Record<RatingSource, number>;
  /** Cards rated for the first time: what the daily new-card limit counts. */
  newCards: number;
  quizRight: number;
  quizWrong: number;
}

/** What a summary needs of a rating (a review row has all of it). */
export interface SummarisedRating {
  time: number;
  grade: Grade;
  source: RatingSource;
  before?: { state: MemoryState };
}

export interface SummarisedAnswer {
  answeredAt: number;
  correct: boolean;
}

export const emptySummary = (day: DayKey): DaySummary => ({
  day, ratings: 0, byGrade: [0, 0, 0, 0], byState: { new: 0, learning: 0, review: 0, relearning: 0 },
  reviewsRemembered: 0, bySource: { study: 0, quiz: 0, briefing: 0 }, newCards: 0, quizRight: 0, quizWrong: 0,
});

const STATE_NAMES: Record<MemoryState, StateBefore> = {
  [MemoryState.New]: 'new', [MemoryState.Learning]: 'learning', [MemoryState.Review]: 'review', [MemoryState.Relearning]: 'relearning',
};

export function stateBefore(rating: SummarisedRating): StateBefore {
  return rating.before ? STATE_NAMES[rating.before.state] : 'new';
}

/** The summary with one rating added (sign 1) or taken away (sign -1). A new summary: the input is not changed. */
export function withRating(summary: DaySummary, rating: SummarisedRating, sign: 1 | -1): DaySummary {
  const state = stateBefore(rating);
  const byGrade = [...summary.byGrade] as DaySummary['byGrade'];
  byGrade[rating.grade - 1] = (byGrade[rating.grade - 1] ?? 0) + sign;
  return {
    ...summary,
    ratings: summary.ratings + sign,
    byGrade,
    byState: { ...summary.byState, [state]: summary.byState[state] + sign },
    reviewsRemembered: summary.reviewsRemembered + (state === 'review' && rating.grade !== 1 ? sign : 0),
    bySource: { ...summary.bySource, [rating.source]: summary.bySource[rating.source] + sign },
    newCards: summary.newCards + (rating.before === undefined ? sign : 0),
  };
}

export function withAnswer(summary: DaySummary, answer: SummarisedAnswer, sign: 1 | -1): DaySummary {
  return answer.correct ? { ...summary, quizRight: summary.quizRight + sign } : { ...summary, quizWrong: summary.quizWrong + sign };
}

/** withRating(summary, rating, 1), changing `summary` itself. */
function countRating(s: DaySummary, rating: SummarisedRating): void {
  const state = stateBefore(rating);
  s.ratings++;
  s.byGrade[rating.grade - 1]! += 1;
  s.byState[state]++;
  if (state === 'review' && rating.grade !== 1) s.reviewsRemembered++;
  s.bySource[rating.source]++;
  if (rating.before === undefined) s.newCards++;
}

/** Nothing counted: such a row is not kept. */
export const isEmptySummary = (s: DaySummary): boolean => s.ratings === 0 && s.quizRight === 0 && s.quizWrong === 0;

/** A change to the log: rows added and rows taken away, answers likewise. */
export interface LogChange {
  addedRatings?: readonly SummarisedRating[];
  removedRatings?: readonly SummarisedRating[];
  addedAnswers?: readonly SummarisedAnswer[];
  removedAnswers?: readonly SummarisedAnswer[];
}

/**
 * Applies a change to summaries: `current` gives a day's stored summary (or undefined), and the
 * result holds every touched day (and the total) as it now is, or null where it is now empty.
 */
export function applyLogChange(
  change: LogChange, offsetOf: OffsetOf, current: ReadonlyMap<DayKey, DaySummary | undefined>,
): Map<DayKey, DaySummary | null> {
  const out = new Map<DayKey, DaySummary>();
  const get = (day: DayKey) => out.get(day) ?? current.get(day) ?? emptySummary(day);
  const rating = (r: SummarisedRating, sign: 1 | -1) => {
    const day = dayKey(r.time, offsetOf);
    out.set(day, withRating(get(day), r, sign));
    out.set(TOTAL_KEY, withRating(get(TOTAL_KEY), r, sign));
  };
  const answer = (a: SummarisedAnswer, sign: 1 | -1) => {
    const day = dayKey(a.answeredAt, offsetOf);
    out.set(day, withAnswer(get(day), a, sign));
    out.set(TOTAL_KEY, withAnswer(get(TOTAL_KEY), a, sign));
  };
  for (const r of change.removedRatings ?? []) rating(r, -1);
  for (const r of change.addedRatings ?? []) rating(r, 1);
  for (const a of change.removedAnswers ?? []) answer(a, -1);
  for (const a of change.addedAnswers ?? []) answer(a, 1);
  return new Map([...out].map(([day, s]) => [day, isEmptySummary(s) ? null : s]));
}

/** The days a change touches (and the total): those whose stored summaries applyLogChange needs. */
export function daysTouched(change: LogChange, offsetOf: OffsetOf): DayKey[] {
  const days = new Set<DayKey>();
  for (const r of [...(change.addedRatings ?? []), ...(change.removedRatings ?? [])]) days.add(dayKey(r.time, offsetOf));
  for (const a of [...(change.addedAnswers ?? []), ...(change.removedAnswers ?? [])]) days.add(dayKey(a.answeredAt, offsetOf));
  if (days.size) days.add(TOTAL_KEY);
  return [...days];
}

/** Every day's summary (and the total) counted afresh from a whole log: for the upgrade, restore, and checking. */
export function summariseLog(ratings: Iterable<SummarisedRating>, answers: Iterable<SummarisedAnswer>, offsetOf: OffsetOf): Map<DayKey, DaySummary> {
  return dropEmpty(countInto(new Map(), ratings, answers, offsetOf));
}

/** Adds ratings and answers to running counts, so a long log can be counted a batch at a time. Returns `counts`. */
export function countInto(
  counts: Map<DayKey, DaySummary>, ratings: Iterable<SummarisedRating>, answers: Iterable<SummarisedAnswer>, offsetOf: OffsetOf,
): Map<DayKey, DaySummary> {
  const add = (day: DayKey, f: (s: DaySummary) => DaySummary) => counts.set(day, f(counts.get(day) ?? emptySummary(day)));
  const row = (day: DayKey) => {
    let s = counts.get(day);
    if (!s) counts.set(day, (s = emptySummary(day)));
    return s;
  };
  // Every zone's offsets and changes fall on quarter hours, so one quarter hour is all on one local
  // day: its key is worked out once, not once per row.
  const quarters = new Map<number, DayKey>();
  const keyOf = (time: number) => {
    const quarter = Math.floor(time / 900_000);
    let key = quarters.get(quarter);
    if (key === undefined) quarters.set(quarter, (key = dayKey(time, offsetOf)));
    return key;
  };
  for (const r of ratings) {
    // Counted in place, not through withRating's copies: the upgrade counts a million rows this way.
    countRating(row(keyOf(r.time)), r);
    countRating(row(TOTAL_KEY), r);
  }
  for (const a of answers) {
    add(dayKey(a.answeredAt, offsetOf), (s) => withAnswer(s, a, 1));
    add(TOTAL_KEY, (s) => withAnswer(s, a, 1));
  }
  return counts;
}

/** The counts without the days where nothing is left. */
export function dropEmpty(counts: Map<DayKey, DaySummary>): Map<DayKey, DaySummary> {
  for (const [day, s] of counts) if (isEmptySummary(s)) counts.delete(day);
  return counts;
}

export interface Streak {
  /** Local days in a row with at least one rating, ending today, or yesterday while today has none yet. */
  streak: number;
  studiedToday: boolean;
  /** The streak's first day, if it has one: a caller that read only some days reads earlier ones when this is the first it read. */
  firstDay?: DayKey;
}

/**
 * The streak ending `today`, from the day summaries (in any order, none after today). A day of
 * quiz answers only counts no rating, so it is a gap.
 */
export function streakOf(days: readonly Pick<DaySummary, 'day' | 'ratings'>[], today: DayKey): Streak {
  const rated = new Set(days.filter((d) => d.ratings > 0).map((d) => d.day));
  const studiedToday = rated.has(today);
  let day = studiedToday ? today : previousDay(today);
  if (!rated.has(day)) return { streak: 0, studiedToday };
  let streak = 0;
  for (; rated.has(day); day = previousDay(day)) streak++;
  return { streak, studiedToday, firstDay: addDays(day, 1) };
}
