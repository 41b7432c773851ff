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
  /** Whether any review happened in [from, to). */
  anyReviewBetween(from: number, to: number): Promise<boolean>;
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
    anyReviewBetween: (from, to) =>
      run(async (db) => (await db.countFromIndex('reviews', 'by-time', IDBKeyRange.bound(from, to, false, true))) > 0),
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
