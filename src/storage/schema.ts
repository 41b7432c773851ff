/**
 * The one IndexedDB schema. Every store's key, value and indexes are typed here, and the upgrade
 * ladder below is the only place a store is created or changed: add a rung, never edit one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CardMemory, Grade } from '../domain/scheduler';
import type { Deck } from '../domain/deck/types';
import type { Settings } from '../domain/settings';
import type { SyncConfig } from '../domain/sync/config';
import type { Undo } from '../domain/sync/documents';
import type { Stamps } from '../domain/sync/settings';
import type { SyncedMark, SyncState } from '../domain/sync/state';

export const DB_NAME = 'faultlines';
export const DB_VERSION = 5;

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

/** One answered question of a quiz or Briefing, as kept with its result. */
export interface QuizAnswerRecord {
  questionId: string;
  correct: boolean;
  /** Every card the question tests, and those of them the answer got wrong. */
  cardIds: string[];
  missedCardIds: string[];
  answeredAt: number;
}

/** A quiz or Briefing taken on this device, written after every answer so a closed tab loses nothing. */
export interface QuizResultRecord {
  id: string;
  mode: 'quiz' | 'briefing';
  deckIds: string[];
  topics: string[];
  seed: string;
  questionCount: number;
  /** When true, answers did not touch the schedule. */
  practice: boolean;
  startedAt: number;
  finishedAt?: number;
  answers: QuizAnswerRecord[];
}

/** A student's result, as entered from their result code. */
export interface ClassStudentRecord {
  name: string;
  code: string;
  /** The decoded responses, one per question (null: unanswered). */
  responses: unknown[];
  addedAt: number;
}

/** A quiz a teacher shared with a class, and the results collected so far. */
export interface ClassSessionRecord {
  id: string;
  /** The share spec, as the classroom domain defines it. */
  spec: unknown;
  title: string;
  createdAt: number;
  students: ClassStudentRecord[];
}

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
    db.createObjectStore('undos', { keyPath: 'reviewId' });
    db.createObjectStore('sync');
    db.createObjectStore('synced', { keyPath: 'id' });
  }
}
