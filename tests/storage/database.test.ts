import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from './helpers';
import { SUMMARY_BUILD_BATCH } from '../../src/storage/migrations';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';
import { summariseLog } from '../../src/domain/day-summary';
import { progressRepository, settingsRepository } from '../../src/storage';

const ALL_STORES = ['classSessions', 'days', 'importedDecks', 'memories', 'quizResults', 'reviews', 'settings', 'sync', 'synced', 'undos'];

describe('the database', () => {
  it('creates every store and index of the current version on a first open', async () => {
    const database = freshDatabase();
    const db = await database.get();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    const tx = db.transaction(['memories', 'reviews']);
    expect([...tx.objectStore('memories').indexNames]).toEqual(['by-due']);
    expect([...tx.objectStore('reviews').indexNames].sort()).toEqual(['by-card', 'by-time']);
    database.close();
  });

  /** A database as each older version of the app left it, with one rating and settings in it. */
  function writeOldVersion(version: 1 | 2 | 3 | 4 | 5 | 6, extra: (tx: IDBTransaction) => void = () => undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, version);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('memories', { keyPath: 'cardId' }).createIndex('by-due', 'due');
        const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
        reviews.createIndex('by-time', 'time');
        reviews.createIndex('by-card', 'cardId');
        db.createObjectStore('settings');
        if (version >= 2) db.createObjectStore('quizResults', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
        if (version >= 3) db.createObjectStore('importedDecks', { keyPath: 'id' });
        if (version >= 4) db.createObjectStore('classSessions', { keyPath: 'id' }).createIndex('by-created', 'createdAt');
        if (version >= 6) ['undos', 'sync', 'synced'].forEach((name) => db.createObjectStore(name, name === 'sync' ? {} : { keyPath: name === 'undos' ? 'reviewId' : 'id' }));
        const tx = open.transaction!;
        tx.objectStore('memories').put({ cardId: 'act-001', due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1 });
        tx.objectStore('reviews').put({ id: 'r1', cardId: 'act-001', time: 1, grade: 3, source: 'study', after: {} });
        tx.objectStore('settings').put({ desiredRetention: 0.85, newCardsPerDay: 7, theme: 'dark' }, 'app');
        if (version >= 2) tx.objectStore('quizResults').put({ id: 'q1', startedAt: 1, answers: [] });
        if (version >= 3) tx.objectStore('importedDecks').put({ id: 'custom-abcde', cards: [] });
        if (version >= 4) tx.objectStore('classSessions').put({ id: 'c1', createdAt: 1, students: [] });
        extra(tx);
      };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    });
  }

  for (const version of [1, 2, 3, 4, 5, 6] as const) {
    it(`upgrades a database written by version ${version} and keeps its progress`, async () => {
      const database = freshDatabase();
      await writeOldVersion(version);
      const db = await database.get();
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
      expect(await progressRepository(database).memory('act-001')).toMatchObject({ due: 5 });
      expect(await progressRepository(database).reviewCount()).toBe(1);
      expect(await settingsRepository(database).load()).toMatchObject({ newCardsPerDay: 7, theme: 'dark' });
      expect(await db.count('quizResults')).toBe(version >= 2 ? 1 : 0);
      expect(await db.count('importedDecks')).toBe(version >= 3 ? 1 : 0);
      expect(await db.count('classSessions')).toBe(version >= 4 ? 1 : 0);
      // Sync's stores start empty: nothing is waiting to be sent until sync is switched on and looks.
      expect(await Promise.all([db.count('undos'), db.count('sync'), db.count('synced')])).toEqual([0, 0, 0]);
      database.close();
    });
  }

  it('counts the day summaries and the running total from the whole log of a version-6 database, in batches', async () => {
    const database = freshDatabase();
    const DAY = 86_400_000;
    const start = Date.UTC(2026, 0, 1);
    const rows = SUMMARY_BUILD_BATCH + 5_000;
    const answers = [{ questionId: 'a', correct: true, cardIds: [], missedCardIds: [], answeredAt: start + 3 * DAY }, { questionId: 'b', correct: false, cardIds: [], missedCardIds: [], answeredAt: start + 3 * DAY + 1 }];
    await writeOldVersion(6, (tx) => {
      const reviews = tx.objectStore('reviews');
      for (let i = 0; i < rows; i++) {
        reviews.put({ id: `z${String(i).padStart(6, '0')}`, cardId: `act-${i % 50}`, time: start + Math.floor(i / 97) * DAY + i, grade: 1 + (i % 4), source: i % 3 ? 'study' : 'quiz', after: {}, ...(i % 7 ? { before: { state: i % 4 } } : {}) });
      }
      tx.objectStore('quizResults').put({ id: 'q2', startedAt: 1, answers });
    });
    const db = await database.get();
    const [reviews, quizzes, days] = await Promise.all([db.getAll('reviews'), db.getAll('quizResults'), db.getAll('days')]);
    expect(reviews).toHaveLength(rows + 1);
    expect(days).toEqual([...summariseLog(reviews, quizzes.flatMap((q) => q.answers), () => 0).values()].sort((a, b) => (a.day < b.day ? -1 : 1)));
    expect(await progressRepository(database).reviewCount()).toBe(rows + 1);
    expect(days.find((d) => d.day === '2026-01-04')).toMatchObject({ quizRight: 1, quizWrong: 1 });
    database.close();
  }, 60_000);

  it('moves imported decks saved with ids outside the imported namespace into it, their own cards\' ratings with them', async () => {
    const card = (id: string) => ({ id, kind: 'basic', prompt: `P ${id}`, answer: 'A', explanation: '', tags: [], source: { type: 'imported', file: 'f.csv', date: '2026-01-01' } });
    const memory = (cardId: string) => ({ cardId, due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1 });
    const database = freshDatabase();
    await writeOldVersion(4, (tx) => {
      const decks = tx.objectStore('importedDecks');
      // As a restore by an older version could have left them: a shipped deck's id, any card ids.
      decks.put({ id: 'actors', title: 'Not the shipped one', topic: 'custom', version: 1, intro: '', talkingPoints: [], cards: [card('act-001'), card('my-0001')] });
      decks.put({ id: 'custom-qwert', title: 'Mine', topic: 'custom', version: 1, intro: '', talkingPoints: [], cards: [card('qwert-0001'), card('qwert-0001'), card('zz-0002')] });
      decks.put({ id: 'custom-ok', title: 'Fine', topic: 'custom', version: 1, intro: '', talkingPoints: [], cards: [card('ok-0001')] });
      tx.objectStore('memories').put(memory('my-0001'));
      tx.objectStore('reviews').put({ id: 'r-my', cardId: 'my-0001', time: 2, grade: 3, source: 'study', after: memory('my-0001') });
      tx.objectStore('memories').put(memory('zz-0002'));
    });
    const db = await database.get();
    const decks = await db.getAll('importedDecks');
    const byTitle = (title: string) => decks.find((d) => d.title === title)!;
    const moved = byTitle('Not the shipped one');
    expect(moved.id).toMatch(/^custom-[a-z]{5}$/);
    const letters = moved.id.slice('custom-'.length);
    expect(moved.cards.map((c) => c.id)).toEqual([`${letters}-0001`, `${letters}-0002`]);
    expect(byTitle('Mine').cards.map((c) => c.id)).toEqual(['qwert-0001', 'qwert-0002', 'qwert-0003']);
    expect(byTitle('Fine')).toMatchObject({ id: 'custom-ok', cards: [{ id: 'ok-0001' }] });
    expect(decks.map((d) => d.id)).not.toContain('actors');

    const progress = progressRepository(database);
    // The shipped card's ratings stay with act-001; the deck's own cards' ratings follow them.
    expect(await progress.memory('act-001')).toMatchObject({ due: 5 });
    expect(await progress.memory('my-0001')).toBeUndefined();
    expect(await progress.memory(`${letters}-0002`)).toMatchObject({ cardId: `${letters}-0002`, reps: 1 });
    expect(await progress.reviewsOf(`${letters}-0002`)).toMatchObject([{ id: 'r-my', cardId: `${letters}-0002`, after: { cardId: `${letters}-0002` } }]);
    expect(await progress.memory('qwert-0003')).toMatchObject({ cardId: 'qwert-0003' });
    database.close();
  });

  it('closes and asks for a reload when a newer version in another tab needs to upgrade', async () => {
    const onVersionChange = vi.fn();
    const database = freshDatabase({ onVersionChange });
    await database.get();
    // Another tab opens a newer version: this connection must get out of its way.
    const newer = indexedDB.open(DB_NAME, DB_VERSION + 1);
    await new Promise<void>((resolve, reject) => { newer.onsuccess = () => resolve(); newer.onerror = () => reject(newer.error); });
    expect(onVersionChange).toHaveBeenCalledOnce();
    await expect(database.get()).rejects.toThrow(/updated in another tab/);
    newer.result.close();
  });

  it('reopens a connection that the browser closed', async () => {
    const database = freshDatabase();
    const repo = progressRepository(database);
    const first = await database.get();
    first.close(); // as iOS does after backgrounding: the next transaction throws InvalidStateError
    expect(await repo.reviewCount()).toBe(0);
    expect(await database.get()).not.toBe(first);
    database.close();
  });

  it('keeps settings, with defaults for what was never saved', async () => {
    const database = freshDatabase();
    const settings = settingsRepository(database);
    expect((await settings.load()).newCardsPerDay).toBe(20);
    await settings.save({ newCardsPerDay: 35 });
    expect(await settings.load()).toMatchObject({ newCardsPerDay: 35, desiredRetention: 0.9 });
    database.close();
  });
});
