/**
 * Restoring a backup, read from its file as a stream, never held whole: a file of a million ratings
 * is some 600 MB of JSON, more than one string may hold.
 *
 * 1. The check (checkBackupFile) reads the file once — plain, or gzip recognised by its first bytes
 *    and unpacked as it is read — through the streaming parser (domain/backup/stream-parse.ts),
 *    checks every record as it arrives, computes the checksum over the canonical text as it goes
 *    (signed-hash.ts; an old file whose stores come in another order may take another read), and
 *    keeps only a compact table of the log (review-table.ts). Then it replays every card's ratings
 *    (the schedules restored are what the ratings make, rebuild.ts) and sums the file up. Nothing
 *    is written.
 * 2. The restore (restoreBackup) reads the file a second time and writes it in batches of a few
 *    thousand records, all in one IndexedDB transaction kept alive between batches
 *    (storage/backup-repository.ts, restoreTransaction): if the file turns out different from the
 *    one checked (its bytes' fingerprint or its counts), or anything fails, the transaction is
 *    aborted and nothing here has changed.
 *
 * Memory: the compact table (about 140 bytes a rating with its id; the ids are dropped for a
 * replace), a page of records at a time, and for a merge the ids of this device's ratings too.
 */
import { formatProblem } from '../domain/backup/format';
import type { CardMemory } from '../domain/memory';
import { withSuspension } from '../domain/backup/merge';
import type { ReviewRecord } from '../domain/records';
import { createReviewTable, type ReviewTable } from '../domain/backup/review-table';
import { settingsAfterReplace } from '../domain/backup/settings';
import { createSignedHasher, type FileLayout } from '../domain/backup/signed-hash';
import { BackupParseError, createBackupParser, type BackupParseSink } from '../domain/backup/stream-parse';
import { summariseCounts, type BackupSummary } from '../domain/backup/summary';
import { createBackupValidator, validateBackup, type BackupValidator, type Digest } from '../domain/backup/validate';
import { createReplay } from '../domain/scheduler';
import { normaliseSettings, type Settings } from '../domain/settings';
import { isObject } from '../domain/validation';
import { BACKUP_STORES, backupRepository, restoreTransaction, type BackupData, type RestoredStore, type RestoreTransaction } from '../storage';
import type { Services } from './services';

export type RestoreMode = 'replace' | 'merge';

/** SHA-256 through Web Crypto, as lower-case hex (for files small enough to be held whole). */
export const sha256: Digest = async (text) => {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** A file that passed the check: what the restore needs to read it again and rebuild it. */
export interface CheckedBackup {
  exportedAt: number;
  /** The file's settings (its one single store). */
  settings: Settings;
  /** Records of each list store. */
  counts: Record<string, number>;
  /** The file itself, read again by the restore. */
  source: Blob;
  /** Of its bytes: the restore refuses a file that changed since. */
  fingerprint: number;
  reviews: ReviewTable;
}

export type BackupCheck =
  | { ok: true; file: CheckedBackup; summary: BackupSummary }
  | {
    ok: false;
    /** Why the file is refused, in one sentence. */
    reason: string;
    /** Where: each problem with its path. */
    problems: string[];
  };

type Refusal = Extract<BackupCheck, { ok: false }>;

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

class DamagedGzip extends Error {}

/** A file's text a piece at a time (unpacked first when it is gzip), with a fingerprint of its bytes. */
async function openText(file: Blob) {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  let fingerprint = 0x811c9dc5;
  const bytes = file.stream().pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      // FNV-1a over every byte: each step is a bijection of the state, so a file changed in any one
      // byte since it was checked always fingerprints otherwise (and about 1 ns a byte).
      let h = fingerprint;
      for (let i = 0; i < chunk.length; i++) h = Math.imul(h ^ chunk[i]!, 0x01000193);
      fingerprint = h;
      controller.enqueue(chunk);
    },
  }));
  const reader = (gzip ? bytes.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : bytes).getReader();
  const decoder = new TextDecoder('utf-8');
  let done = false;
  return {
    gzip,
    /** The next piece of text, or undefined at the end. */
    async next(): Promise<string | undefined> {
      if (done) return undefined;
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (gzip) throw new DamagedGzip(error instanceof Error ? error.message : String(error));
        throw error;
      }
      if (result.done) { done = true; return decoder.decode(); }
      return decoder.decode(result.value, { stream: true });
    },
    fingerprint: () => fingerprint >>> 0,
    cancel: () => reader.cancel().catch(() => undefined),
  };
}

