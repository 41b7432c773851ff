/** Quiz and Briefing results. An answer, its result record and the card grades it causes are one transaction. */
import type { Database } from './db';
import { writeRatings, type RatingPlan } from './ratings';
import type { QuizResultRecord, ReviewRecord } from '../domain/records';

export interface QuizRepository {
  get(id: string): Promise<QuizResultRecord | undefined>;
  /** Newest first. */
  recent(limit: number): Promise<QuizResultRecord[]>;
  /**
   * Saves the result as it now stands, with the card grades this answer produced, each scheduled
   * from its card's memory as stored when written. Returns the review rows written.
   */
  save(result: QuizResultRecord, ratings: readonly RatingPlan[]): Promise<ReviewRecord[]>;
}

export function quizRepository({ run }: Database): QuizRepository {
  return {
    get: (id) => run((db) => db.get('quizResults', id)),
    recent: (limit) =>
      run(async (db) => {
        const out: QuizResultRecord[] = [];
        let cursor = await db.transaction('quizResults').store.index('by-started').openCursor(null, 'prev');
        while (cursor && out.length < limit) {
          out.push(cursor.value);
          cursor = await cursor.continue();
        }
        return out;
      }),
    save: (result, ratings) =>
      run(async (db) => {
        const tx = db.transaction(['quizResults', 'memories', 'reviews'], 'readwrite');
        const [, written] = await Promise.all([
          tx.objectStore('quizResults').put(result),
          writeRatings(tx.objectStore('memories'), tx.objectStore('reviews'), ratings),
          tx.done,
        ]);
        return written;
      }),
  };
}
