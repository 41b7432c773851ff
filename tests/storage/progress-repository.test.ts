import { emptySummary } from '../../src/domain/day-summary';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../src/domain/calendar';
import { exactly, freshDatabase } from './helpers';
import type { ReviewRecord } from '../../src/domain/records';
import { progressRepository, type Database } from '../../src/storage';
import type { CardMemory } from '../../src/domain/memory';

const T0 = Date.UTC(2026, 3, 1, 8, 0);
const memory = (cardId: string, due: number, reps = 1): CardMemory => ({
  cardId, due, stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 2, learningSteps: 0, reps, lapses: 0, state: 2,
});
const review = (id: string, after: CardMemory, before?: CardMemory): ReviewRecord => ({
  id, cardId: after.cardId, time: T0, grade: 3, source: 'study', after, ...(before ? { before } : {}),
});

let db: Database;
afterEach(() => db.close());

describe('the progress repository', () => {
  it('writes the card memory and its log row together', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    await repo.record(exactly(review('r1', memory('a', T0 + 1000))));
    expect(await repo.memory('a')).toEqual(memory('a', T0 + 1000));
    expect(await repo.reviewsOf('a')).toHaveLength(1);
  });

  it('writes neither when the log row cannot be written', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    await repo.record(exactly(review('r1', memory('a', T0))));
    // Same review id again: the log insert fails, so the memory update must roll back too.
    await expect(repo.record(exactly(review('r1', memory('a', T0 + 99_999, 2))))).rejects.toThrow();
    expect(await repo.memory('a')).toEqual(memory('a', T0));
    expect(await repo.reviewCount()).toBe(1);
  });

  it('reads due cards from the due index, up to the given time', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    await repo.record(exactly(review('r1', memory('a', T0 - 10))));
    await repo.record(exactly(review('r2', memory('b', T0 + 10))));
    await repo.record(exactly(review('r3', memory('c', T0))));
    expect((await repo.dueBy(T0)).map((m) => m.cardId)).toEqual(['a', 'c']);
    expect(await repo.nextDueAfter(T0)).toBe(T0 + 10);
    expect(await repo.seenIds()).toEqual(new Set(['a', 'b', 'c']));
  });

  it('undo of a first rating forgets the card; undo of a later one restores the memory before it', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    const first = memory('a', T0 + 1);
    await repo.record(exactly(review('r1', first)));
    await repo.record(exactly(review('r2', memory('a', T0 + 2, 2), first)));
    expect(await repo.undo('r2')).toMatchObject({ status: 'undone', review: { id: 'r2' } });
    expect(await repo.memory('a')).toEqual(first);
    await repo.undo('r1');
    expect(await repo.memory('a')).toBeUndefined();
    expect(await repo.reviewCount()).toBe(0);
  });

  it('keeps a record of each undo, written with it, for sync to take to the other devices', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    const first = memory('a', T0 + 1);
    await repo.record(exactly(review('r1', first)));
    await repo.record(exactly({ ...review('r2', memory('a', T0 + 2, 2), first), time: T0 + 60_000 }));
    await repo.undo('r2');
    const connection = await db.get();
    expect(await connection.getAll('undos')).toEqual([{ reviewId: 'r2', cardId: 'a', time: T0 + 60_000 }]);
    // An undo refused (the card was rated again since) leaves no record: the rating stands.
    await repo.record(exactly(review('r3', memory('a', T0 + 3, 2), first)));
    expect(await repo.undo('r1')).toMatchObject({ status: 'superseded' });
    expect(await connection.count('undos')).toBe(1);
  });

  it('counts the ratings of a set of cards in one read', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    await repo.record(exactly(review('r1', memory('a', T0))));
    await repo.record(exactly(review('r2', memory('a', T0, 2))));
    await repo.record(exactly(review('r3', memory('b', T0))));
    await repo.record(exactly(review('r4', memory('c', T0))));
    expect(await repo.reviewCountOf(['a', 'b', 'z'])).toBe(3);
    expect(await repo.reviewCountOf([])).toBe(0);
  });

  it('finds reviews by time range', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    await repo.record(exactly({ ...review('r1', memory('a', T0)), time: T0 - 5000 }));
    await repo.record(exactly(review('r2', memory('b', T0))));
    expect((await repo.reviewsSince(T0)).map((r) => r.id)).toEqual(['r2']);
  });

  it('counts a streak longer than the days it reads at first (a 500-day streak, then a gap)', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    const today = dayKey(T0, db.offsetOf);
    const connection = await db.get();
    const days = Array.from({ length: 500 }, (_, i) => ({ ...emptySummary(addDays(today, -i)), ratings: 1 }));
    // A gap, then older days that must not count.
    days.push(...[502, 503, 504].map((i) => ({ ...emptySummary(addDays(today, -i)), ratings: 2 })));
    for (const day of days) await connection.put('days', day);
    expect(await repo.streak(today)).toEqual({ streak: 500, studiedToday: true });
    expect(await repo.streak(addDays(today, 1))).toEqual({ streak: 500, studiedToday: false });
  });

  it('counts the streak of days with reviews', async () => {
    db = freshDatabase();
    const repo = progressRepository(db);
    const DAY = 86_400_000;
    const today = T0 - (T0 % DAY);
    // Reviews today (two), yesterday, the day before, then a gap, then older ones.
    const times = [today + 5, today + 9, today - DAY + 100, today - 2 * DAY, today - 4 * DAY, today - 5 * DAY];
    for (const [i, time] of times.entries()) await repo.record(exactly({ ...review(`r${i}`, memory(`c${i}`, T0)), time }));
    const key = (t: number) => dayKey(t, db.offsetOf);
    expect(await repo.streak(key(today))).toEqual({ streak: 3, studiedToday: true });
    // Tomorrow, before studying: the streak still counts up to today.
    expect(await repo.streak(key(today + DAY))).toEqual({ streak: 3, studiedToday: false });
    // Two days later it is broken.
    expect(await repo.streak(key(today + 2 * DAY))).toEqual({ streak: 0, studiedToday: false });
    expect(await repo.streak(key(today - 4 * DAY))).toEqual({ streak: 2, studiedToday: true });
    // A day of quiz answers only (its row counts no rating) fills no gap: the streak stops there.
    await (await db.get()).put('days', { ...emptySummary(key(today - 3 * DAY)), quizRight: 2 });
    expect(await repo.streak(key(today))).toEqual({ streak: 3, studiedToday: true });
    await (await db.get()).put('days', { ...emptySummary(key(today + DAY)), quizWrong: 1 });
    expect(await repo.streak(key(today + DAY))).toEqual({ streak: 3, studiedToday: false });
  });
});