/** Reads the whole file through `sink`; the fingerprint of its bytes. */
async function readThrough(file: Blob, sink: BackupParseSink): Promise<number> {
  const text = await openText(file);
  const parser = createBackupParser(sink);
  try {
    for (let piece = await text.next(); piece !== undefined; piece = await text.next()) parser.push(piece);
    parser.end();
    return text.fingerprint();
  } catch (error) {
    // A damaged gzip may unpack to garbage before it fails its own check: that failure is the one to tell.
    if (error instanceof BackupParseError && text.gzip) while ((await text.next()) !== undefined) { /* to its end, or its failure */ }
    throw error;
  } finally {
    void text.cancel();
  }
}

/** Thrown to stop reading a file already refused whatever follows. */
const STOP = Symbol('stop reading');

/** The check's read: the validator first, then the checksum; stopped once the validator has seen enough. */
const checkSink = (validator: BackupValidator, hasher: BackupParseSink): BackupParseSink => {
  const both = (f: (s: BackupParseSink) => void) => {
    f(validator);
    if (validator.stopped) throw STOP;
    f(hasher);
  };
  return {
    field: (k, v) => both((s) => s.field(k, v)),
    beginData: () => both((s) => s.beginData()),
    beginStore: (n, l) => both((s) => s.beginStore(n, l)),
    record: (v, i) => both((s) => s.record(v, i)),
    single: (v) => both((s) => s.single(v)),
    endStore: () => both((s) => s.endStore()),
    endData: () => both((s) => s.endData()),
  };
};

const STORE_NAMES = Object.keys(BACKUP_STORES);

/** Files whose JSON is not an object at the top are read whole, up to this size, to say what they are. */
const WHOLE_LIMIT = 16_000_000;

const cutShort = (detail: string): Refusal => ({
  ok: false,
  reason: 'This backup is incomplete: the file stops before its end, as if cut off while downloading or copying.',
  problems: [detail],
});

/**
 * Checks a backup file as chosen (JSON, or gzip-compressed JSON) and sums it up against what is
 * here. Writes nothing. A refusal says why in the learner's words, and where.
 */
