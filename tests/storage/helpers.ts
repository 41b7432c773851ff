import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDatabase, type ConnectionEvents, type Database } from '../../src/storage';

/** A fresh, empty IndexedDB for the test that calls it. */
export function useFreshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A fresh, empty IndexedDB for each test, and a connection to it. */
export function freshDatabase(events: Partial<ConnectionEvents> = {}): Database {
  useFreshIndexedDb();
  return openDatabase({ onBlocked: () => undefined, onVersionChange: () => undefined, ...events });
}
