/**
 * One sync with a CouchDB database, through its HTTP API (no PouchDB in the browser: that keeps
 * this chunk a few KB instead of ~45 KB gzip, and lets every document pass our own checks before
 * anything is written):
 *
 * 1. check the server and the database answer, with these credentials, before anything changes;
 * 2. compare checkpoints: a database that no longer has this device's `_local` checkpoint document
 *    was created anew or emptied, so everything is read and sent again;
 * 3. pull: `_changes?since=<checkpoint>&include_docs=true&limit=…`, batch by batch; each batch is
 *    checked, then written with its checkpoint in one transaction;
 * 4. mirror the checkpoint in `_local/faultlines-<device>` on the server;
 * 5. push: `_bulk_docs` of whatever waits (settings, decks, class sessions, quiz results, undos,
 *    ratings oldest first), marking each document the server took.
 */
import { createScheduler, replay } from '../../domain/scheduler';
import type { Settings } from '../../domain/settings';
import type { SyncConfig } from '../../domain/sync/config';
import { parseDocId, WRITE_ONCE, type OutgoingDoc } from '../../domain/sync/documents';
import type { Rescheduler } from '../../domain/sync/merge';
import type { SyncedMark } from '../../domain/sync/state';
import { readIncoming, type IncomingContext, type Refusal } from '../../domain/sync/validate';
import type { Deck } from '../../domain/deck/types';
// The store table through the storage barrel, as the rest of the app reaches it (importing
// backup-repository.ts directly made Rolldown split shared modules out of the entry chunk).
import type { ClassSessionRecord, QuizResultRecord } from '../../domain/records';
import { BACKUP_STORES } from '../../storage';
import type { IncomingDoc, SyncRepository } from '../../storage/sync-repository';
import type { Services } from '../services';
import { couchClient, garbage, SyncFailure, type Couch } from './couch';
import { isObject } from '../../domain/validation';

export const BATCH_SIZE = 1000;

export interface SyncReport {
  received: number;
  sent: number;
  /** Documents refused in this sync: incoming ones that failed their checks, outgoing ones the server would not store. */
  refused: Refusal[];
  ratingsAdded: number;
  ratingsUndone: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface SyncOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  batchSize?: number;
}


/** FSRS as the merge replays with it: this device's settings, fuzz as the app rates. */
export function reschedulerFor(services: Pick<Services, 'fuzz'>): (settings: Settings) => Rescheduler {
  return (settings) => {
    const options = { desiredRetention: settings.desiredRetention, fuzz: services.fuzz };
    const scheduler = createScheduler(options);
    return {
      replay: (cardId, ratings) => replay(cardId, ratings, options),
      rate: (before, cardId, time, grade) => scheduler.rate(before, cardId, time, grade).after,
    };
  };
}

/** Whether a database answer is a CouchDB database's. */
const looksLikeDatabase = (body: unknown) => isObject(body) && typeof body.db_name === 'string';
/** CouchDB greets with {"couchdb": "Welcome"}; pouchdb-server with {"express-pouchdb": "Welcome!"}. */
const looksLikeCouch = (body: unknown) => isObject(body) && typeof body.version === 'string' && ('couchdb' in body || 'express-pouchdb' in body || 'vendor' in body);

/** Checks that the server is a CouchDB and the database is there for this user. Writes nothing. */
export async function checkServer(couch: Couch, config: Pick<SyncConfig, 'database' | 'user'>): Promise<void> {
  const notCouch = new SyncFailure('not-couch', `${couch.origin} does not answer like a CouchDB server. Check the address. Nothing was changed.`);
  const root = await couch.request('GET', '/').catch((error: unknown) => {
    throw error instanceof SyncFailure && error.kind === 'garbage' ? notCouch : error;
  });
  if (root.status !== 200 || !looksLikeCouch(root.body)) throw notCouch;
  const info = await couch.request('GET', `/${encodeURIComponent(config.database)}`);
  if (info.status === 404) {
    throw new SyncFailure('no-database', `There is no database "${config.database}" on this server. Check its name, or ask whoever runs the server to create it. Nothing was changed.`);
  }
  if (info.status === 403) {
    throw new SyncFailure('forbidden', `The server does not let "${config.user}" use the database "${config.database}". Nothing was changed.`);
  }
  if (info.status !== 200 || !looksLikeDatabase(info.body)) throw garbage(couch.origin, `the database answered with status ${info.status}`);
}

export async function runSync(services: Services, repo: SyncRepository, config: SyncConfig, options: SyncOptions = {}): Promise<SyncReport> {
  const couch = couchClient(config, options);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const db = `/${encodeURIComponent(config.database)}`;
  const report: SyncReport = { received: 0, sent: 0, refused: [], ratingsAdded: 0, ratingsUndone: 0, bytesSent: 0, bytesReceived: 0 };
  try {
    await checkServer(couch, config);
    const checkpointPath = `${db}/_local/${encodeURIComponent(`faultlines-${config.device}`)}`;
    const mirror = await couch.request('GET', checkpointPath);
    let state = await repo.state();
    if (mirror.status === 404 && state.checkpoint !== undefined) {
      await repo.startOver();
      state = await repo.state();
    }
    let mirrorRev = mirror.status === 200 && isObject(mirror.body) && typeof mirror.body._rev === 'string' ? mirror.body._rev : undefined;
    const writeMirror = async (checkpoint: string | number) => {
      const { status, body } = await couch.request('PUT', checkpointPath, { ...(mirrorRev ? { _rev: mirrorRev } : {}), checkpoint, at: services.clock.now() });
      if ((status === 200 || status === 201) && isObject(body) && typeof body.rev === 'string') mirrorRev = body.rev;
    };
    // Written before the first batch: a pull cut short must not look, next time, like a server that forgot this device.
    if (mirrorRev === undefined) await writeMirror(state.checkpoint ?? 0);

    await repo.stampSettings(services.clock.now(), config.device);
    const since = await pull(services, repo, couch, db, state.checkpoint ?? 0, batchSize, report);
    await writeMirror(since);
    await push(repo, couch, db, batchSize, report);
    return report;
  } finally {
    report.bytesSent = couch.bytes.sent;
    report.bytesReceived = couch.bytes.received;
  }
}

