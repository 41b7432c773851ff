/**
 * The database as a backup sees it: every store read in one transaction (one moment's state), and
 * every store rewritten in one transaction (a restore is all or nothing). BACKUP_STORES is the one
 * list of stores; a store added to the schema does not compile until it has an entry here (or in NOT_BACKED_UP).
 */
import { unwrap, type StoreNames, type StoreValue } from 'idb';
import type { DayKey } from '../domain/calendar';
import { applyLogChange, countInto, daysTouched, dropEmpty, type DaySummary, type LogChange, type SummarisedAnswer, type SummarisedRating } from '../domain/day-summary';
import type { StoreSpec } from '../domain/backup/format';
import { checkClassSession, checkImportedDeck, checkMemory, checkQuizResult, checkReview, checkSettings } from '../domain/backup/records';
import { normaliseSettings } from '../domain/settings';
import type { Database } from './db';
import { replaceSummaries } from './day-summaries';
import type { FaultlinesSchema } from './schema';

/**
 * Stores a backup leaves out: sync's bookkeeping, which describes this device's link to a sync
 * server (and holds its password), like the device settings a backup never carries; and the day
 * summaries, which are counted from the log a restore writes (so a file cannot make them disagree).
 */
export const NOT_BACKED_UP = ['undos', 'sync', 'synced', 'days'] as const satisfies readonly StoreNames<FaultlinesSchema>[];

type StoreName = Exclude<StoreNames<FaultlinesSchema>, (typeof NOT_BACKED_UP)[number]>;

/**
 * Every store, and how a backup carries it. To add a store (imported decks, classroom sessions):
 * one entry here, and the check for its records in domain/backup/records.ts. A list store's `key`
 * is its key path; `optional: true` lets backups made before the store existed restore with none.
 */
export const BACKUP_STORES = {
  memories: { shape: 'list', key: 'cardId', check: checkMemory, merge: 'rebuilt' },
  reviews: { shape: 'list', key: 'id', check: checkReview, merge: 'union' },
  quizResults: { shape: 'list', key: 'id', check: checkQuizResult, merge: 'union' },
  settings: { shape: 'single', key: 'app', check: checkSettings, merge: 'keep-here' },
  importedDecks: { shape: 'list', key: 'id', check: checkImportedDeck, merge: 'union', optional: true },
  classSessions: { shape: 'list', key: 'id', check: checkClassSession, merge: 'union', optional: true },
} as const satisfies { readonly [Name in StoreName]: StoreSpec };

/** What a backup holds: each list store's records, and each single store's value. */
export type BackupData = {
  -readonly [Name in StoreName]: (typeof BACKUP_STORES)[Name]['shape'] extends 'list'
    ? StoreValue<FaultlinesSchema, Name>[]
    : StoreValue<FaultlinesSchema, Name>;
};

const STORE_NAMES = Object.keys(BACKUP_STORES) as StoreName[];
/** What a restore writes: the stores a backup carries, and the summaries counted from them. */
const REWRITTEN: StoreNames<FaultlinesSchema>[] = [...STORE_NAMES, 'days'];

export interface BackupRepository {
  /** Every store, read in one transaction. */
  readAll(): Promise<BackupData>;
  /**
   * Reads every store and replaces its contents with what `combine` makes of them, all in one
   * transaction: if anything fails, nothing changes. `combine` must be synchronous, or the
   * transaction would commit while it waits.
   */
  rewrite(combine: (here: BackupData) => BackupData): Promise<BackupData>;
  /** When the newest rating here was made, if there is one. */
  newestReviewTime(): Promise<number | undefined>;
  /** How many records each list store holds (what a "replace" would delete). */
  storeCounts(): Promise<Record<string, number>>;
  /**
   * Every store, read in one transaction but a page at a time, handed to `sink` in the order of
   * the stores' names (a backup's canonical order), so no more than a page of the log is in memory.
   * The sink must be synchronous: waiting on anything else would let the transaction commit.
   */
  readInPages(sink: StoreSink): Promise<void>;
}

/** Where readInPages sends the stores. */
export interface StoreSink {
  beginList(name: StoreName): void;
  records(records: readonly unknown[]): void;
  endList(): void;
  single(name: StoreName, value: unknown): void;
}

/** Records read at a time by readInPages: a few megabytes of the log. */
export const EXPORT_PAGE = 5_000;

type AnyTransaction = ReturnType<Awaited<ReturnType<Database['get']>>['transaction']>;

async function readStores(tx: AnyTransaction): Promise<BackupData> {
  const data: Record<string, unknown> = {};
  await Promise.all(STORE_NAMES.map(async (name) => {
    const spec = BACKUP_STORES[name];
    const store = tx.objectStore(name);
    data[name] = spec.shape === 'list' ? await store.getAll() : await store.get(spec.key);
  }));
  // Settings never saved are the defaults, as the settings repository reads them.
  data.settings = normaliseSettings(data.settings as BackupData['settings'] | undefined);
  return data as BackupData;
}

