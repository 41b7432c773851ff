/**
 * The one IndexedDB schema. Every store's key, value and indexes are typed here, and the upgrade
 * ladder below is the only place a store is created or changed: add a rung, never edit one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { freshIdPrefix, inImportedNamespace, intoImportedNamespace } from '../domain/deck/namespace';
import type { Deck } from '../domain/deck/types';
import { createRng } from '../domain/quiz/rng';
import type { CardMemory } from '../domain/memory';
import type { ClassSessionRecord, QuizResultRecord, ReviewRecord } from '../domain/records';
import { countInto, dropEmpty, type DaySummary } from '../domain/day-summary';
import type { OffsetOf } from '../domain/calendar';
import type { Settings } from '../domain/settings';
import { importedCardPrefix, isShippedCardId } from '../domain/trust-ids';
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

type UpgradeTransaction = IDBPTransaction<FaultlinesSchema, StoreNames<FaultlinesSchema>[], 'versionchange'>;

export function upgrade(
  db: FaultlinesDB,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
  /** The zone the day summaries' days are counted in (the app's clock's). */
  offsetOf: OffsetOf = (time) => new Date(time).getTimezoneOffset(),
): void {
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
  if (oldVersion < 5) {
    // Only IndexedDB requests are awaited inside, so the upgrade transaction stays open until it is done.
    // An upgrade that fails or is aborted is reported once, by the open itself (db.ts); the rung's
    // own requests then reject too, and must not surface as a second, unhandled error.
    moveImportedDecksIntoNamespace(tx).catch(() => undefined);
  }
  if (oldVersion < 6) {
    // Sync (domain/sync): undo as a record of its own, the server's settings and checkpoint, and
    // which local rows the server already holds.
    db.createObjectStore('undos', { keyPath: 'reviewId' });
    db.createObjectStore('sync');
    db.createObjectStore('synced', { keyPath: 'id' });
  }
  // (Guarded by newVersion so the scale bench can build a version-6 database and time this rung.)
  if (oldVersion < 7 && (newVersion ?? DB_VERSION) >= 7) {
    db.createObjectStore('days', { keyPath: 'day' });
    // As in rung 5: only IndexedDB requests are awaited, and a failure is reported by the open.
    if (oldVersion > 0) buildDaySummaries(tx, offsetOf).catch(() => undefined);
  }
}

/** Rows read at a time by the rung-7 upgrade: big enough to be few requests, small enough to bound memory. */
export const SUMMARY_BUILD_BATCH = 20_000;

/**
 * Version 7: the day summaries, counted from the log there is. The log is read in batches in key
 * order (the order does not matter to a count), and only the counts are kept, not the rows.
 */
async function buildDaySummaries(tx: UpgradeTransaction, offsetOf: OffsetOf): Promise<void> {
  const reviews = tx.objectStore('reviews');
  const counts = new Map<string, DaySummary>();
  let after: string | undefined;
  for (;;) {
    const batch = await reviews.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), SUMMARY_BUILD_BATCH);
    countInto(counts, batch, [], offsetOf);
    if (batch.length < SUMMARY_BUILD_BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  countInto(counts, [], (await tx.objectStore('quizResults').getAll()).flatMap((q) => q.answers), offsetOf);
  const days = tx.objectStore('days');
  await Promise.all([...dropEmpty(counts).values()].map((summary) => days.put(summary)));
}

/**
 * Version 5: imported decks get ids of their own namespace (domain/trust.ts). Decks the importer
 * made already have them; a deck a restore once let through with another id (a shipped deck's, say)
 * moves to `custom-<letters>` with cards `<letters>-0001`…, and its cards' ratings follow them. A
 * card whose old id had a shipped card's shape keeps no ratings: they may be the shipped card's,
 * and stay with that id.
 */
async function moveImportedDecksIntoNamespace(tx: UpgradeTransaction): Promise<void> {
  const decks = tx.objectStore('importedDecks');
  const all = await decks.getAll();
  const taken = new Set(all.filter(inImportedNamespace).map((d) => importedCardPrefix(d.id)!));
  for (const deck of all) {
    const moved = intoImportedNamespace(deck, () => freshIdPrefix(createRng('imported-namespace', deck.id), taken));
    if (!moved) continue;
    taken.add(importedCardPrefix(moved.deck.id)!);
    if (moved.deck.id !== deck.id) await decks.delete(deck.id);
    await decks.put(moved.deck);
    const memories = tx.objectStore('memories');
    const reviews = tx.objectStore('reviews');
    for (const [from, to] of moved.renamed) {
      if (isShippedCardId(from)) continue;
      const memory = await memories.get(from);
      if (memory) {
        await memories.delete(from);
        await memories.put({ ...memory, cardId: to });
      }
      for (const review of await reviews.index('by-card').getAll(from)) {
        const { before, after } = review;
        await reviews.put({ ...review, cardId: to, after: { ...after, cardId: to }, ...(before ? { before: { ...before, cardId: to } } : {}) });
      }
    }
  }
}
