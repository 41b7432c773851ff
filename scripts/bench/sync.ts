/**
 * Sync at scale: an empty device's first sync of 100,000 ratings, then an incremental sync of 100
 * new ones, against pouchdb-server on loopback (scripts/shared/couch-server.ts), with the app's
 * own sync code (src/app/sync/) in the scale page, in real Chromium IndexedDB on an on-disk
 * profile. The ratings are put on the server directly, as another device would have sent them
 * (`_bulk_docs`, oldest first, as the app sends them), so only the device's side is timed.
 */
import type { Page } from 'playwright-core';
import { startCouchServer } from '../shared/couch-server';
import { launchProfile } from './browser';
import type { ScaleApi, SyncRun } from './scale/api';
import { cardId } from './scale/card-id';

export const SYNC_SHAPE = { ratings: 100_000, cards: 2_000, incremental: 100 } as const;

export interface SyncBenchResult {
  first: SyncRun;
  incremental: SyncRun;
  /** The server's time to take the seeded ratings (not the app's work: for scale only). */
  seedMs: number;
}

const USER = 'bench';
const PASSWORD = 'bench-password';
const DATABASE = 'faultlines-bench';
const STEP_TIMEOUT_MS = 600_000;

/** Review documents as the app writes them (domain/sync/documents.ts), one per minute, oldest first. */
function ratings(from: number, count: number, end: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const k = from + i;
    return {
      _id: `review:bench-${String(k).padStart(7, '0')}`,
      v: 1,
      cardId: cardId(k % SYNC_SHAPE.cards),
      time: end - (SYNC_SHAPE.ratings + SYNC_SHAPE.incremental - k) * 60_000,
      grade: k % 11 === 0 ? 1 : k % 7 === 0 ? 4 : 3,
      source: k % 5 === 0 ? 'quiz' : 'study',
    };
  });
}

async function post(url: string, docs: Record<string, unknown>[]): Promise<void> {
  const response = await fetch(`${url}/${DATABASE}/_bulk_docs`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ docs }) });
  if (response.status !== 201) throw new Error(`seeding the sync server: ${response.status} ${await response.text()}`);
}

async function call<K extends 'syncSetUp' | 'syncRun'>(page: Page, name: K, args: Parameters<ScaleApi[K]>): Promise<Awaited<ReturnType<ScaleApi[K]>>> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`sync bench: ${name} did not finish in ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  try {
    const work = page.evaluate(([n, a]) => (window.faultlinesBench[n] as (...x: unknown[]) => Promise<unknown>)(...a), [name, args] as const);
    return (await Promise.race([work, deadline])) as Awaited<ReturnType<ScaleApi[K]>>;
  } finally {
    clearTimeout(timer);
  }
}

export async function measureSync(scaleUrl: string, log: (line: string) => void): Promise<SyncBenchResult> {
  const couch = await startCouchServer();
  const profile = await launchProfile();
  try {
    await couch.createUser(USER, PASSWORD);
    await couch.createDatabase(DATABASE);
    const end = Date.now();
    log(`sync: putting ${SYNC_SHAPE.ratings.toLocaleString('en')} ratings on the server…`);
    const seedStart = performance.now();
    for (let k = 0; k < SYNC_SHAPE.ratings; k += 5000) await post(couch.url, ratings(k, 5000, end));
    const seedMs = performance.now() - seedStart;

    const page = await profile.context.newPage();
    await page.goto(scaleUrl);
    await call(page, 'syncSetUp', [couch.url, USER, PASSWORD, DATABASE]);
    log('sync: first sync into an empty device…');
    const first = await call(page, 'syncRun', []);
    if (first.reviews !== SYNC_SHAPE.ratings) throw new Error(`sync bench: the device holds ${first.reviews} ratings after its first sync, not ${SYNC_SHAPE.ratings}`);
    await post(couch.url, ratings(SYNC_SHAPE.ratings, SYNC_SHAPE.incremental, end));
    log(`sync: incremental sync of ${SYNC_SHAPE.incremental} new ratings…`);
    const incremental = await call(page, 'syncRun', []);
    if (incremental.ratingsAdded !== SYNC_SHAPE.incremental) throw new Error(`sync bench: the incremental sync added ${incremental.ratingsAdded} ratings, not ${SYNC_SHAPE.incremental}`);
    return { first, incremental, seedMs };
  } finally {
    await profile.close();
    await couch.stop();
  }
}
