/**
 * The merge's properties, on the real write path (sync-repository's batch transaction, in
 * fake-indexeddb): the same documents, applied in any order, in any batches, or twice, leave
 * byte-identical review logs and memories — which is what makes devices converge whatever order
 * the server's feed and their own syncs bring things in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reschedulerFor } from '../../src/app/sync/engine';
import { canonicalJson } from '../../src/domain/canonical-json';
import { createRng, randomInt, shuffle } from '../../src/domain/quiz/rng';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import type { Grade } from '../../src/domain/memory';
import { openDatabase, progressRepository, settingsRepository, type Database } from '../../src/storage';
import { syncRepository, type IncomingDoc } from '../../src/storage/sync-repository';
import { useFreshIndexedDb } from './helpers';

const T0 = Date.UTC(2026, 4, 4, 9, 0);
const HOUR = 3_600_000;
const CARDS = ['act-001', 'act-002', 'act-003', 'act-004', 'act-005'];
const scheduling = reschedulerFor({ fuzz: true });

let open: Database[] = [];
afterEach(() => { open.forEach((d) => d.close()); open = []; });

/** A device: its own database in one shared fake IndexedDB. */
function device(name: string): Database {
  const database = openDatabase({ onBlocked: () => undefined, onVersionChange: () => undefined }, `faultlines-${name}`);
  open.push(database);
  return database;
}

const review = (id: string, cardId: string, time: number, grade: Grade, source: 'study' | 'quiz' = 'study'): IncomingDoc =>
  ({ kind: 'review', id: `review:${id}`, rev: '1-a', review: { id, cardId, time, grade, source } });
const undo = (reviewId: string, cardId: string, time: number): IncomingDoc =>
  ({ kind: 'undo', id: `undo:${reviewId}`, rev: '1-a', undo: { reviewId, cardId, time } });

/** Three devices' worth of history: ratings of a few cards over weeks, some of them undone. */
function history(seed: string): IncomingDoc[] {
  const rng = createRng(seed);
  const docs: IncomingDoc[] = [];
  for (let i = 0; i < 60; i++) {
    const cardId = CARDS[randomInt(rng, CARDS.length)]!;
    const time = T0 + randomInt(rng, 30 * 24) * HOUR + i;
    const id = `${['a', 'b', 'c'][i % 3]}-${i}`;
    docs.push(review(id, cardId, time, (1 + randomInt(rng, 4)) as Grade, i % 5 === 0 ? 'quiz' : 'study'));
    if (randomInt(rng, 6) === 0) docs.push(undo(id, cardId, time));
  }
  return docs;
}

async function applyAll(database: Database, docs: IncomingDoc[], batchSize: number): Promise<void> {
  const repo = syncRepository(database);
  for (let i = 0; i < docs.length; i += batchSize) {
    await repo.apply({ docs: docs.slice(i, i + batchSize), refused: [], checkpoint: i + batchSize }, scheduling);
  }
}

/** The review log and the memories, canonically: what must be equal on every device. */
async function dump(database: Database): Promise<string> {
  const db = await database.get();
  const [reviews, memories] = await Promise.all([db.getAll('reviews'), db.getAll('memories')]);
  return canonicalJson({ reviews, memories });
}