export async function checkBackupFile(services: Services, file: Blob): Promise<BackupCheck> {
  const options = { now: services.clock.now(), shipped: services.catalog.shipped };
  try {
    let validator = createBackupValidator<BackupData>(BACKUP_STORES, options);
    let hasher = createSignedHasher(STORE_NAMES);
    let fingerprint = 0;
    try {
      fingerprint = await readThrough(file, checkSink(validator, hasher));
    } catch (error) {
      if (error !== STOP) throw error;
    }
    // The checksum, when the file's order needed more reads than one.
    let hex: string | undefined;
    for (let pass = 0; pass < STORE_NAMES.length + 3 && hex === undefined && !validator.stopped; pass++) {
      const step = hasher.finishPass();
      if (step.status === 'done') hex = step.hex;
      else {
        if (step.status === 'restart') hasher = createSignedHasher(STORE_NAMES, step.layout satisfies FileLayout);
        await readThrough(file, hasher);
      }
    }
    const matches = (claimed: string) => hex !== undefined && claimed === `sha256:${hex}`;
    let end = validator.finish(matches);
    if (end.ok === 'again') {
      // Records came before the file's own time: checked again now that it is known.
      validator = createBackupValidator<BackupData>(BACKUP_STORES, options, end.head);
      await readThrough(file, validator);
      end = validator.finish(matches);
    }
    if (end.ok === 'again') throw new Error('backup check: the file\'s time was not found');
    if (!end.ok) {
      const more = end.more > 0 ? [`… and ${end.more} more.`] : [];
      return { ok: false, reason: end.reason, problems: [...end.problems.map(formatProblem), ...more] };
    }
    const settings = normaliseSettings(end.file.data.settings as Settings);
    // Replayed as the file's own device rated: with its desired retention (fuzz is seeded, so it replays exactly).
    const recomputed = validator.reviews.replay(createReplay({ desiredRetention: settings.desiredRetention, fuzz: services.fuzz }), { keepIds: true });
    const checked: CheckedBackup = { exportedAt: end.file.exportedAt, settings, counts: end.counts, source: file, fingerprint, reviews: validator.reviews };
    const newestHere = await backupRepository(services.database).newestReviewTime();
    const summary = summariseCounts({ exportedAt: checked.exportedAt, counts: checked.counts, newestInFile: validator.reviews.newest }, newestHere);
    return { ok: true, file: checked, summary: { ...summary, recomputed: recomputed.length } };
  } catch (error) {
    if (error instanceof DamagedGzip) {
      return {
        ok: false,
        reason: 'This compressed backup is incomplete or damaged: it could not be unpacked to its end, as if cut off while downloading or copying.',
        problems: [`Unpacking stopped with: ${error.message}`],
      };
    }
    if (error instanceof BackupParseError) return parseRefusal(services, file, error);
    // The engine's own limits (the call stack, the longest string) are not a learner's words.
    if (error instanceof RangeError) {
      return { ok: false, reason: 'This file could not be checked: it is too large or too deeply nested to be a Faultlines backup.', problems: [] };
    }
    throw error;
  }
}

/** Checks a backup file's text (a small file, or a test's): the same streamed check. */
export function checkBackup(services: Services, text: string): Promise<BackupCheck> {
  return checkBackupFile(services, new Blob([text]));
}

/** What a file the streaming parser could not read is, in the learner's words. */
async function parseRefusal(services: Services, file: Blob, error: BackupParseError): Promise<BackupCheck> {
  if (error.kind === 'cut') {
    // Cut before it began: nothing but white space.
    if (!error.begun) return { ok: false, reason: 'This file is empty, so it is not a Faultlines backup.', problems: [] };
    return cutShort(error.message);
  }
  if (error.begun) return { ok: false, reason: 'This file is not valid JSON, so it cannot be a Faultlines backup.', problems: [error.message] };
  // Not an object at the top: a small file is read whole to say what it is (a list, a CSV…).
  const text = await openText(file);
  let whole = '';
  try {
    for (let piece = await text.next(); piece !== undefined && whole.length <= WHOLE_LIMIT; piece = await text.next()) whole += piece;
  } catch (e) {
    if (!(e instanceof DamagedGzip)) throw e;
  } finally {
    void text.cancel();
  }
  const body = whole.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    if (!start.startsWith('[')) {
      return { ok: false, reason: 'This is not a Faultlines backup: it is not JSON.', problems: [`The file begins with ${JSON.stringify(start.slice(0, 30))}${start.length > 30 ? '…' : ''}.`] };
    }
    return { ok: false, reason: 'This file is not valid JSON, so it cannot be a Faultlines backup.', problems: [e instanceof Error ? e.message : String(e)] };
  }
  const result = await validateBackup(value, BACKUP_STORES, sha256, { now: services.clock.now(), shipped: services.catalog.shipped });
  if (result.ok) throw new Error('backup check: a file that is not an object passed');
  return { ok: false, reason: result.reason, problems: result.problems.map(formatProblem) };
}

