/**
 * The teacher's side of a live class, with the credentials of Settings → Sync:
 * - run live: create the class database on the sync server and set it up so that students need no
 *   account but can only add answers and results (a `_security` object with no members makes the
 *   database public; the design document's validate_doc_update takes only well-formed answers and
 *   results of this quiz, each once, and lets nobody but the teacher change or delete one);
 * - follow it: `_changes` as a long poll from where it left off, reconnecting after errors, every
 *   document checked against the quiz (refused ones are counted, never shown);
 * - keep the results that arrive with the class, as codes typed by hand are kept.
 */
import {
  LIVE_DESIGN_ID, liveDatabaseName, liveTarget, liveValidateFunction, readLiveDoc, type LiveEntry, type LiveTarget,
} from '../../domain/classroom';
import type { Quiz } from '../../domain/quiz';
import { syncRepository } from '../../storage/sync-repository';
import { addResultCodes, type LoadedClass } from '../classroom';
import { createListeners } from '../listeners';
import type { Services } from '../services';
import { basicAuthorization } from '../sync/couch';
import { liveRequest, LiveUnreachable, type LiveRequestOptions } from './http';
import { isObject } from '../../domain/validation';

export type LiveAvailability =
  /** Sync is not set up: there is no server to run a class on. */
  | { kind: 'no-server' }
  | { kind: 'ready'; target: LiveTarget }
  | { kind: 'running'; target: LiveTarget }
  /** The server did not answer: whether the class runs live cannot be told now. */
  | { kind: 'unreachable'; target: LiveTarget };

interface Teacher { target: LiveTarget; authorization: string; user: string }

async function teacherOf(services: Services, classId: string): Promise<Teacher | undefined> {
  const config = await syncRepository(services.database).config();
  if (!config) return undefined;
  return { target: liveTarget(config.server, liveDatabaseName(classId)), authorization: basicAuthorization(config.user, config.password), user: config.user };
}

/** Options for tests: a fetch of their own, shorter waits. */
let requestOptions: Pick<LiveRequestOptions, 'fetch' | 'timeoutMs'> = {};
export function setLiveOptions(next: typeof requestOptions): void { requestOptions = next; }

const designPath = (target: LiveTarget) => `${target.url}/${LIVE_DESIGN_ID}`;

/** Whether this class can run live (sync is set up), and whether it already does (its database is set up on the server). */
export async function liveAvailability(services: Services, classId: string): Promise<LiveAvailability> {
  const teacher = await teacherOf(services, classId);
  if (!teacher) return { kind: 'no-server' };
  try {
    const { status } = await liveRequest(designPath(teacher.target), { authorization: teacher.authorization, ...requestOptions });
    return { kind: status === 200 ? 'running' : 'ready', target: teacher.target };
  } catch {
    return { kind: 'unreachable', target: teacher.target };
  }
}

export type RunLiveResult = { ok: true; target: LiveTarget } | { ok: false; error: string };

/** Creates (or finds) the class database and sets it up for students without accounts. Safe to run again. */
export async function runLive(services: Services, loaded: LoadedClass): Promise<RunLiveResult> {
  const teacher = await teacherOf(services, loaded.record.id);
  if (!teacher) return { ok: false, error: 'Set up sync first (Settings → Sync): a live class runs on your sync server.' };
  const { target, authorization, user } = teacher;
  const origin = new URL(target.server).origin;
  const request = (url: string, method: 'GET' | 'PUT', body?: unknown) => liveRequest(url, { method, authorization, body, ...requestOptions });
  const refused = (what: string) => ({
    ok: false as const,
    error: `The server did not let "${user}" ${what}. On CouchDB that takes a server admin: ask whoever runs the server to create the database "${target.database}" as the README's "Running a class live" says, or use an admin's account in Settings → Sync.`,
  });
  try {
    const created = await request(target.url, 'PUT');
    if (created.status === 401 || created.status === 403) return refused('create the class database');
    if (![201, 202, 412].includes(created.status)) return { ok: false, error: `The server would not create the class database (error ${created.status}). Nothing was changed.` };
    const security = await request(`${target.url}/_security`, 'PUT', { admins: { names: [user], roles: [] }, members: { names: [], roles: [] } });
    if (security.status === 401 || security.status === 403) return refused('open the class database to students');
    if (security.status !== 200) return { ok: false, error: `The server would not open the class database to students (error ${security.status}).` };
    const existing = await request(designPath(target), 'GET');
    const rev = existing.status === 200 && typeof (existing.body as { _rev?: unknown })?._rev === 'string' ? (existing.body as { _rev: string })._rev : undefined;
    const validate = liveValidateFunction(loaded.quiz);
    if ((existing.body as { validate_doc_update?: unknown } | undefined)?.validate_doc_update !== validate) {
      const design = await request(designPath(target), 'PUT', { ...(rev ? { _rev: rev } : {}), language: 'javascript', validate_doc_update: validate });
      if (design.status === 401 || design.status === 403) return refused('limit what students may write');
      if (design.status !== 201 && design.status !== 202) return { ok: false, error: `The server would not take the rules for students' answers (error ${design.status}).` };
    }
    return { ok: true, target };
  } catch (error) {
    if (error instanceof LiveUnreachable) return { ok: false, error: `Could not reach ${origin}: this device may be offline. The class still works with result codes.` };
    throw error;
  }
}

