/**
 * Fills a database with the scale bench's collection as version 6 of the app left it (the schema's
 * own ladder, stopped before rung 7): a memory per seen card and `rows` log rows, spread over
 * SHAPE.days days. The app's open then upgrades it, and rung 7 builds the day summaries from the
 * log: that upgrade is timed (entry.ts). Rows are written straight to IndexedDB in large
 * transactions without waiting on each put, with the app's time-ordered ids, so each batch appends
 * to the end of the key order instead of landing all over it. Deterministic: a seeded generator.
 */
import { openDB, unwrap } from 'idb';
import type { CardMemory } from '../../../src/domain/memory';
import { DAY } from '../../../src/domain/interval';
import type { ReviewRecord } from '../../../src/domain/records';
import { timeOrderedId } from '../../../src/domain/review-id';
import { createStores, type FaultlinesSchema } from '../../../src/storage/schema';
import type { SeedResult } from './api';
import { cardId } from './synthetic-catalog';
import type { Shape } from './shape';

const BATCH = 25_000;

/** mulberry32: small, fast, good enough to spread synthetic data. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random part of a review id, as the app's (crypto.randomUUID). */
function uuid(random: () => number): string {
  const hex = (n: number) => Math.floor(random() * 16 ** n).toString(16).padStart(n, '0');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(6)}${hex(6)}`;
}

function commit(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
  });
}

/** The version the seeded database is written at: the one before the day summaries. */
export const SEEDED_VERSION = 6;

export async function seed(name: string, shape: Shape, rows: number, now: number, today: number): Promise<Omit<SeedResult, 'upgradeMs'>> {
  const started = performance.now();
  const connection = await openDB<FaultlinesSchema>(name, SEEDED_VERSION, { upgrade: (d, from, to) => createStores(d, from, to ?? SEEDED_VERSION) });
  const db = unwrap(connection);
  const random = generator(20250613);
  const seen = shape.cards - shape.unseen;
  const memories = new Array<CardMemory | undefined>(seen);
  const perDay = rows / shape.days;

  let batch: ReviewRecord[] = [];
  let batches = 0;
  const flush = async () => {
    const tx = db.transaction('reviews', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('reviews');
    for (const row of batch) store.add(row);
    batch = [];
    await commit(tx);
    if (++batches % 8 === 0) console.log(`seeded ${(batches * BATCH).toLocaleString('en')} rows in ${Math.round((performance.now() - started) / 1000)} s`);
  };

  let n = 0;
  for (let d = shape.days - 1; d >= 0; d--) {
    const dayStart = today - d * DAY;
    const span = d === 0 ? Math.max(1, now - today) : DAY;
    for (let k = 0; k < perDay; k++, n++) {
      const time = dayStart + Math.floor(((k + 0.5) * span) / perDay);
      const card = n % seen;
      const before = memories[card];
      const stability = (before?.stability ?? 1) * (1 + random());
      const after: CardMemory = {
        cardId: cardId(card),
        due: time + Math.round(stability * DAY),
        stability,
        difficulty: 1 + random() * 9,
        scheduledDays: Math.round(stability),
        learningSteps: 0,
        reps: (before?.reps ?? 0) + 1,
        lapses: (before?.lapses ?? 0) + (random() < 0.1 ? 1 : 0),
        state: 2,
        lastReview: time,
      };
      memories[card] = after;
      batch.push({ id: timeOrderedId(time, uuid(random)), cardId: after.cardId, time, grade: 3, source: 'study', after, ...(before ? { before } : {}) });
      if (batch.length === BATCH) await flush();
    }
  }
  if (batch.length) await flush();

  // The memories as they stand now: a few cards due (the queue), the rest due over the next 90 days.
  const tx = db.transaction('memories', 'readwrite', { durability: 'relaxed' });
  memories.forEach((m, i) => {
    if (!m) return;
    const due = i < shape.dueNow ? now - Math.round(random() * DAY) : now + Math.round((0.01 + random() * 90) * DAY);
    tx.objectStore('memories').put({ ...m, due });
  });
  await commit(tx);
  connection.close();
  return { memories: seen, reviews: n, ms: performance.now() - started };
}
