/** Card memories and the review log. A rating and its log row are always written together. */
import type { CardMemory } from '../domain/scheduler';
import type { Database } from './db';
import type { ReviewRecord } from './schema';

export interface ProgressRepository {
  memory(cardId: string): Promise<CardMemory | undefined>;
  /** Memories due at or before `time`, read from the due index. */
  dueBy(time: number): Promise<CardMemory[]>;
  all(): Promise<CardMemory[]>;
  /** Ids of every card that has been rated at least once. */
  seenIds(): Promise<Set<string>>;
  /** The earliest due time after `time`, if any card is scheduled. */
  nextDueAfter(time: number): Promise<number | undefined>;
  /** Writes the card's new memory and its review row in one transaction. */
  record(review: ReviewRecord): Promise<void>;
  /** Deletes a review row and restores the memory it replaced, in one transaction. */
  undo(reviewId: string): Promise<ReviewRecord | undefined>;
  reviewsSince(time: number): Promise<ReviewRecord[]>;
  reviewsOf(cardId: string): Promise<ReviewRecord[]>;
  /**
   * Days in a row with at least one review, counting back from the day starting at `todayStart`
   * (or from the day before, while today has none yet). Days are `dayLength` ms long.
   */
  streak(todayStart: number, dayLength: number): Promise<{ streak: number; studiedToday: boolean }>;
  reviewCount(): Promise<number>;
  /** Cards taken out of study as leeches. */
  suspended(): Promise<CardMemory[]>;
  setSuspended(cardId: string, suspended: boolean): Promise<void>;
  /** Forgets every rating, memory and quiz result; settings stay. One transaction. */
  resetAll(): Promise<void>;
}

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
    record: (review) =>
      run(async (db) => {
        const tx = db.transaction(['memories', 'reviews'], 'readwrite');
        await Promise.all([tx.objectStore('memories').put(review.after), tx.objectStore('reviews').add(review), tx.done]);
      }),
    undo: (reviewId) =>
      run(async (db) => {
        const tx = db.transaction(['memories', 'reviews'], 'readwrite');
        const reviews = tx.objectStore('reviews');
        const review = await reviews.get(reviewId);
        if (review) {
          const memories = tx.objectStore('memories');
          await (review.before ? memories.put(review.before) : memories.delete(review.cardId));
          await reviews.delete(reviewId);
        }
        await tx.done;
        return review;
      }),
    reviewsSince: (time) => run((db) => db.getAllFromIndex('reviews', 'by-time', IDBKeyRange.lowerBound(time))),
    reviewsOf: (cardId) => run((db) => db.getAllFromIndex('reviews', 'by-card', cardId)),
    // One read-only transaction and one `getKey` per day: the first key of a range is a single seek.
    // (Counting each day's range, or stepping a cursor back with continue(key), walks every entry in
    // between: 40–50 s for a 1,000-day streak at a million rows, measured by `npm run bench`.)
    streak: (todayStart, dayLength) =>
      run(async (db) => {
        const index = db.transaction('reviews').store.index('by-time');
        const studied = async (day: number) => (await index.getKey(IDBKeyRange.bound(day, day + dayLength, false, true))) !== undefined;
        const studiedToday = await studied(todayStart);
        let streak = studiedToday ? 1 : 0;
        for (let day = todayStart - dayLength; await studied(day); day -= dayLength) streak++;
        return { streak, studiedToday };
      }),
    reviewCount: () => run((db) => db.count('reviews')),
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
        const tx = db.transaction(['memories', 'reviews', 'quizResults'], 'readwrite');
        await Promise.all([tx.objectStore('memories').clear(), tx.objectStore('reviews').clear(), tx.objectStore('quizResults').clear(), tx.done]);
      }),
  };
}