export type FollowStatus =
  | { state: 'connecting' }
  | { state: 'live' }
  /** The server could not be reached or answered badly; the follower retries by itself. */
  | { state: 'unreachable'; since: number };

export interface LiveFeed {
  entries: readonly LiveEntry[];
  /** Documents refused (not well-formed answers or results of this quiz), counted once each. */
  refused: number;
  status: FollowStatus;
}

export interface LiveFollower {
  feed(): LiveFeed;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export interface FollowOptions {
  /** How long the server may hold a long poll open (CouchDB's `timeout`); the request itself waits a little longer. */
  pollMs?: number;
  /** The first wait before reconnecting, doubling up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  now?: () => number;
}


/** Follows the class database's changes until stopped; the feed holds every checked document so far. */
export function followLive(target: LiveTarget, quiz: Quiz, options: FollowOptions & { authorization?: string } = {}): LiveFollower {
  const { subscribe, emit } = createListeners();
  const entries = new Map<string, LiveEntry>();
  const refused = new Set<string>();
  let status: FollowStatus = { state: 'connecting' };
  let feed: LiveFeed = { entries: [], refused: 0, status };
  const stopper = new AbortController();
  const pollMs = options.pollMs ?? 25_000;
  const now = options.now ?? Date.now;
  const update = (next: FollowStatus) => {
    status = next;
    feed = { entries: [...entries.values()], refused: refused.size, status };
    emit();
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const done = () => { clearTimeout(t); stopper.signal.removeEventListener('abort', done); resolve(); };
    const t = setTimeout(done, ms);
    stopper.signal.addEventListener('abort', done, { once: true });
  });

  void (async () => {
    let since: unknown = 0;
    let wait = options.retryMs ?? 1000;
    let first = true;
    while (!stopper.signal.aborted) {
      // The first read takes everything there is at once; then a long poll waits for what comes.
      const query = `since=${encodeURIComponent(String(since))}&include_docs=true&limit=1000${first ? '' : `&feed=longpoll&timeout=${pollMs}`}`;
      try {
        const { status: code, body } = await liveRequest(`${target.url}/_changes?${query}`, {
          ...requestOptions, timeoutMs: pollMs + 10_000, signal: stopper.signal,
          ...(options.authorization ? { authorization: options.authorization } : {}),
        });
        if (code !== 200 || !isObject(body) || !Array.isArray(body.results) || !(typeof body.last_seq === 'string' || typeof body.last_seq === 'number')) {
          throw new LiveUnreachable(false);
        }
        for (const change of body.results as unknown[]) {
          if (!isObject(change) || !isObject(change.doc) || change.deleted === true) continue;
          const read = readLiveDoc(change.doc, quiz);
          const id = String(change.doc._id);
          if (read.ok === true) entries.set(read.entry.id, read.entry);
          else if (read.ok === false) refused.add(id);
        }
        since = body.last_seq;
        first = false;
        wait = options.retryMs ?? 1000;
        update({ state: 'live' });
      } catch (error) {
        if (stopper.signal.aborted) return;
        const current = status as FollowStatus;
        // A long poll the server held past its time (pouchdb-server ignores `timeout`) is quiet, not a failure.
        if (error instanceof LiveUnreachable && error.timedOut && !first && current.state === 'live') continue;
        update({ state: 'unreachable', since: current.state === 'unreachable' ? current.since : now() });
        // Read everything again once back: a server restarted or a database made anew numbers its changes afresh,
        // and a class's few hundred documents are counted once each by id however often they are read.
        since = 0;
        first = true;
        await sleep(wait);
        wait = Math.min(wait * 2, options.maxRetryMs ?? 15_000);
      }
    }
  })();

  return { feed: () => feed, subscribe, stop: () => stopper.abort() };
}

/** The follower for a class on this device's sync server, with the teacher's credentials. */
export async function followClass(services: Services, classId: string, quiz: Quiz, options: FollowOptions = {}): Promise<LiveFollower | undefined> {
  const teacher = await teacherOf(services, classId);
  return teacher ? followLive(teacher.target, quiz, { ...options, authorization: teacher.authorization }) : undefined;
}

/** Keeps the live results with the class, as typed codes are kept; a student already in is not added again. Returns how many were added. */
export async function keepLiveResults(services: Services, loaded: LoadedClass, entries: readonly LiveEntry[]): Promise<number> {
  const codes = entries.flatMap((e) => (e.kind === 'result' ? [e.code] : []));
  if (codes.length === 0) return 0;
  const outcomes = await addResultCodes(services, loaded, codes.join('\n'));
  return outcomes.filter((o) => o.ok).length;
}
