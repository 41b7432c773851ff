/**
 * Fills the app's database (opened through src/storage, so its schema and upgrade ladder) with the
 * scale bench's collection: a memory per seen card and SHAPE.reviews log rows, 1,000 a day. Rows are
 * written straight to IndexedDB in large transactions without waiting on each put — the only way to
 * write a million rows in seconds rather than minutes. Deterministic: a seeded generator.
 */
import { unwrap } from 'idb';
import type { CardMemory } from '../../../src/domain/memory';
import { DAY } from '../../../src/domain/interval';
import type { ReviewRecord } from '../../../src/domain/records';
import type { Database } from '../../../src/storage';
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

/** Review ids look like the app's (crypto.randomUUID), so the primary key is as random as in use. */
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

export async function seed(database: Database, shape: Shape, now: number, today: number): Promise<SeedResult> {
  const started = performance.now();
  const db = unwrap(await database.get());
  const random = generator(20250613);
  const seen = shape.cards - shape.unseen;
  const memories = new Array<CardMemory | undefined>(seen);
  const perDay = shape.reviews / shape.days;

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
      batch.push({ id: uuid(random), cardId: after.cardId, time, grade: 3, source: 'study', after, ...(before ? { before } : {}) });
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
  return { memories: seen, reviews: n, ms: performance.now() - started };
}
