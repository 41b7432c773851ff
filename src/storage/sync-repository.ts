/**
 * Sync's storage: its configuration and state, what waits to be sent, and the writing of a batch
 * the server sent. A batch is written in one transaction together with the checkpoint after it,
 * so a sync cut off anywhere leaves either the whole batch or none of it, and the next sync
 * resumes from the last checkpoint written.
 */
import type { IDBPTransaction } from 'idb';
import type { Deck } from '../domain/deck/types';
import { normaliseSettings, type Settings } from '../domain/settings';
import type { SyncConfig } from '../domain/sync/config';
import { docId, recordDoc, reviewDoc, settingDoc, SYNCED_SETTINGS, undoDoc, type OutgoingDoc, type ReviewSource as SyncedSource, type SyncedReview, type Undo } from '../domain/sync/documents';
import { fingerprint } from '../domain/sync/fingerprint';
import { canRateOn, mergeClassSession, mergeDeck, mergeQuizResult, rateOn, replayCard, type Rescheduler } from '../domain/sync/merge';
import { restamp, takeStamp, type Stamps } from '../domain/sync/settings';
import { addRefusals, EMPTY_SYNC_STATE, type SyncedMark, type SyncState } from '../domain/sync/state';
import { EARLIEST_TIME, type Incoming, type Refusal } from '../domain/sync/validate';
import type { Database } from './db';
import type { ClassSessionRecord, FaultlinesSchema, QuizResultRecord, ReviewRecord, ReviewSource } from './schema';

export type IncomingDoc = Incoming<Deck, QuizResultRecord, ClassSessionRecord>;

// A rating from any source the log knows must be able to travel, and nothing else.
const _sameSources: [ReviewSource, SyncedSource] extends [SyncedSource, ReviewSource] ? true : never = true;

/** One batch of the server's changes feed, checked: what passed, what was refused, and where it ends. */
export interface IncomingBatch {
  docs: IncomingDoc[];
  refused: Refusal[];
  /** The feed's sequence after this batch. */
  checkpoint: string | number;
}

export interface BatchResult {
  /** Cards whose log (and so memory) changed. */
  cardIds: string[];
  ratingsAdded: number;
  ratingsUndone: number;
  decksChanged: boolean;
  settingsChanged: boolean;
}

/** A document waiting to be sent, with the mark to keep once the server has it. */
export interface Pending {
  doc: OutgoingDoc;
  fingerprint?: string;
}

export interface Outbox {
  /** Settings, decks, class sessions, quiz results and undos to send, whole. */
  docs: Pending[];
  /** Ratings to send, oldest first; read in slices with `reviewDocs`, since there may be many. */
  reviewIds: string[];
  count: number;
}

export interface SyncRepository {
  config(): Promise<SyncConfig | undefined>;
  state(): Promise<SyncState>;
  /** Starts syncing with `config`; what an earlier sync kept (checkpoint, marks, stamps) is forgotten with it. */
  begin(config: SyncConfig): Promise<void>;
  /** Stops syncing: forgets the configuration with its credentials, the state, marks and stamps. Progress stays. */
  forget(): Promise<void>;
  /** Merges `changes` into the state; a field given as undefined is removed. */
  saveState(changes: Partial<SyncState>): Promise<SyncState>;
  /** The server no longer knows this device (a new or emptied database): read and send everything again. */
  startOver(): Promise<void>;
  /** Stamps the synced settings that changed since sync last looked; `device` is this device's id. */
  stampSettings(now: number, device: string): Promise<void>;
  outbox(): Promise<Outbox>;
  reviewDocs(ids: readonly string[]): Promise<OutgoingDoc[]>;
  /** Notes documents the server now has, with their revisions. */
  markSent(marks: readonly SyncedMark[]): Promise<void>;
  /** Writes a checked batch and its checkpoint in one transaction. `scheduling` gives FSRS for the settings then in force. */
  apply(batch: IncomingBatch, scheduling: (settings: Settings) => Rescheduler): Promise<BatchResult>;
}

const APPLY_STORES = ['reviews', 'memories', 'undos', 'settings', 'importedDecks', 'quizResults', 'classSessions', 'sync', 'synced'] as const;
type ApplyTx = IDBPTransaction<FaultlinesSchema, typeof APPLY_STORES extends readonly (infer S)[] ? S[] : never, 'readwrite'>;

function group<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every mark whose id starts with `prefix:`. */
const prefixed = (prefix: string) => IDBKeyRange.bound(`${prefix}:`, `${prefix}:\uffff`);