export interface RestoreReport {
  mode: RestoreMode;
  reviews: number;
  cards: number;
  quizResults: number;
  /** For a merge: ratings and quiz results the file added, and the cards whose memory was rebuilt. */
  addedReviews: number;
  addedQuizResults: number;
  rebuiltCards: number;
}

/** Requests issued before the restore waits for them: the batch held in flight. */
const WRITE_BATCH = 4_000;

/** The file's records, read again inside the transaction: `each(store, record, index)` for every list record. */
async function readAgain(
  tx: RestoreTransaction, checked: CheckedBackup, each: (store: RestoredStore, record: Record<string, unknown>, index: number) => void,
): Promise<void> {
  const text = await tx.waitFor(openText(checked.source));
  const counts: Record<string, number> = {};
  let store: RestoredStore | undefined;
  const parser = createBackupParser({
    field: () => undefined, beginData: () => undefined, endData: () => undefined, single: () => undefined,
    beginStore: (name, list) => { store = list && Object.hasOwn(BACKUP_STORES, name) && BACKUP_STORES[name as RestoredStore].shape === 'list' ? name as RestoredStore : undefined; },
    endStore: () => { store = undefined; },
    record: (value, index) => {
      if (!store || !isObject(value)) return;
      counts[store] = (counts[store] ?? 0) + 1;
      each(store, value, index);
    },
  });
  try {
    for (let piece = await tx.waitFor(text.next()); piece !== undefined; piece = await tx.waitFor(text.next())) {
      parser.push(piece);
      if (tx.pending >= WRITE_BATCH) await tx.drain();
    }
    parser.end();
  } finally {
    void text.cancel();
  }
  const changed = text.fingerprint() !== checked.fingerprint
    || Object.entries(checked.counts).some(([name, n]) => (counts[name] ?? 0) !== n);
  if (changed) throw new Error('the file changed after it was checked; choose it again');
}

type Review = ReviewRecord & Record<string, unknown>;

/**
 * Writes a checked backup. "replace" makes this device hold exactly the file (its preferences
 * too); "merge" unites the logs by review id, rebuilds the memory of every card rated on both sides
 * apart, unites quiz results and the other lists by key, and keeps this device's settings.
 */
export async function restoreBackup(services: Services, checked: CheckedBackup, mode: RestoreMode): Promise<RestoreReport> {
  const run = restoreTransaction(services.database);
  const table = checked.reviews;
  const decks: BackupData['importedDecks'] = [];
  if (mode === 'replace') {
    const report = await run(true, async (tx) => {
      for (const name of STORE_NAMES) tx.clear(name as RestoredStore);
      tx.put('settings', settingsAfterReplace(tx.here, checked.settings, { exportedAt: checked.exportedAt, ratings: checked.counts.reviews ?? 0 }), BACKUP_STORES.settings.key);
      let cards = 0;
      await readAgain(tx, checked, (store, record, index) => {
        if (store === 'reviews') {
          const row = table.rebuiltReview(index, record as unknown as Review);
          tx.put('reviews', row);
          tx.countRatings([row], 1);
          return;
        }
        if (store === 'memories') {
          tx.put('memories', table.rebuiltMemory(record.cardId as string, record as unknown as CardMemory));
          cards++;
          return;
        }
        if (store === 'quizResults') tx.countAnswers((record as unknown as BackupData['quizResults'][number]).answers, 1);
        if (store === 'importedDecks') decks.push(record as unknown as BackupData['importedDecks'][number]);
        tx.put(store, record);
      });
      // Cards rated in the file without a memory of their own get the one their ratings make.
      for (const cardId of table.cardsWithoutMemory()) { tx.put('memories', table.rebuiltMemory(cardId, undefined)); cards++; }
      return { cards };
    });
    services.catalog.setImported(decks);
    return {
      mode, reviews: checked.counts.reviews ?? 0, cards: report.cards, quizResults: checked.counts.quizResults ?? 0,
      addedReviews: checked.counts.reviews ?? 0, addedQuizResults: checked.counts.quizResults ?? 0, rebuiltCards: 0,
    };
  }
  const report = await run(false, (tx) => mergeInto(tx, services, checked, decks));
  services.catalog.setImported(decks);
  return report;
}