/** The cards and decks this device knows, for checking incoming ratings and decks; `owner` grows as decks arrive. */
function knownHere(services: Services): { context: IncomingContext; owner: Map<string, string> } {
  const owner = new Map<string, string>();
  for (const deck of services.catalog.summaries) for (const id of deck.cardIds) owner.set(id, deck.id);
  const context: IncomingContext = {
    now: services.clock.now(),
    records: { deck: BACKUP_STORES.importedDecks.check, quiz: BACKUP_STORES.quizResults.check, classSession: BACKUP_STORES.classSessions.check },
    deckOfCard: (cardId) => owner.get(cardId),
    isShippedDeck: (deckId) => services.catalog.shipped.deckIds.has(deckId),
    shipped: services.catalog.shipped,
  };
  return { context, owner };
}

async function pull(services: Services, repo: SyncRepository, couch: Couch, db: string, from: string | number, batchSize: number, report: SyncReport) {
  let since = from;
  const scheduling = reschedulerFor(services);
  for (;;) {
    const query = `since=${encodeURIComponent(String(since))}&include_docs=true&limit=${batchSize}`;
    const { status, body } = await couch.request('GET', `${db}/_changes?${query}`);
    if (status !== 200 || !isObject(body) || !Array.isArray(body.results) || !(typeof body.last_seq === 'string' || typeof body.last_seq === 'number')) {
      throw garbage(couch.origin, `its list of changes was not one (status ${status})`);
    }
    const results = body.results as unknown[];
    if (results.length === 0) return since;
    const { context, owner } = knownHere(services);
    const docs: IncomingDoc[] = [];
    const refused: Refusal[] = [];
    const raws = results.map((change, i) => {
      if (!isObject(change)) throw garbage(couch.origin, `change ${i + 1} of a batch was not an object`);
      return change.deleted === true ? undefined : change.doc;
    });
    // Decks first, so that ratings of an imported deck's cards in the same batch find their cards.
    const order = (raw: unknown) => (isObject(raw) && typeof raw._id === 'string' && raw._id.startsWith('deck:') ? 0 : 1);
    for (const raw of [...raws].sort((a, b) => order(a) - order(b))) {
      if (raw === undefined) continue;
      const read = readIncoming<Deck, QuizResultRecord, ClassSessionRecord>(raw, context);
      if (read.ok === 'skip') continue;
      if (!read.ok) { refused.push(read.refusal); continue; }
      const { doc } = read;
      if (doc.kind === 'deck') for (const card of doc.deck.cards) owner.set(card.id, doc.deck.id);
      docs.push(doc);
    }
    const applied = await repo.apply({ docs, refused, checkpoint: body.last_seq }, scheduling);
    report.received += results.length;
    report.refused.push(...refused);
    report.ratingsAdded += applied.ratingsAdded;
    report.ratingsUndone += applied.ratingsUndone;
    if (applied.cardIds.length) services.progressChanges.announce({ cardIds: applied.cardIds });
    if (applied.decksChanged) services.catalog.setImported(await services.decks.all());
    since = body.last_seq;
    if (results.length < batchSize) return since;
  }
}

async function push(repo: SyncRepository, couch: Couch, db: string, batchSize: number, report: SyncReport) {
  const outbox = await repo.outbox();
  const send = async (docs: OutgoingDoc[], prints: Map<string, string | undefined>) => {
    if (docs.length === 0) return;
    const { status, body } = await couch.request('POST', `${db}/_bulk_docs`, { docs });
    if (!(status === 201 || status === 200 || status === 417) || !Array.isArray(body)) throw garbage(couch.origin, `it answered a save with status ${status}`);
    const marks: SyncedMark[] = [];
    const writtenOnce: string[] = [];
    for (const entry of body as unknown[]) {
      if (!isObject(entry) || typeof entry.id !== 'string' || !prints.has(entry.id)) continue;
      const kind = parseDocId(entry.id)?.kind;
      const once = kind !== undefined && WRITE_ONCE.has(kind);
      if (typeof entry.rev === 'string' && entry.error === undefined) {
        if (once) writtenOnce.push(entry.id);
        else marks.push({ id: entry.id, rev: entry.rev, ...(prints.get(entry.id) ? { fingerprint: prints.get(entry.id)! } : {}) });
        report.sent++;
      } else if (entry.error === 'conflict' && once) {
        // Written once, by id: the server has it already (sent before a sync was cut off).
        writtenOnce.push(entry.id);
      } else if (entry.error !== 'conflict') {
        // A conflict on a document that changes waits: the next pull brings the server's version to merge.
        report.refused.push({ id: entry.id, reason: `the server would not store it (${typeof entry.error === 'string' ? entry.error : 'no reason given'})` });
      }
    }
    await repo.markSent(marks, writtenOnce);
  };
  for (let i = 0; i < outbox.docs.length; i += batchSize) {
    const slice = outbox.docs.slice(i, i + batchSize);
    await send(slice.map((p) => p.doc), new Map(slice.map((p) => [p.doc._id, p.fingerprint])));
  }
  for (let i = 0; i < outbox.reviewIds.length; i += batchSize) {
    const docs = await repo.reviewDocs(outbox.reviewIds.slice(i, i + batchSize));
    await send(docs, new Map(docs.map((d) => [d._id, undefined])));
  }
}
