/**
 * Every document the server sends is untrusted input, checked like a backup record before anything
 * is written: its id, its format, its fields and their ranges, times no later than now (give or
 * take a little clock skew between devices) and card ids this device knows. A document that fails
 * is refused with its id and the reason in words, and changes nothing. Decks, quiz results and
 * class sessions go through the backup's own record checks.
 */
import { CARD_ID, DECK_ID } from '../trust';
import { formatProblem, type BackupProblem, type RecordCheck, type ShippedIds } from '../backup/format';
import { NEW_PER_DAY_RANGE, RETENTION_RANGE, REVIEWS_PER_DAY_RANGE } from '../settings';
import type { Grade } from '../memory';
import { REVIEW_SOURCES, type ReviewSource } from '../records';
import { GRADE } from '../trust';
import { collectProblems, fieldsOf, isObject, show, type Report } from '../validation';
import {
  parseDocId, SYNC_FORMAT, SYNCED_SETTINGS, type SettingStamp, type SyncedReview, type SyncedSettingName, type Undo,
} from './documents';

/** How far ahead of this device's clock another device's clock may run. */
export const CLOCK_SKEW_MS = 15 * 60_000;
/** Nothing was rated before Faultlines existed: an earlier time is damage, not history. */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/** Review ids are UUIDs here; anything id-like up to 100 characters is accepted from elsewhere. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * The backup's checks for the records that travel whole (from its store table, so that sync checks
 * exactly what a restore checks, and tightens whenever the backup's checks do).
 */
export interface RecordChecks {
  deck: RecordCheck;
  quiz: RecordCheck;
  classSession: RecordCheck;
}

export interface IncomingContext {
  now: number;
  records: RecordChecks;
  /** The deck a card id belongs to here (shipped or imported), if any. */
  deckOfCard(cardId: string): string | undefined;
  /** Whether a deck id is one of the shipped decks (an import may never take its place). */
  isShippedDeck(deckId: string): boolean;
  /** Everything Faultlines ships, for the backup's record checks (an imported id may not take a shipped one). */
  shipped: ShippedIds;
}

/** A document that passed its checks, as the record it carries. */
export type Incoming<Deck = unknown, Quiz = unknown, Session = unknown> =
  | { kind: 'review'; id: string; rev: string; review: SyncedReview }
  | { kind: 'undo'; id: string; rev: string; undo: Undo }
  | { kind: 'setting'; id: string; rev: string; name: SyncedSettingName; stamp: SettingStamp }
  | { kind: 'deck'; id: string; rev: string; deck: Deck }
  | { kind: 'quiz'; id: string; rev: string; result: Quiz }
  | { kind: 'class'; id: string; rev: string; session: Session };

/** A document refused: its id (or where it was in the batch) and why, in words. */
export interface Refusal {
  id: string;
  reason: string;
}

export type ReadResult<Deck, Quiz, Session> =
  | { ok: true; doc: Incoming<Deck, Quiz, Session> }
  | { ok: false; refusal: Refusal }
  /** Not ours to read: a design document, or a deletion (the log only shrinks by undo documents). */
  | { ok: 'skip' };


/** Checks one change's document. `raw` is whatever the server put in the `doc` field. */
export function readIncoming<Deck, Quiz, Session>(raw: unknown, context: IncomingContext): ReadResult<Deck, Quiz, Session> {
  if (!isObject(raw)) return refuse('(a document without an id)', `it is ${show(raw)}, not a document`);
  const id = raw._id;
  if (typeof id !== 'string' || id === '') return refuse('(a document without an id)', 'it has no _id');
  if (id.startsWith('_design/') || raw._deleted === true) return { ok: 'skip' };
  const parsed = parseDocId(id);
  if (!parsed) return refuse(id, 'it is not a kind of document Faultlines syncs (perhaps it comes from a newer version)');
  if (typeof raw._rev !== 'string' || raw._rev === '') return refuse(id, 'it has no revision (_rev)');
  if (raw.v !== SYNC_FORMAT) {
    return refuse(id, typeof raw.v === 'number' && raw.v > SYNC_FORMAT
      ? 'it was written by a newer version of Faultlines; update this one (reload it when online)'
      : `its format v must be ${SYNC_FORMAT}, found ${show(raw.v)}`);
  }
  const { kind, key } = parsed;
  const { problems, report } = collectProblems();
  const rev = raw._rev;

  if ((kind === 'review' || kind === 'undo' || kind === 'quiz' || kind === 'class') && !RECORD_ID.test(key)) {
    return refuse(id, 'its id must be letters, digits, dots, dashes or underscores after the prefix');
  }
  switch (kind) {
    case 'review': {
      checkRating(raw, report, context);
      fieldsOf(raw, '', report, 'a document')?.number('grade', GRADE);
      if (!REVIEW_SOURCES.includes(raw.source as ReviewSource)) report({ path: 'source', message: `must be one of ${REVIEW_SOURCES.join(', ')}, found ${show(raw.source)}` });
      return done(id, problems, () => ({
        kind, id, rev,
        review: { id: key, cardId: raw.cardId as string, time: raw.time as number, grade: raw.grade as Grade, source: raw.source as ReviewSource },
      }));
    }
    case 'undo':
      checkRating(raw, report, context);
      return done(id, problems, () => ({ kind, id, rev, undo: { reviewId: key, cardId: raw.cardId as string, time: raw.time as number } }));
    case 'setting': {
      if (!SYNCED_SETTINGS.includes(key as SyncedSettingName)) return refuse(id, `"${key}" is not a setting Faultlines syncs`);
      const name = key as SyncedSettingName;
      checkSettingValue(name, raw.value, report);
      checkTime(raw, 'updatedAt', report, context.now);
      if (!(typeof raw.device === 'string' && DEVICE_ID.test(raw.device))) report({ path: 'device', message: `must be a device id, found ${show(raw.device)}` });
      return done(id, problems, () => ({
        kind, id, rev, name, stamp: { value: raw.value as SettingStamp['value'], updatedAt: raw.updatedAt as number, device: raw.device as string },
      }));
    }
    case 'deck':
      if (!DECK_ID.test(key)) return refuse(id, 'its id must be a deck id: lower-case letters, digits and dashes');
      if (context.isShippedDeck(key)) return refuse(id, `it would replace the shipped deck "${key}"; an imported deck needs an id of its own`);
      checkRecord(raw, 'deck', key, context.records.deck, report, context);
      checkDeckCards(raw.deck, key, report, context);
      return done(id, problems, () => ({ kind, id, rev, deck: raw.deck as Deck }));
    case 'quiz':
      checkRecord(raw, 'result', key, context.records.quiz, report, context);
      return done(id, problems, () => ({ kind, id, rev, result: raw.result as Quiz }));
    case 'class':
      checkRecord(raw, 'session', key, context.records.classSession, report, context);
      return done(id, problems, () => ({ kind, id, rev, session: raw.session as Session }));
  }
}

