/**
 * Sync's storage: its configuration and state, what waits to be sent, and the writing of a batch
 * the server sent. A batch is written in one transaction together with the checkpoint after it,
 * so a sync cut off anywhere leaves either the whole batch or none of it, and the next sync
 * resumes from the last checkpoint written.
 */
import type { IDBPTransaction } from 'idb';
import type { OffsetOf } from '../domain/calendar';
import type { LogChange } from '../domain/day-summary';
import type { Deck } from '../domain/deck/types';
import { normaliseSettings, type Settings } from '../domain/settings';
import type { SyncConfig } from '../domain/sync/config';
import { docId, recordDoc, reviewDoc, settingDoc, SYNCED_SETTINGS, undoDoc, type OutgoingDoc, type SyncedReview, type Undo } from '../domain/sync/documents';
import { fingerprint } from '../domain/sync/fingerprint';
import { canRateOn, mergeClassSession, mergeDeck, mergeQuizResult, rateOn, replayCard, type Rescheduler } from '../domain/sync/merge';
import { restamp, takeStamp, type Stamps } from '../domain/sync/settings';
import { addRefusals, EMPTY_SYNC_STATE, ONCE_MARK, type SyncedMark, type SyncState } from '../domain/sync/state';
import { EARLIEST_TIME, type Incoming, type Refusal } from '../domain/sync/validate';
import type { Database } from './db';
import type { ClassSessionRecord, QuizAnswerRecord, QuizResultRecord, ReviewRecord, ReviewSource } from '../domain/records';
import { updateSummaries } from './day-summaries';
import type { FaultlinesSchema } from './schema';

export type IncomingDoc = Incoming<Deck, QuizResultRecord, ClassSessionRecord>;

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
  /** Notes documents the server now has: those that change with their revisions, and those written once by id. */
  markSent(marks: readonly SyncedMark[], writtenOnce: readonly string[]): Promise<void>;
  /** Writes a checked batch and its checkpoint in one transaction. `scheduling` gives FSRS for the settings then in force. */
  apply(batch: IncomingBatch, scheduling: (settings: Settings) => Rescheduler): Promise<BatchResult>;
}

const APPLY_STORES = ['reviews', 'memories', 'undos', 'settings', 'importedDecks', 'quizResults', 'classSessions', 'sync', 'synced', 'days'] as const;
type ApplyTx = IDBPTransaction<FaultlinesSchema, typeof APPLY_STORES extends readonly (infer S)[] ? S[] : never, 'readwrite'>;

function group<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every mark whose id starts with `prefix:`. */
const prefixed = (prefix: string) => IDBKeyRange.bound(`${prefix}:`, `${prefix}:\uffff`);

