/**
 * The one IndexedDB schema. Every store's key, value and indexes are typed here, and the ladder of
 * versions below is the only place a store is created or changed: add a rung, never edit one. A
 * rung that also moves or counts data already stored has that part in migrations.ts, which only an
 * upgrade of an existing database loads (db.ts): a first visit, and every visit after, never do.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Deck } from '../domain/deck/types';
import type { CardMemory } from '../domain/memory';
import type { ClassSessionRecord, QuizResultRecord, ReviewRecord } from '../domain/records';
import type { DaySummary } from '../domain/day-summary';
import type { Settings } from '../domain/settings';
import type { SyncConfig } from '../domain/sync/config';
import type { Undo } from '../domain/sync/documents';
import type { Stamps } from '../domain/sync/settings';
import type { SyncedMark, SyncState } from '../domain/sync/state';

export const DB_NAME = 'faultlines';
export const DB_VERSION = 7;

export interface FaultlinesSchema extends DBSchema {
  memories: { key: string; value: CardMemory; indexes: { 'by-due': number } };
  reviews: { key: string; value: ReviewRecord; indexes: { 'by-time': number; 'by-card': string } };
  settings: { key: 'app'; value: Settings };
  quizResults: { key: string; value: QuizResultRecord; indexes: { 'by-started': number } };
  /** Decks the learner imported (CSV/TSV), whole: they exist nowhere else. */
  importedDecks: { key: string; value: Deck };
  classSessions: { key: string; value: ClassSessionRecord; indexes: { 'by-created': number } };
  /** Ratings undone here, kept so the undo reaches the learner's other devices through sync. */
  undos: { key: string; value: Undo };
  /** Sync's own records, by key: its configuration (with the credentials), its state, the settings' stamps. */
  sync: { key: 'config' | 'state' | 'stamps'; value: SyncConfig | SyncState | Stamps };
  /** One mark per document sent or received: what is not marked (or changed since) waits to be sent. */
  synced: { key: string; value: SyncedMark };
  /**
   * One row per local day with ratings or quiz answers (domain/day-summary.ts), and the running
   * total under TOTAL_KEY: written in the same transaction as every change to `reviews` (and to
   * quiz answers), so reading them is reading a recount of the log.
   */
  days: { key: string; value: DaySummary };
}

export type FaultlinesDB = IDBPDatabase<FaultlinesSchema>;

export type UpgradeTransaction = IDBPTransaction<FaultlinesSchema, StoreNames<FaultlinesSchema>[], 'versionchange'>;

/**
 * The versions at which a rung changes stored data, not only the stores (migrations.ts): 5 moves
 * imported decks into their namespace, 7 counts the day summaries from the log.
 */
export const DATA_RUNGS = [5, 7] as const;

/** Whether opening a database at `oldVersion` as `newVersion` runs a rung that changes stored data. */
export const upgradeMovesData = (oldVersion: number, newVersion: number): boolean =>
  oldVersion > 0 && DATA_RUNGS.some((rung) => oldVersion < rung && rung <= newVersion);

/** Every store and index a database at `oldVersion` lacks, up to `newVersion`. */
export function createStores(db: FaultlinesDB, oldVersion: number, newVersion: number): void {
  if (oldVersion < 1) {
    const memories = db.createObjectStore('memories', { keyPath: 'cardId' });
    memories.createIndex('by-due', 'due');
    const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
    reviews.createIndex('by-time', 'time');
    reviews.createIndex('by-card', 'cardId');
    db.createObjectStore('settings');
  }
  if (oldVersion < 2) {
    db.createObjectStore('quizResults', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
  }
  if (oldVersion < 3) {
    db.createObjectStore('importedDecks', { keyPath: 'id' });
  }
  if (oldVersion < 4) {
    db.createObjectStore('classSessions', { keyPath: 'id' }).createIndex('by-created', 'createdAt');
  }
  // Version 5 only moves data (migrations.ts).
  if (oldVersion < 6) {
    // Sync (domain/sync): undo as a record of its own, the server's settings and checkpoint, and
    // which local rows the server already holds.
    db.createObjectStore('undos', { keyPath: 'reviewId' });
    db.createObjectStore('sync');
    db.createObjectStore('synced', { keyPath: 'id' });
  }
  // (Guarded by newVersion so the scale bench can build a version-6 database and time rung 7.)
  if (oldVersion < 7 && newVersion >= 7) {
    db.createObjectStore('days', { keyPath: 'day' });
  }
}