describe('merging synced documents', () => {
  it('gives byte-identical logs and memories in any order, in any batches, and when applied twice', async () => {
    useFreshIndexedDb();
    for (const seed of ['one', 'two', 'three']) {
      const docs = history(seed);
      const rng = createRng(seed, 'orders');
      const inOrder = device(`${seed}-in-order`);
      await applyAll(inOrder, docs, docs.length);
      const expected = await dump(inOrder);
      expect(JSON.parse(expected).reviews.length).toBeGreaterThan(30);

      for (let attempt = 0; attempt < 4; attempt++) {
        const shuffled = device(`${seed}-shuffled-${attempt}`);
        await applyAll(shuffled, shuffle(rng, docs), 1 + randomInt(rng, 12));
        expect(await dump(shuffled)).toBe(expected);
      }
      const twice = device(`${seed}-twice`);
      await applyAll(twice, shuffle(rng, docs), 7);
      await applyAll(twice, shuffle(rng, docs), 5);
      expect(await dump(twice)).toBe(expected);
    }
  }, 120_000);

  it('rebuilds each memory as if its remaining ratings had been rated live, oldest first', async () => {
    useFreshIndexedDb();
    const docs = history('live');
    const merged = device('merged');
    await applyAll(merged, shuffle(createRng('live', 'order'), docs), 4);
    const undone = new Set(docs.filter((d) => d.kind === 'undo').map((d) => (d.kind === 'undo' ? d.undo.reviewId : '')));
    const remaining = docs.flatMap((d) => (d.kind === 'review' && !undone.has(d.review.id) ? [d.review] : []))
      .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
    // Rated live, one after another in time order, on a device of its own.
    const live = device('live');
    const progress = progressRepository(live);
    const { rate } = scheduling(DEFAULT_SETTINGS);
    for (const r of remaining) {
      await progress.record({ cardId: r.cardId, review: (before) => ({ ...r, ...(before ? { before } : {}), after: rate(before, r.cardId, r.time, r.grade) }) });
    }
    expect(await dump(merged)).toBe(await dump(live));
  });

  it('lets an undo win over its rating whichever arrives first, and ignores the rating when it comes again', async () => {
    useFreshIndexedDb();
    const rating = review('x-1', 'act-001', T0, 3);
    const later = review('x-2', 'act-001', T0 + HOUR, 4);
    const undone = undo('x-1', 'act-001', T0);
    const first = device('undo-first');
    await applyAll(first, [undone, later, rating], 1);
    const second = device('undo-second');
    await applyAll(second, [rating, later], 2);
    await applyAll(second, [undone], 1);
    await applyAll(second, [rating], 1);
    expect(await dump(second)).toBe(await dump(first));
    const db = await first.get();
    expect((await db.getAll('reviews')).map((r) => r.id)).toEqual(['x-2']);
    expect(await db.get('undos', 'x-1')).toEqual({ reviewId: 'x-1', cardId: 'act-001', time: T0 });
  });

  it('joins a device\'s own live ratings with others\' into the same log as the others hold', async () => {
    useFreshIndexedDb();
    const { rate } = scheduling(DEFAULT_SETTINGS);
    const own = [review('h-1', 'act-001', T0 + 2 * HOUR, 3), review('h-2', 'act-002', T0, 1)];
    const theirs = [review('t-1', 'act-001', T0, 4), review('t-2', 'act-001', T0 + 5 * HOUR, 2), review('t-3', 'act-003', T0, 3)];
    const here = device('here');
    const progress = progressRepository(here);
    for (const doc of own) {
      if (doc.kind !== 'review') continue;
      const r = doc.review;
      await progress.record({ cardId: r.cardId, review: (before) => ({ ...r, ...(before ? { before } : {}), after: rate(before, r.cardId, r.time, r.grade) }) });
    }
    await applyAll(here, theirs, 2);
    const elsewhere = device('elsewhere');
    await applyAll(elsewhere, [...theirs, ...own].reverse(), 1);
    expect(await dump(here)).toBe(await dump(elsewhere));
  });

  it('takes the latest setting by its stamp whatever the order, and applies it', async () => {
    useFreshIndexedDb();
    const stamp = (value: number, updatedAt: number, device: string): IncomingDoc =>
      ({ kind: 'setting', id: 'setting:newCardsPerDay', rev: '1-a', name: 'newCardsPerDay', stamp: { value, updatedAt, device } });
    const docs = [stamp(5, T0, 'a'), stamp(9, T0 + HOUR, 'b'), stamp(7, T0 + HOUR, 'c'), stamp(3, T0 - HOUR, 'd')];
    const results: Settings[] = [];
    for (const [i, order] of [docs, [...docs].reverse(), shuffle(createRng('settings'), docs)].entries()) {
      const d = device(`settings-${i}`);
      await applyAll(d, order, 1);
      results.push(await settingsRepository(d).load());
    }
    // Same time: the greater device id wins, on every device.
    expect(results.map((s) => s.newCardsPerDay)).toEqual([7, 7, 7]);
  });
});
