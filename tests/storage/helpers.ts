import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDatabase, type ConnectionEvents, type Database, type RatingPlan } from '../../src/storage';
import type { ReviewRecord } from '../../src/domain/records';

/** A rating that writes exactly `review`, whatever the card's stored memory: for tests that set up a log. */
export const exactly = (review: ReviewRecord): RatingPlan => ({ cardId: review.cardId, review: () => review });

/** A fresh, empty IndexedDB for the test that calls it. */
export function useFreshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A fresh, empty IndexedDB for each test, and a connection to it; days are counted in UTC, whatever the machine's zone. */
export function freshDatabase(events: Partial<ConnectionEvents> = {}): Database {
  useFreshIndexedDb();
  return openDatabase({ onBlocked: () => undefined, onVersionChange: () => undefined, ...events }, undefined, () => 0);
}
