/** Card memories and the review log. A rating and its log row are always written together. */
import { addDays, type DayKey } from '../domain/calendar';
import { streakOf, TOTAL_KEY, type DaySummary } from '../domain/day-summary';
import type { CardMemory } from '../domain/memory';
import type { Database } from './db';
import { updateSummaries } from './day-summaries';
import { isLatestRating, writeRatings, type RatingPlan } from './ratings';
import type { ReviewRecord } from '../domain/records';

/** What became of an undo: done, refused because the card was rated again since, or no such rating. */
export type UndoResult =
  | { status: 'undone'; review: ReviewRecord }
  | { status: 'superseded'; review: ReviewRecord }
  | { status: 'missing' };

export interface ProgressRepository {
  memory(cardId: string): Promise<CardMemory | undefined>;
  /** Memories due at or before `time`, read from the due index. */
  dueBy(time: number): Promise<CardMemory[]>;
  all(): Promise<CardMemory[]>;
  /** Ids of every card that has been rated at least once. */
  seenIds(): Promise<Set<string>>;
  /** The earliest due time after `time`, if any card is scheduled. */
  nextDueAfter(time: number): Promise<number | undefined>;
  /**
   * Rates a card from its memory as stored now: builds the review row from it and writes the row
   * and the new memory in one transaction. Returns the row written.
   */
  record(plan: RatingPlan): Promise<ReviewRecord>;
  /**
   * Deletes a review row and restores the memory it replaced, and records the undo (for sync), in
   * one transaction — unless the card was rated again since (in another tab): restoring then would
   * wipe that later rating.
   */
  undo(reviewId: string): Promise<UndoResult>;
  reviewsSince(time: number): Promise<ReviewRecord[]>;
  reviewsOf(cardId: string): Promise<ReviewRecord[]>;
  /**
   * Local days in a row with at least one review, counting back from `today` (or from the day
   * before, while today has none yet). Days are calendar days: 23 or 25 hours when the clocks change.
   */
  streak(today: DayKey): Promise<{ streak: number; studiedToday: boolean }>;
  /** The summaries of the local days from `first` to `last`, both included, oldest first; days with nothing are absent. */
  daySummaries(first: DayKey, last: DayKey): Promise<DaySummary[]>;
  /** Every rating in the log, from the running total (not a count of the log). */
  reviewCount(): Promise<number>;
  /** How many ratings these cards have, all counted in one read-only transaction. */
  reviewCountOf(cardIds: readonly string[]): Promise<number>;
  /** Cards taken out of study as leeches. */
  suspended(): Promise<CardMemory[]>;
  setSuspended(cardId: string, suspended: boolean): Promise<void>;
  /** Forgets every rating, memory and quiz result; settings stay. One transaction. */
  resetAll(): Promise<void>;
}

/** Days read at first for the streak: most streaks end inside them. */
const STREAK_WINDOW_DAYS = 120;

export function progressRepository(database: Database): ProgressRepository {
  const { run } = database;
  return {
    memory: (cardId) => run((db) => db.get('memories', cardId)),
    dueBy: (time) => run((db) => db.getAllFromIndex('memories', 'by-due', IDBKeyRange.upperBound(time))),
    all: () => run((db) => db.getAll('memories')),
    seenIds: () => run(async (db) => new Set(await db.getAllKeys('memories'))),
    nextDueAfter: (time) =>
      run(async (db) => {
        const cursor = await db.transaction('memories').store.index('by-due').openCursor(IDBKeyRange.lowerBound(time, true));
        return cursor?.value.due;
      }),
    record: (plan) =>
      run(async (db) => {
        const tx = db.transaction(['memories', 'reviews', 'days'], 'readwrite');
        const [[review]] = await Promise.all([
          writeRatings(tx.objectStore('memories'), tx.objectStore('reviews'), tx.objectStore('days'), database.offsetOf, [plan]),
          tx.done,
        ]);
        return review!;
      }),
    undo: (reviewId) =>
      run(async (db) => {
        const tx = db.transaction(['memories', 'reviews', 'undos', 'days'], 'readwrite');
        const reviews = tx.objectStore('reviews');
        const memories = tx.objectStore('memories');
        const review = await reviews.get(reviewId);
        let result: UndoResult = { status: 'missing' };
        if (review && !isLatestRating(await memories.get(review.cardId), review)) {
          result = { status: 'superseded', review };
        } else if (review) {
          await (review.before ? memories.put(review.before) : memories.delete(review.cardId));
          await reviews.delete(reviewId);
          await updateSummaries(tx.objectStore('days'), database.offsetOf, { removedRatings: [review] });
          // Kept, so that sync (when on) can take the undo to the learner's other devices.
          await tx.objectStore('undos').put({ reviewId, cardId: review.cardId, time: review.time });
          result = { status: 'undone', review };
        }
        await tx.done;
        return result;
      }),
    reviewsSince: (time) => run((db) => db.getAllFromIndex('reviews', 'by-time', IDBKeyRange.lowerBound(time))),
    reviewsOf: (cardId) => run((db) => db.getAllFromIndex('reviews', 'by-card', cardId)),
    // The days' summaries, not the log. (Walking the log's time index took 40–50 s for a 1,000-day
    // streak at a million rows; a cursor over the days, one request per day, 60–100 ms: `npm run bench`.)
    streak: (today) =>
      run(async (db) => {
        // The last few months' days in one request; only a streak that reaches back that far reads
        // on, each time twice as many earlier days, until its first day is inside what was read.
        const read: DaySummary[] = [];
        let last = today;
        for (let span = STREAK_WINDOW_DAYS; ; span *= 2) {
          const first = addDays(last, 1 - span);
          read.push(...await db.getAll('days', IDBKeyRange.bound(first, last)));
          const found = streakOf(read, today);
          if (found.firstDay !== first) return { streak: found.streak, studiedToday: found.studiedToday };
          last = addDays(first, -1);
        }
      }),
    daySummaries: (first, last) => run((db) => db.getAll('days', IDBKeyRange.bound(first, last))),
    reviewCount: () => run(async (db) => (await db.get('days', TOTAL_KEY))?.ratings ?? 0),
    reviewCountOf: (cardIds) =>
      run(async (db) => {
        const index = db.transaction('reviews').store.index('by-card');
        const counts = await Promise.all(cardIds.map((id) => index.count(id)));
        return counts.reduce((n, c) => n + c, 0);
      }),
    suspended: () => run(async (db) => (await db.getAll('memories')).filter((m) => m.suspended)),
    setSuspended: (cardId, suspended) =>
      run(async (db) => {
        const tx = db.transaction('memories', 'readwrite');
        const memory = await tx.store.get(cardId);
        if (memory) {
          const { suspended: _, ...rest } = memory;
          await tx.store.put(suspended ? { ...rest, suspended: true } : rest);
        }
        await tx.done;
      }),
    resetAll: () =>
      run(async (db) => {
        const tx = db.transaction(['memories', 'reviews', 'quizResults', 'days'], 'readwrite');
        await Promise.all([
          tx.objectStore('memories').clear(), tx.objectStore('reviews').clear(), tx.objectStore('quizResults').clear(), tx.objectStore('days').clear(), tx.done,
        ]);
      }),
  };
}