export function backupRepository({ run, offsetOf }: Database): BackupRepository {
  return {
    readAll: () => run((db) => readStores(db.transaction(STORE_NAMES))),
    rewrite: (combine) =>
      run(async (db) => {
        const tx = db.transaction(REWRITTEN, 'readwrite');
        // Aborting below rejects tx.done; the error that caused it is the one to report.
        tx.done.catch(() => undefined);
        try {
          const next = combine(await readStores(tx));
          const writes: Promise<unknown>[] = [];
          // Each request is marked handled at once: if a later put throws, the abort below rejects
          // the earlier ones, and that is expected, not an unhandled rejection.
          const write = (request: Promise<unknown>) => { request.catch(() => undefined); writes.push(request); };
          for (const name of STORE_NAMES) {
            const spec = BACKUP_STORES[name];
            const store = tx.objectStore(name);
            write(store.clear());
            if (spec.shape === 'list') for (const record of next[name] as unknown[]) write(store.put(record as never));
            else write(store.put(next[name] as never, spec.key as never));
          }
          await Promise.all(writes);
          // The log was replaced: its summaries are counted afresh from it, in the same transaction.
          await replaceSummaries(tx.objectStore('days'), offsetOf, next.reviews, next.quizResults.flatMap((q) => q.answers));
          await tx.done;
          return next;
        } catch (error) {
          try { tx.abort(); } catch { /* already aborted by the failed request */ }
          throw error;
        }
      }),
    readInPages: (sink) =>
      run(async (db) => {
        const tx = db.transaction(STORE_NAMES);
        for (const name of [...STORE_NAMES].sort()) {
          const spec = BACKUP_STORES[name];
          const store = tx.objectStore(name);
          if (spec.shape === 'single') {
            // Settings never saved are the defaults, as the settings repository reads them.
            sink.single(name, normaliseSettings((await store.get(spec.key)) as BackupData['settings'] | undefined));
            continue;
          }
          sink.beginList(name);
          let after: IDBValidKey | undefined;
          for (;;) {
            const page = (await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), EXPORT_PAGE)) as unknown as Record<string, unknown>[];
            sink.records(page);
            if (page.length < EXPORT_PAGE) break;
            after = page[page.length - 1]![spec.key] as IDBValidKey;
          }
          sink.endList();
        }
        await tx.done;
      }),
    storeCounts: () =>
      run(async (db) => {
        const tx = db.transaction(STORE_NAMES);
        const lists = STORE_NAMES.filter((name) => BACKUP_STORES[name].shape === 'list');
        const counts = await Promise.all(lists.map((name) => tx.objectStore(name).count()));
        await tx.done;
        return Object.fromEntries(lists.map((name, i) => [name, counts[i]!]));
      }),
    newestReviewTime: () =>
      run(async (db) => (await db.transaction('reviews').store.index('by-time').openCursor(null, 'prev'))?.value.time),
  };
}

/** A list store a restore writes, by name. */
export type RestoredStore = StoreName;

/**
 * What a restore's writing sees of its one transaction. Requests go out at once (no promise per
 * record); `drain` waits for the last of them, `waitFor` waits for anything else — the next piece
 * of the file — while keeping the transaction alive, so every batch of the restore is in it.
 */
export interface RestoreTransaction {
  /** This device's settings, as they were when the transaction began. */
  here: BackupData['settings'];
  clear(store: RestoredStore): void;
  put(store: RestoredStore, record: unknown, key?: IDBValidKey): void;
  /** One record of a store (for a merge: is this key here already?). */
  get<T>(store: RestoredStore, key: IDBValidKey): Promise<T | undefined>;
  /** A page of a store in key order, after `after` (exclusive). */
  page<T>(store: RestoredStore, after: IDBValidKey | undefined, count: number): Promise<T[]>;
  /** Ratings written, added (sign 1) or taken away (-1): the day summaries follow them. */
  countRatings(ratings: readonly SummarisedRating[], sign: 1 | -1): void;
  countAnswers(answers: readonly SummarisedAnswer[], sign: 1 | -1): void;
  /** Resolves once every request so far has succeeded; resumes inside the transaction. */
  drain(): Promise<void>;
  /** Resolves with `work`'s result inside the transaction, which is kept busy meanwhile. */
  waitFor<T>(work: Promise<T>): Promise<T>;
  /** Requests issued and not yet drained. */
  readonly pending: number;
}

