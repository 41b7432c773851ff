/** Quiz and Briefing results. An answer, its result record and the card grades it causes are one transaction. */
import type { Database } from './db';
import { updateSummaries } from './day-summaries';
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

export function quizRepository(database: Database): QuizRepository {
  const { run } = database;
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
        const tx = db.transaction(['quizResults', 'memories', 'reviews', 'days'], 'readwrite');
        tx.done.catch(() => undefined);
        const days = tx.objectStore('days');
        // The answers counted in the days' summaries are replaced as the result is: the old ones out, the new in.
        const before = await tx.objectStore('quizResults').get(result.id);
        await tx.objectStore('quizResults').put(result);
        const written = await writeRatings(tx.objectStore('memories'), tx.objectStore('reviews'), days, database.offsetOf, ratings);
        await updateSummaries(days, database.offsetOf, { removedAnswers: before?.answers ?? [], addedAnswers: result.answers });
        await tx.done;
        return written;
      }),
  };
}