/** Here's log, compactly: for each row its id, card, time and grade. */
async function readHereLog(tx: RestoreTransaction) {
  const ids: string[] = [];
  const byId = new Map<string, number>();
  const cards: string[] = [];
  const times: number[] = [];
  const grades: number[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await tx.page<ReviewRecord>('reviews', after, 5_000);
    for (const r of page) { byId.set(r.id, ids.length); ids.push(r.id); cards.push(r.cardId); times.push(r.time); grades.push(r.grade); }
    if (page.length < 5_000) break;
    after = page[page.length - 1]!.id;
  }
  return { ids, byId, cards, times, grades };
}

async function keysHere(tx: RestoreTransaction, store: RestoredStore, key: string): Promise<Set<unknown>> {
  const keys = new Set<unknown>();
  let after: IDBValidKey | undefined;
  for (;;) {
    const page = await tx.page<Record<string, unknown>>(store, after, 2_000);
    for (const r of page) keys.add(r[key]);
    if (page.length < 2_000) return keys;
    after = page[page.length - 1]![key] as IDBValidKey;
  }
}

/**
 * The merge, in the restore's transaction, as domain/backup/merge.ts merges two files held whole:
 * this device's side is read compactly (ids, cards, times, grades) and the file's is its checked
 * table, so only the records of cards rated on both sides apart are read and written again.
 */
