/**
 * The documents a learner's devices share through a CouchDB database. Each kind is named by a
 * prefix and the id of the record it carries, so two devices writing the same record write the
 * same document, and no two records ever share one:
 *
 * - `review:<id>` one rating, written once and never changed (no memories: each device rebuilds them);
 * - `undo:<id>` the undo of rating `<id>`, written once: undo is a record of its own, never an edit;
 * - `setting:<name>` one preference, the last writer winning by `updatedAt` (ties by device id);
 * - `deck:<id>`, `quiz:<id>`, `class:<id>` an imported deck, a quiz result, a class session, whole.
 *
 * `v` is the document format: a device refuses a document of a newer format rather than guess.
 */
import type { Grade } from '../memory';
import type { ReviewSource } from '../records';

export const SYNC_FORMAT = 1;

/** A rating as it travels: what happened, never what FSRS made of it. */
export interface SyncedReview {
  id: string;
  cardId: string;
  time: number;
  grade: Grade;
  source: ReviewSource;
}

/** A rating undone on some device; `time` is the time of the rating it undoes. */
export interface Undo {
  reviewId: string;
  cardId: string;
  time: number;
}

/** The preferences that follow the learner from device to device (the rest describe one browser). */
export const SYNCED_SETTINGS = ['desiredRetention', 'newCardsPerDay', 'maxReviewsPerDay', 'theme'] as const;
export type SyncedSettingName = (typeof SYNCED_SETTINGS)[number];

/** One preference with the moment it was set and the device that set it. */
export interface SettingStamp {
  value: number | string;
  updatedAt: number;
  device: string;
}

export const PREFIXES = ['review', 'undo', 'setting', 'deck', 'quiz', 'class'] as const;
export type DocKind = (typeof PREFIXES)[number];

/** What a document holds besides `_id`, `_rev` and `v`, kind by kind. */
export interface DocBodies<Deck, Quiz, Session> {
  review: Omit<SyncedReview, 'id'>;
  undo: Omit<Undo, 'reviewId'>;
  setting: SettingStamp;
  deck: { deck: Deck };
  quiz: { result: Quiz };
  class: { session: Session };
}

/** A document to send: its id, the revision it replaces (for documents that change), its body. */
export interface OutgoingDoc {
  _id: string;
  _rev?: string;
  v: typeof SYNC_FORMAT;
  [field: string]: unknown;
}

export const docId = (kind: DocKind, key: string): string => `${kind}:${key}`;

/** The kind and key of a document id, or undefined for an id that is none of ours. */
export function parseDocId(id: string): { kind: DocKind; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const kind = id.slice(0, colon) as DocKind;
  return PREFIXES.includes(kind) ? { kind, key: id.slice(colon + 1) } : undefined;
}

/** Write-once kinds: a conflict on sending one means the server has it already. */
export const WRITE_ONCE: ReadonlySet<DocKind> = new Set(['review', 'undo']);

export function reviewDoc({ id, cardId, time, grade, source }: SyncedReview): OutgoingDoc {
  return { _id: docId('review', id), v: SYNC_FORMAT, cardId, time, grade, source };
}

export function undoDoc({ reviewId, cardId, time }: Undo): OutgoingDoc {
  return { _id: docId('undo', reviewId), v: SYNC_FORMAT, cardId, time };
}

export function settingDoc(name: SyncedSettingName, stamp: SettingStamp, rev?: string): OutgoingDoc {
  return { _id: docId('setting', name), ...(rev ? { _rev: rev } : {}), v: SYNC_FORMAT, value: stamp.value, updatedAt: stamp.updatedAt, device: stamp.device };
}

export function recordDoc(kind: 'deck' | 'quiz' | 'class', record: { id: string }, rev?: string): OutgoingDoc {
  const field = kind === 'deck' ? 'deck' : kind === 'quiz' ? 'result' : 'session';
  return { _id: docId(kind, record.id), ...(rev ? { _rev: rev } : {}), v: SYNC_FORMAT, [field]: record };
}