export function syncRepository({ run, offsetOf }: Database): SyncRepository {
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
        const [reviewIds, undos, decks, quizzes, classes, stamps, onceMarks, ...changing] = await Promise.all([
          tx.objectStore('reviews').index('by-time').getAllKeys(),
          tx.objectStore('undos').getAll(),
          tx.objectStore('importedDecks').getAll(),
          tx.objectStore('quizResults').getAll(),
          tx.objectStore('classSessions').getAll(),
          tx.objectStore('sync').get('stamps') as Promise<Stamps | undefined>,
          synced.getAll(prefixed(ONCE_MARK)),
          ...['setting', 'deck', 'quiz', 'class'].map((p) => synced.getAll(prefixed(p))),
        ]);
        const marked = new Set(onceMarks.flatMap((m) => m.ids ?? []));
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
    markSent: (marks, writtenOnce) =>
      run(async (db) => {
        const tx = db.transaction('synced', 'readwrite');
        const once = writtenOnce.length ? [tx.store.put({ id: `${ONCE_MARK}:sent:${writtenOnce[0]}`, ids: [...writtenOnce] })] : [];
        await Promise.all([...marks.map((m) => tx.store.put(m)), ...once, tx.done]);
      }),
    apply: (batch, scheduling) =>
      run(async (db) => {
        const tx = db.transaction([...APPLY_STORES], 'readwrite');
        // Aborting below rejects tx.done; the error that caused it is the one to report.
        tx.done.catch(() => undefined);
        try {
          const result = await applyBatch(tx, batch, scheduling, offsetOf);
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
async function applyBatch(tx: ApplyTx, batch: IncomingBatch, scheduling: (settings: Settings) => Rescheduler, offsetOf: OffsetOf): Promise<BatchResult> {
  const sync = tx.objectStore('sync');
  const reviews = tx.objectStore('reviews');
  const memories = tx.objectStore('memories');
  const undos = tx.objectStore('undos');
  const marks: SyncedMark[] = [];
  /** Ratings and undos received: marked all together, in one record. */
  const once: string[] = [];
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

  // What this batch changes in the log and in quiz answers: the day summaries follow it (below).
  const change = { addedRatings: [] as ReviewRecord[], removedRatings: [] as ReviewRecord[], addedAnswers: [] as QuizAnswerRecord[], removedAnswers: [] as QuizAnswerRecord[] } satisfies LogChange;
  const records = async <R extends { id: string }>(
    store: 'importedDecks' | 'quizResults' | 'classSessions', docs: { id: string; rev: string; record: R }[], merge: (here: R | undefined, incoming: R) => R,
    onChange?: (here: R | undefined, merged: R) => void,
  ) => {
    let changed = false;
    for (const { id, rev, record } of docs) {
      const here = (await tx.objectStore(store).get(record.id)) as R | undefined;
      const merged = merge(here, record);
      if (merged !== here) {
        await tx.objectStore(store).put(merged as never);
        onChange?.(here, merged);
        changed = true;
      }
      marks.push({ id, rev, fingerprint: fingerprint(record) });
    }
    return changed;
  };
  result.decksChanged = await records('importedDecks', of('deck').map((d) => ({ ...d, record: d.deck })), mergeDeck);
  await records('quizResults', of('quiz').map((d) => ({ ...d, record: d.result })), mergeQuizResult, (here, merged) => {
    change.removedAnswers.push(...(here?.answers ?? []));
    change.addedAnswers.push(...merged.answers);
  });
  await records('classSessions', of('class').map((d) => ({ ...d, record: d.session })), mergeClassSession);

  // Requests are issued together and awaited together: one at a time, a batch of 1,000 ratings
  // waits on thousands of round trips (134 s for 100,000 ratings, against 3 s of server time).
  const writes: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    // Marked handled at once: if one fails, the transaction aborts and rejects the others too.
    request.catch(() => undefined);
    writes.push(request);
  };

  // Undos, then ratings: a rating whose undo is known (here or in this batch) is never added.
  const undoDocs = of('undo');
  const undone = new Map(undoDocs.map((d) => [d.undo.reviewId, d.undo] as const));
  const [knownUndos, undoneRows] = await Promise.all([
    Promise.all(undoDocs.map((d) => undos.getKey(d.undo.reviewId))),
    Promise.all([...undone.keys()].map((id) => reviews.get(id))),
  ]);
  undoDocs.forEach((doc, i) => {
    if (knownUndos[i] === undefined) write(undos.put(doc.undo));
    once.push(doc.id);
  });
  const removes = new Map<string, string[]>();
  for (const row of undoneRows) if (row) group(removes, row.cardId, row.id);
  const undoneById = new Map(undoneRows.flatMap((row) => (row ? [[row.id, row] as const] : [])));

  const reviewDocs = of('review');
  const known = await Promise.all(reviewDocs.map((d) => Promise.all([undos.getKey(d.review.id), reviews.getKey(d.review.id)])));
  const adds = new Map<string, SyncedReview[]>();
  const seen = new Set<string>();
  reviewDocs.forEach((doc, i) => {
    once.push(doc.id);
    const { review } = doc;
    const [undoneHere, here] = known[i]!;
    if (seen.has(review.id) || undone.has(review.id) || undoneHere !== undefined || here !== undefined) return;
    seen.add(review.id);
    group(adds, review.cardId, review);
  });

  const scheduler = scheduling(settings);
  const cardIds = [...new Set([...adds.keys(), ...removes.keys()])];
  const stored = await Promise.all(cardIds.map((id) => memories.get(id)));
  // Only a card rated out of order, or with an undo, needs its whole log read and replayed.
  const plans = cardIds.map((cardId, i) => {
    const added = adds.get(cardId) ?? [];
    const removed = new Set(removes.get(cardId));
    return { cardId, added, removed, memory: stored[i], rateOn: canRateOn(stored[i], added, removed.size) };
  });
  const logs = await Promise.all(plans.map((p) => (p.rateOn ? undefined : reviews.index('by-card').getAll(p.cardId))));
  plans.forEach((p, i) => {
    const rebuilt = p.rateOn
      ? rateOn(p.cardId, p.memory, p.added, scheduler)
      : replayCard(p.cardId, p.memory, logs[i]!.filter((r) => !p.removed.has(r.id)), p.added, scheduler.replay);
    for (const reviewId of p.removed) write(reviews.delete(reviewId));
    for (const row of rebuilt.put) write(reviews.put(row as ReviewRecord));
    // A replay may rewrite rows already here (their memories change): the old row's count goes out, the new one's in.
    const old = new Map((logs[i] ?? []).map((r) => [r.id, r]));
    for (const reviewId of p.removed) change.removedRatings.push(undoneById.get(reviewId)!);
    for (const row of rebuilt.put) {
      const was = old.get(row.id);
      if (was) change.removedRatings.push(was);
      change.addedRatings.push(row as ReviewRecord);
    }
    write(rebuilt.memory ? memories.put(rebuilt.memory) : memories.delete(p.cardId));
    result.cardIds.push(p.cardId);
    result.ratingsAdded += p.added.length;
    result.ratingsUndone += p.removed.size;
  });

  await updateSummaries(tx.objectStore('days'), offsetOf, change);
  for (const mark of marks) write(tx.objectStore('synced').put(mark));
  if (once.length) write(tx.objectStore('synced').put({ id: `${ONCE_MARK}:received:${String(batch.checkpoint)}`, ids: once }));
  const state = { ...EMPTY_SYNC_STATE, ...((await sync.get('state')) as SyncState | undefined) };
  write(sync.put({ ...state, checkpoint: batch.checkpoint, refused: addRefusals(state.refused, batch.refused) }, 'state'));
  await Promise.all(writes);
  return result;
}