async function mergeInto(tx: RestoreTransaction, services: Services, checked: CheckedBackup, decks: BackupData['importedDecks']): Promise<RestoreReport> {
  const table = checked.reviews;
  const here = await readHereLog(tx);
  const hereMemories = new Map<string, CardMemory>();
  for (let after: string | undefined; ;) {
    const page = await tx.page<CardMemory>('memories', after, 5_000);
    for (const m of page) hereMemories.set(m.cardId, m);
    if (page.length < 5_000) break;
    after = page[page.length - 1]!.cardId;
  }
  // Which file rows are new here, and which rows here the file has too.
  const added = new Uint8Array(table.size);
  const hereInFile = new Uint8Array(here.ids.length);
  const addedOf = new Map<string, number[]>();
  for (let j = 0; j < table.size; j++) {
    const at = here.byId.get(table.idOf(j));
    if (at !== undefined) { hereInFile[at] = 1; continue; }
    added[j] = 1;
    const cardId = table.cardOf(j)!;
    const list = addedOf.get(cardId);
    if (list) list.push(j); else addedOf.set(cardId, [j]);
  }
  const hereOf = new Map<string, number[]>();
  here.cards.forEach((cardId, i) => { const list = hereOf.get(cardId); if (list) list.push(i); else hereOf.set(cardId, [i]); });

  // Cards rated on both sides apart: replayed from the merged log with this device's settings.
  const replay = createReplay({ desiredRetention: tx.here.desiredRetention, fuzz: services.fuzz });
  /** For each such card: the memory after each of its merged rows, by the row's id. */
  const rebuiltRows = new Map<string, { memory: CardMemory; before?: CardMemory; last: boolean }>();
  const rebuiltCards = new Map<string, CardMemory>();
  for (const [cardId, fileRows] of addedOf) {
    const hereRows = hereOf.get(cardId) ?? [];
    if (hereRows.length === 0 || hereRows.every((i) => hereInFile[i])) continue;
    const log = [
      ...hereRows.map((i) => ({ id: here.ids[i]!, time: here.times[i]!, grade: here.grades[i]! as 1 | 2 | 3 | 4 })),
      ...fileRows.map((j) => ({ id: table.idOf(j), time: table.timeOf(j), grade: table.gradeOf(j) })),
    ].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const replayed = replay(cardId, log);
    const mine = hereMemories.get(cardId);
    const memory = withSuspension(replayed.at(-1)!, mine, table.theirMemory(cardId));
    log.forEach((r, i) => rebuiltRows.set(r.id, { memory: i === log.length - 1 ? memory : replayed[i]!, ...(i > 0 ? { before: replayed[i - 1]! } : {}), last: i === log.length - 1 }));
    rebuiltCards.set(cardId, memory);
  }
  const rewrite = (row: Review): Review => {
    const r = rebuiltRows.get(row.id)!;
    const { before: _, ...rest } = row;
    return { ...rest, after: r.memory, ...(r.before ? { before: r.before } : {}) } as Review;
  };

  // This device's rows of those cards, rewritten with the merged replay.
  for (const [cardId] of rebuiltCards) {
    for (const i of hereOf.get(cardId) ?? []) {
      const old = await tx.get<Review>('reviews', here.ids[i]!);
      if (!old) continue;
      const row = rewrite(old);
      tx.countRatings([old], -1);
      tx.countRatings([row], 1);
      tx.put('reviews', row);
    }
    tx.put('memories', rebuiltCards.get(cardId));
  }

  const keys = {
    quizResults: await keysHere(tx, 'quizResults', 'id'),
    importedDecks: await keysHere(tx, 'importedDecks', 'id'),
    classSessions: await keysHere(tx, 'classSessions', 'id'),
  };
  const quizzesHere = keys.quizResults.size;
  let addedReviews = 0;
  let addedQuizResults = 0;
  let newCards = 0;
  await readAgain(tx, checked, (store, record, index) => {
    if (store === 'reviews') {
      if (!added[index]) return;
      const row = rebuiltRows.has(record.id as string) ? rewrite(record as unknown as Review) : table.rebuiltReview(index, record as unknown as Review);
      tx.put('reviews', row);
      tx.countRatings([row], 1);
      addedReviews++;
      return;
    }
    if (store === 'memories') {
      const cardId = record.cardId as string;
      // Kept here when this device's log of the card holds the file's; the file's when it is new here.
      if (rebuiltCards.has(cardId) || !addedOf.has(cardId)) return;
      tx.put('memories', table.rebuiltMemory(cardId, record as unknown as CardMemory));
      if (!hereMemories.has(cardId)) newCards++;
      return;
    }
    const spec = BACKUP_STORES[store];
    if (spec.shape !== 'list' || keys[store as keyof typeof keys]?.has(record[spec.key])) return;
    if (store === 'quizResults') { tx.countAnswers((record as unknown as BackupData['quizResults'][number]).answers, 1); addedQuizResults++; }
    if (store === 'importedDecks') decks.push(record as unknown as BackupData['importedDecks'][number]);
    tx.put(store, record);
  });
  for (const cardId of table.cardsWithoutMemory()) {
    if (rebuiltCards.has(cardId) || !addedOf.has(cardId)) continue;
    tx.put('memories', table.rebuiltMemory(cardId, undefined));
    if (!hereMemories.has(cardId)) newCards++;
  }
  // The catalogue lists every imported deck: those here, and those the file added.
  for (let after: string | undefined; ;) {
    const page = await tx.page<BackupData['importedDecks'][number]>('importedDecks', after, 100);
    decks.push(...page.filter((d) => !decks.some((x) => x.id === d.id)));
    if (page.length < 100) break;
    after = page[page.length - 1]!.id;
  }
  return {
    mode: 'merge',
    reviews: here.ids.length + addedReviews,
    cards: hereMemories.size + newCards,
    quizResults: quizzesHere + addedQuizResults,
    addedReviews,
    addedQuizResults,
    rebuiltCards: rebuiltCards.size,
  };
}