export function syncRepository({ run }: Database): SyncRepository {
  const readState = async (get: (key: 'state') => Promise<unknown>) => ({ ...EMPTY_SYNC_STATE, ...((await get('state')) as SyncState | undefined) });
  return {
    config: () => run(async (db) => (await db.get('sync', 'config')) as SyncConfig | undefined),
    state: () => run((db) => readState((key) => db.get('sync', key))),
    begin: (config) =>
      run(async (db) => {
        const tx = db.transaction(['sync', 'synced'], 'readwrite');
        const sync = tx.objectStore('sync');
        await Promise.all([sync.clear(), tx.objectStore('synced').clear()]);
        await Promise.all([sync.put(config, 'config'), sync.put(EMPTY_SYNC_STATE, 'state'), tx.done]);
      }),
    forget: () =>
      run(async (db) => {
        const tx = db.transaction(['sync', 'synced'], 'readwrite');
        await Promise.all([tx.objectStore('sync').clear(), tx.objectStore('synced').clear(), tx.done]);
      }),
    saveState: (changes) =>
      run(async (db) => {
        const tx = db.transaction('sync', 'readwrite');
        const next: Record<string, unknown> = { ...(await readState((key) => tx.store.get(key))), ...changes };
        for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
        await Promise.all([tx.store.put(next as unknown as SyncState, 'state'), tx.done]);
        return next as unknown as SyncState;
      }),
    startOver: () =>
      run(async (db) => {
        const tx = db.transaction(['sync', 'synced'], 'readwrite');
        const { checkpoint: _, ...state } = await readState((key) => tx.objectStore('sync').get(key));
        await Promise.all([tx.objectStore('synced').clear(), tx.objectStore('sync').put({ ...state, refused: [] }, 'state'), tx.done]);
      }),
    stampSettings: (now, device) =>
      run(async (db) => {
        const tx = db.transaction(['settings', 'sync'], 'readwrite');
        const settings = normaliseSettings(await tx.objectStore('settings').get('app'));
        const stamps = ((await tx.objectStore('sync').get('stamps')) ?? {}) as Stamps;
        const next = restamp(settings, stamps, now, device);
        if (next) await tx.objectStore('sync').put(next, 'stamps');
        await tx.done;
      }),
    outbox: () =>
      run(async (db) => {
        const tx = db.transaction(['reviews', 'undos', 'importedDecks', 'quizResults', 'classSessions', 'sync', 'synced']);
        const synced = tx.objectStore('synced');
        const [reviewIds, undos, decks, quizzes, classes, stamps, markedIds, ...changing] = await Promise.all([
          tx.objectStore('reviews').index('by-time').getAllKeys(),
          tx.objectStore('undos').getAll(),
          tx.objectStore('importedDecks').getAll(),
          tx.objectStore('quizResults').getAll(),
          tx.objectStore('classSessions').getAll(),
          tx.objectStore('sync').get('stamps') as Promise<Stamps | undefined>,
          synced.getAllKeys(),
          ...['setting', 'deck', 'quiz', 'class'].map((p) => synced.getAll(prefixed(p))),
        ]);
        const marked = new Set(markedIds);
        const marks = new Map(changing.flat().map((m) => [m.id, m]));
        const docs: Pending[] = [];
        // Whole records that may change: sent when never sent, or changed since.
        const offer = (id: string, content: unknown, doc: (rev?: string) => OutgoingDoc) => {
          const print = fingerprint(content);
          const mark = marks.get(id);
          if (mark?.fingerprint !== print) docs.push({ doc: doc(mark?.rev), fingerprint: print });
        };
        for (const name of SYNCED_SETTINGS) {
          const stamp = stamps?.[name];
          // A default nobody chose (stamped as old as can be) can only lose: it is not worth sending.
          if (stamp && stamp.updatedAt > EARLIEST_TIME) offer(docId('setting', name), stamp, (rev) => settingDoc(name, stamp, rev));
        }
        // Decks before the ratings of their cards, so a device reading the feed in order knows the cards.
        for (const deck of decks) offer(docId('deck', deck.id), deck, (rev) => recordDoc('deck', deck, rev));
        for (const session of classes) offer(docId('class', session.id), session, (rev) => recordDoc('class', session, rev));
        for (const result of quizzes) offer(docId('quiz', result.id), result, (rev) => recordDoc('quiz', result, rev));
        const waitingReviews = reviewIds.filter((id) => !marked.has(docId('review', id)));
        const waitingUndos = undos.filter((u) => !marked.has(docId('undo', u.reviewId)));
        return {
          docs: [...docs, ...waitingUndos.map((u) => ({ doc: undoDoc(u) }))],
          reviewIds: waitingReviews,
          count: docs.length + waitingUndos.length + waitingReviews.length,
        };
      }),
    reviewDocs: (ids) =>
      run(async (db) => {
        const store = db.transaction('reviews').store;
        const rows = await Promise.all(ids.map((id) => store.get(id)));
        return rows.filter((r): r is ReviewRecord => r !== undefined).map((r) => reviewDoc(r));
      }),
    markSent: (marks) =>
      run(async (db) => {
        const tx = db.transaction('synced', 'readwrite');
        await Promise.all([...marks.map((m) => tx.store.put(m)), tx.done]);
      }),
    apply: (batch, scheduling) =>
      run(async (db) => {
        const tx = db.transaction([...APPLY_STORES], 'readwrite');
        // Aborting below rejects tx.done; the error that caused it is the one to report.
        tx.done.catch(() => undefined);
        try {
          const result = await applyBatch(tx, batch, scheduling);
          await tx.done;
          return result;
        } catch (error) {
          try { tx.abort(); } catch { /* already aborted by the failed request */ }
          throw error;
        }
      }),
  };
}