/**
 * Runs a restore's writing in one readwrite transaction over every store it touches, and commits
 * only when `work` resolves: if it throws (the file turned out cut short or changed, a record fails
 * to store), the transaction is aborted and nothing here has changed. `replace` starts the day
 * summaries from nothing (the log is rewritten whole); otherwise from what is stored. They are
 * written at the end, in the same transaction.
 *
 * Why one transaction and not a staging store: IndexedDB commits a transaction as soon as it has no
 * request pending when control returns to the event loop, and reading the file is not an IndexedDB
 * request. So while the next piece is read, a cheap `get` is kept in flight, re-issued from its own
 * success callback (Dexie.waitFor's technique); the awaited piece is handed back from inside such a
 * callback, where the transaction is active again and the next batch of puts may be issued.
 */
export function restoreTransaction(database: Database) {
  return <T>(replace: boolean, work: (tx: RestoreTransaction) => Promise<T>): Promise<T> =>
    database.run(async (db) => {
      const wrapped = db.transaction(REWRITTEN, 'readwrite');
      const tx = unwrap(wrapped);
      let failure: unknown;
      const failed = new Promise<never>((_, reject) => {
        tx.addEventListener('abort', () => reject(failure ?? tx.error ?? new DOMException('The restore was stopped.', 'AbortError')));
      });
      failed.catch(() => undefined);
      wrapped.done.catch(() => undefined);
      const raw = (name: StoreNames<FaultlinesSchema>) => tx.objectStore(name);
      const request = <R>(r: IDBRequest<R>): Promise<R> => Promise.race([
        new Promise<R>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); }),
        failed,
      ]);
      let last: IDBRequest | undefined;
      let pending = 0;
      const days = new Map<DayKey, DaySummary | null>();
      const here = normaliseSettings((await request(raw('settings').get(BACKUP_STORES.settings.key))) as BackupData['settings'] | undefined);
      if (!replace) for (const s of (await request(raw('days').getAll())) as DaySummary[]) days.set(s.day, s);
      const stored = (day: DayKey) => days.get(day) ?? undefined;
      const apply = (change: LogChange) => {
        const touched = daysTouched(change, database.offsetOf);
        const next = applyLogChange(change, database.offsetOf, new Map(touched.map((d) => [d, stored(d)])));
        for (const [day, s] of next) days.set(day, s);
      };
      const counts = new Map<DayKey, DaySummary>();
      let added: SummarisedRating[] = [];
      const countAdded = () => { countInto(counts, added, [], database.offsetOf); added = []; };
      const api: RestoreTransaction = {
        here,
        clear(store) { last = raw(store).clear(); pending++; },
        put(store, record, key) { last = key === undefined ? raw(store).put(record) : raw(store).put(record, key); pending++; },
        get: (store, key) => request(raw(store).get(key)),
        page: (store, after, count) => request(raw(store).getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), count)),
        countRatings(ratings, sign) {
          // A replace only adds: counted in place a batch at a time, as the schema upgrade counts a whole log.
          if (replace && sign === 1) {
            added.push(...ratings);
            if (added.length >= 2_000) countAdded();
          } else apply(sign === 1 ? { addedRatings: ratings } : { removedRatings: ratings });
        },
        countAnswers(answers, sign) {
          if (replace && sign === 1) countInto(counts, [], answers, database.offsetOf);
          else apply(sign === 1 ? { addedAnswers: answers } : { removedAnswers: answers });
        },
        async drain() {
          if (!last) return;
          const r = last;
          last = undefined;
          pending = 0;
          if (r.readyState === 'done') { await request(raw('settings').get(BACKUP_STORES.settings.key)); return; }
          await request(r);
        },
        waitFor<W>(work: Promise<W>): Promise<W> {
          let settled: { ok: true; value: W } | { ok: false; error: unknown } | undefined;
          work.then((value) => { settled = { ok: true, value }; }, (error: unknown) => { settled = { ok: false, error }; });
          return new Promise<W>((resolve, reject) => {
            const ping = () => {
              const r = raw('settings').get(BACKUP_STORES.settings.key);
              r.onsuccess = () => {
                if (!settled) ping();
                else if (settled.ok) resolve(settled.value);
                else reject(settled.error);
              };
              r.onerror = () => reject(r.error);
            };
            ping();
            failed.catch(reject);
          });
        },
        get pending() { return pending; },
      };
      try {
        const result = await work(api);
        await api.drain();
        const daysStore = raw('days');
        if (replace) {
          countAdded();
          daysStore.clear();
          for (const s of dropEmpty(counts).values()) daysStore.put(s);
        } else {
          for (const [day, s] of days) { if (s) daysStore.put(s); else daysStore.delete(day); }
        }
        await Promise.race([wrapped.done, failed]);
        return result;
      } catch (error) {
        failure = error;
        try { tx.abort(); } catch { /* already aborted by a failed request */ }
        throw error;
      }
    });
}
