/**
 * A PROPOSED `progress.streak` for src/storage/progress-repository.ts, measured next to the one the
 * app has so the proposal comes with its figure; the app does not use it. In Chromium, counting an
 * index range and moving a cursor backwards with `continue(key)` both step through every index entry
 * on the way (each step also looks the record up by its key); the first key in a range (`getKey`)
 * is one seek. So: one read-only transaction, one `getKey` per day of the streak.
 */
import type { Services } from '../../../src/app/services';

export function withFirstKeyStreak(services: Services): Services {
  const { database, progress } = services;
  return {
    ...services,
    progress: {
      ...progress,
      streak: (todayStart, dayLength) =>
        database.run(async (db) => {
          const index = db.transaction('reviews').store.index('by-time');
          const studied = async (day: number) => (await index.getKey(IDBKeyRange.bound(day, day + dayLength, false, true))) !== undefined;
          const studiedToday = await studied(todayStart);
          let streak = studiedToday ? 1 : 0;
          for (let day = todayStart - dayLength; streak < 3650 && (await studied(day)); day -= dayLength) streak++;
          return { streak, studiedToday };
        }),
    },
  };
}
