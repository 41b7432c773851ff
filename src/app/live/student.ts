/**
 * A student's device in a live class: each answer, then the result, is posted to the class
 * database as soon as it is given; what cannot be sent (offline, server down) waits in
 * localStorage and goes when the device is back online, or at the next try. A document already
 * on the server (a retry after a lost answer) counts as delivered: its id is deterministic.
 * Nothing here is needed to finish the quiz: the result code is shown whatever the network does.
 */
import { ALREADY_WRITTEN, STUDENT_KEY, type LiveDoc, type LiveTarget } from '../../domain/classroom';
import { nameKey } from '../../domain/classroom';
import { createListeners } from '../listeners';
import { liveRequest, LiveUnreachable } from './http';

/** What the outbox is kept in: localStorage in the browser, a Map-backed stand-in in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORE_KEY = 'faultlines-live';

/**
 * localStorage where the browser allows it; otherwise (blocked site data, some private windows,
 * where merely reading `localStorage` throws) memory, so the quiz still runs and sends while open.
 */
export function browserStore(): KeyValueStore {
  try {
    const storage = globalThis.localStorage;
    storage.getItem(STORE_KEY);
    return storage;
  } catch {
    const map = new Map<string, string>();
    return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => { map.set(k, v); } };
  }
}

interface Stored {
  /** A student key per class database and quiz and name, so a reload and a second start send as the same student. */
  keys: Record<string, string>;
  queue: { url: string; doc: LiveDoc }[];
}

function load(store: KeyValueStore): Stored {
  try {
    const raw = JSON.parse(store.getItem(STORE_KEY) ?? '') as Partial<Stored>;
    return {
      keys: typeof raw.keys === 'object' && raw.keys ? raw.keys : {},
      queue: Array.isArray(raw.queue) ? raw.queue.filter((e) => typeof e?.url === 'string' && typeof e?.doc?._id === 'string') : [],
    };
  } catch {
    return { keys: {}, queue: [] };
  }
}

function save(store: KeyValueStore, stored: Stored): void {
  try { store.setItem(STORE_KEY, JSON.stringify(stored)); } catch { /* storage full or refused: what is in memory is still sent */ }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomKey = (): string => Array.from(crypto.getRandomValues(new Uint8Array(5)), (b) => CROCKFORD[b & 31]).join('');

/** This device's student key for a quiz of a live class under a name: made once, then kept. */
export function studentKeyFor(store: KeyValueStore, target: LiveTarget, quizTag: string, name: string): string {
  const stored = load(store);
  const id = `${target.url} ${quizTag} ${nameKey(name)}`;
  const had = stored.keys[id];
  if (had && STUDENT_KEY.test(had)) return had;
  const key = randomKey();
  stored.keys[id] = key;
  save(store, stored);
  return key;
}

export interface LiveSendStatus {
  /** Documents of this class waiting to be sent. */
  waiting: number;
  /** Documents the server has (taken now, or already there). */
  delivered: number;
  /** Documents the server refused (its design function): they are dropped, the result code still holds them. */
  refused: number;
  /** Whether the last try reached the server. */
  reachable: boolean;
}

export interface LiveSender {
  /** Queues a document and tries to send what waits. */
  send(doc: LiveDoc): Promise<void>;
  /** Tries to send what waits now. */
  flush(): Promise<void>;
  status(): LiveSendStatus;
  subscribe(listener: () => void): () => void;
  /** Stops retrying (the page was left); what waits stays stored for the next visit. */
  close(): void;
}

export interface LiveSenderOptions {
  store: KeyValueStore;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The first wait before a retry, doubling up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Where to hear `online` (the window); none in tests. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export function createLiveSender(target: LiveTarget, options: LiveSenderOptions): LiveSender {
  const { subscribe, emit } = createListeners();
  const counts = { delivered: 0, refused: 0, reachable: true };
  let flushing: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = options.retryMs ?? 2000;
  let closed = false;
  const mine = () => load(options.store).queue.filter((e) => e.url === target.url);

  const drop = (id: string) => {
    const stored = load(options.store);
    stored.queue = stored.queue.filter((e) => !(e.url === target.url && e.doc._id === id));
    save(options.store, stored);
  };

  /** Sends one document; false when the server cannot be reached, so the rest waits too. */
  const deliver = async (doc: LiveDoc): Promise<boolean> => {
    let status: number;
    let body: unknown;
    try {
      ({ status, body } = await liveRequest(`${target.url}/${encodeURIComponent(doc._id)}`, {
        method: 'PUT', body: doc, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      }));
    } catch (error) {
      if (error instanceof LiveUnreachable) return false;
      throw error;
    }
    if (status >= 500 || status === 408 || status === 429) return false;
    const reason = typeof body === 'object' && body !== null ? (body as { reason?: unknown }).reason : undefined;
    // 409: the server has it (CouchDB); 403 "already-written": the same, as pouchdb-server's validation says it.
    if (status === 201 || status === 202 || status === 200 || status === 409 || (status === 403 && typeof reason === 'string' && reason.startsWith(ALREADY_WRITTEN))) {
      counts.delivered++;
    } else {
      counts.refused++;
    }
    drop(doc._id);
    return true;
  };

  const schedule = () => {
    if (closed || timer !== undefined || mine().length === 0) return;
    timer = setTimeout(() => { timer = undefined; void sender.flush(); }, wait);
    wait = Math.min(wait * 2, options.maxRetryMs ?? 30_000);
  };

  const run = async () => {
    do {
      again = false;
      for (const { doc } of mine()) {
        const reached = await deliver(doc);
        counts.reachable = reached;
        emit();
        if (!reached) { schedule(); return; }
      }
      wait = options.retryMs ?? 2000;
    } while (again);
  };

  const online = () => { void sender.flush(); };
  options.events?.addEventListener('online', online);

  const sender: LiveSender = {
    async send(doc) {
      const stored = load(options.store);
      if (!stored.queue.some((e) => e.url === target.url && e.doc._id === doc._id)) {
        stored.queue.push({ url: target.url, doc });
        save(options.store, stored);
      }
      emit();
      await sender.flush();
    },
    flush() {
      if (timer !== undefined) { clearTimeout(timer); timer = undefined; }
      if (flushing) { again = true; return flushing; }
      flushing = run().finally(() => { flushing = undefined; emit(); });
      return flushing;
    },
    status: () => ({ waiting: mine().length, ...counts }),
    subscribe,
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      options.events?.removeEventListener('online', online);
    },
  };
  return sender;
}
