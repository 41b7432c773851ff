/**
 * The one IndexedDB schema. Every store's key, value and indexes are typed here, and the upgrade
 * ladder below is the only place a store is created or changed: add a rung, never edit one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CardMemory, Grade } from '../domain/scheduler';
import type { Settings } from '../domain/settings';

export const DB_NAME = 'faultlines';
export const DB_VERSION = 1;

export type ReviewSource = 'study' | 'quiz' | 'briefing';

/** One rating, append-only. `before` and `after` let a rating be undone and the log be replayed. */
export interface ReviewRecord {
  id: string;
  cardId: string;
  time: number;
  grade: Grade;
  source: ReviewSource;
  /** Absent when this was the card's first rating. */
  before?: CardMemory;
  after: CardMemory;
}

export interface FaultlinesSchema extends DBSchema {
  memories: { key: string; value: CardMemory; indexes: { 'by-due': number } };
  reviews: { key: string; value: ReviewRecord; indexes: { 'by-time': number; 'by-card': string } };
  settings: { key: 'app'; value: Settings };
}

export type FaultlinesDB = IDBPDatabase<FaultlinesSchema>;

export function upgrade(
  db: FaultlinesDB,
  oldVersion: number,
  _newVersion: number | null,
  _tx: IDBPTransaction<FaultlinesSchema, StoreNames<FaultlinesSchema>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const memories = db.createObjectStore('memories', { keyPath: 'cardId' });
    memories.createIndex('by-due', 'due');
    const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
    reviews.createIndex('by-time', 'time');
    reviews.createIndex('by-card', 'cardId');
    db.createObjectStore('settings');
  }
}