/** The writing of one batch, all inside `tx`: nothing here may wait on anything but its requests. */
async function applyBatch(tx: ApplyTx, batch: IncomingBatch, scheduling: (settings: Settings) => Rescheduler): Promise<BatchResult> {
  const sync = tx.objectStore('sync');
  const reviews = tx.objectStore('reviews');
  const memories = tx.objectStore('memories');
  const undos = tx.objectStore('undos');
  const marks: SyncedMark[] = [];
  const result: BatchResult = { cardIds: [], ratingsAdded: 0, ratingsUndone: 0, decksChanged: false, settingsChanged: false };
  const of = <K extends IncomingDoc['kind']>(kind: K) => batch.docs.filter((d): d is Extract<IncomingDoc, { kind: K }> => d.kind === kind);

  // Settings first: the desired retention in force schedules the ratings that follow.
  let settings = normaliseSettings(await tx.objectStore('settings').get('app'));
  let stamps = ((await sync.get('stamps')) ?? {}) as Stamps;
  const storedStamps = stamps;
  for (const doc of of('setting')) {
    const taken = takeStamp(settings, stamps, doc.name, doc.stamp);
    settings = taken.settings;
    stamps = taken.stamps;
    result.settingsChanged ||= taken.changed;
    marks.push({ id: doc.id, rev: doc.rev, fingerprint: fingerprint(doc.stamp) });
  }
  if (result.settingsChanged) await tx.objectStore('settings').put(settings, 'app');
  if (stamps !== storedStamps) await sync.put(stamps, 'stamps');

  const records = async <R extends { id: string }>(store: 'importedDecks' | 'quizResults' | 'classSessions', docs: { id: string; rev: string; record: R }[], merge: (here: R | undefined, incoming: R) => R) => {
    let changed = false;
    for (const { id, rev, record } of docs) {
      const here = (await tx.objectStore(store).get(record.id)) as R | undefined;
      const merged = merge(here, record);
      if (merged !== here) {
        await tx.objectStore(store).put(merged as never);
        changed = true;
      }
      marks.push({ id, rev, fingerprint: fingerprint(record) });
    }
    return changed;
  };
  result.decksChanged = await records('importedDecks', of('deck').map((d) => ({ ...d, record: d.deck })), mergeDeck);
  await records('quizResults', of('quiz').map((d) => ({ ...d, record: d.result })), mergeQuizResult);
  await records('classSessions', of('class').map((d) => ({ ...d, record: d.session })), mergeClassSession);

  // Undos, then ratings: a rating whose undo is known (here or in this batch) is never added.
  const undone = new Map<string, Undo>();
  for (const doc of of('undo')) {
    undone.set(doc.undo.reviewId, doc.undo);
    if ((await undos.getKey(doc.undo.reviewId)) === undefined) await undos.put(doc.undo);
    marks.push({ id: doc.id, rev: doc.rev });
  }
  const adds = new Map<string, SyncedReview[]>();
  const removes = new Map<string, string[]>();
  for (const reviewId of undone.keys()) {
    const row = await reviews.get(reviewId);
    if (row) group(removes, row.cardId, reviewId);
  }
  const seen = new Set<string>();
  for (const doc of of('review')) {
    marks.push({ id: doc.id, rev: doc.rev });
    const { review } = doc;
    if (seen.has(review.id) || undone.has(review.id)) continue;
    seen.add(review.id);
    if ((await undos.getKey(review.id)) !== undefined || (await reviews.getKey(review.id)) !== undefined) continue;
    group(adds, review.cardId, review);
  }

  const scheduler = scheduling(settings);
  for (const cardId of new Set([...adds.keys(), ...removes.keys()])) {
    const added = adds.get(cardId) ?? [];
    const removed = new Set(removes.get(cardId));
    const memory = await memories.get(cardId);
    const rebuilt = canRateOn(memory, added, removed.size)
      ? rateOn(cardId, memory, added, scheduler)
      : replayCard(cardId, memory, (await reviews.index('by-card').getAll(cardId)).filter((r) => !removed.has(r.id)), added, scheduler.replay);
    for (const reviewId of removed) await reviews.delete(reviewId);
    for (const row of rebuilt.put) await reviews.put(row as ReviewRecord);
    await (rebuilt.memory ? memories.put(rebuilt.memory) : memories.delete(cardId));
    result.cardIds.push(cardId);
    result.ratingsAdded += added.length;
    result.ratingsUndone += removed.size;
  }

  for (const mark of marks) await tx.objectStore('synced').put(mark);
  const state = { ...EMPTY_SYNC_STATE, ...((await sync.get('state')) as SyncState | undefined) };
  await sync.put({ ...state, checkpoint: batch.checkpoint, refused: addRefusals(state.refused, batch.refused) }, 'state');
  return result;
}
