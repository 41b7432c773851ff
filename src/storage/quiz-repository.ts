/** Quiz and Briefing results. An answer, its result record and the card grades it causes are one transaction. */
import type { Database } from './db';
import type { QuizResultRecord, ReviewRecord } from './schema';

export interface QuizRepository {
  get(id: string): Promise<QuizResultRecord | undefined>;
  /** Newest first. */
  recent(limit: number): Promise<QuizResultRecord[]>;
  /** Saves the result as it now stands, with the reviews (card grades) this answer produced. */
  save(result: QuizResultRecord, reviews: readonly ReviewRecord[]): Promise<void>;
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
    save: (result, reviews) =>
      run(async (db) => {
        const tx = db.transaction(['quizResults', 'memories', 'reviews'], 'readwrite');
        const writes: Promise<unknown>[] = [tx.objectStore('quizResults').put(result)];
        for (const review of reviews) {
          writes.push(tx.objectStore('memories').put(review.after), tx.objectStore('reviews').add(review));
        }
        await Promise.all([...writes, tx.done]);
      }),
  };
}