function refuse(id: string, reason: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { id, reason } };
}

function done<D, Q, S>(id: string, problems: BackupProblem[], build: () => Incoming<D, Q, S>): ReadResult<D, Q, S> {
  if (problems.length === 0) return { ok: true, doc: build() };
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : '';
  return refuse(id, `${formatProblem(first!)}${more}`);
}

/** The fields a review and an undo share: a known card, and a time that has already happened. */
function checkRating(doc: Record<string, unknown>, report: Report, context: IncomingContext): void {
  const cardId = doc.cardId;
  if (!(typeof cardId === 'string' && CARD_ID.test(cardId))) report({ path: 'cardId', message: `must be a card id like "act-007", found ${show(cardId)}` });
  else if (context.deckOfCard(cardId) === undefined) report({ path: 'cardId', message: `is ${show(cardId)}, a card this device does not have` });
  checkTime(doc, 'time', report, context.now);
}

function checkTime(doc: Record<string, unknown>, field: string, report: Report, now: number): void {
  const time = doc[field];
  if (time === undefined) return report({ path: field, message: 'is missing' });
  if (!(typeof time === 'number' && Number.isFinite(time) && time >= EARLIEST_TIME)) {
    return report({ path: field, message: `must be a time (epoch milliseconds since 2020), found ${show(time)}` });
  }
  if (time > now + CLOCK_SKEW_MS) report({ path: field, message: `is ${new Date(time).toISOString()}, later than now on this device` });
}

function checkSettingValue(name: SyncedSettingName, value: unknown, report: Report): void {
  const range = (r: { min: number; max: number }, integer: boolean) => {
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= r.min && value <= r.max && (!integer || Number.isInteger(value));
    if (!ok) report({ path: 'value', message: `must be ${integer ? 'a whole number' : 'a number'} from ${r.min} to ${r.max}, found ${show(value)}` });
  };
  if (name === 'desiredRetention') range(RETENTION_RANGE, false);
  else if (name === 'newCardsPerDay') range(NEW_PER_DAY_RANGE, true);
  else if (name === 'maxReviewsPerDay') range(REVIEWS_PER_DAY_RANGE, true);
  else if (!['system', 'light', 'dark'].includes(value as string)) report({ path: 'value', message: `must be one of system, light, dark, found ${show(value)}` });
}

/** A record carried whole under `field`, checked by the backup's check for its store, with its id matching the document's. */
function checkRecord(doc: Record<string, unknown>, field: string, key: string, check: RecordCheck, report: Report, context: IncomingContext): void {
  const record = doc[field];
  if (record === undefined) return report({ path: field, message: 'is missing' });
  // Another device's clock may run a little ahead of this one's: its records may be as late as that.
  check(record, field, report, { madeAt: context.now + CLOCK_SKEW_MS, shipped: context.shipped });
  if (isObject(record) && record.id !== undefined && record.id !== key) {
    report({ path: `${field}.id`, message: `must be the document's own id ${show(key)}, found ${show(record.id)}` });
  }
}

/** An imported deck's cards may not take ids that belong to another deck here: ratings would then be ambiguous. */
function checkDeckCards(deck: unknown, deckId: string, report: Report, context: IncomingContext): void {
  if (!isObject(deck) || !Array.isArray(deck.cards)) return;
  deck.cards.forEach((card: unknown, i) => {
    const cardId = isObject(card) ? card.id : undefined;
    if (typeof cardId !== 'string') return;
    const owner = context.deckOfCard(cardId);
    if (owner !== undefined && owner !== deckId) report({ path: `deck.cards[${i}].id`, message: `is ${show(cardId)}, which belongs to the deck "${owner}" here` });
  });
}
