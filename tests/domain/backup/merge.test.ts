import { describe, expect, it } from 'vitest';
import { mergeBackups, type Replay } from '../../../src/domain/backup/merge';
import { createScheduler, replay } from '../../../src/domain/scheduler';
import { LEECH_LAPSES, type CardMemory, type Grade } from '../../../src/domain/memory';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { BACKUP_STORES, type BackupData } from '../../../src/storage';
import { DAY, HOUR, rateAll, T0 } from './helpers';

const options = { desiredRetention: 0.9, fuzz: false };
const replayer: Replay = (cardId, ratings) => replay(cardId, ratings, options);
const data = (part: Partial<BackupData>): BackupData => ({
  memories: [], reviews: [], quizResults: [], settings: DEFAULT_SETTINGS, importedDecks: [], classSessions: [], ...part,
});
const quiz = (id: string) => ({
  id, mode: 'quiz' as const, deckIds: [], topics: [], seed: id, questionCount: 0, practice: false, startedAt: T0, answers: [],
});

describe('replaying a card\'s log', () => {
  it('gives what rating the same sequence live gives, with fuzz off and on', () => {
    const ratings: { time: number; grade: Grade }[] = [{ time: T0, grade: 3 }, { time: T0 + HOUR, grade: 3 }, { time: T0 + 5 * DAY, grade: 1 }, { time: T0 + 6 * DAY, grade: 4 }];
    for (const fuzz of [false, true]) {
      const live = createScheduler({ desiredRetention: 0.9, fuzz });
      let memory: CardMemory | undefined;
      const expected = ratings.map(({ time, grade }) => (memory = live.rate(memory, 'act-001', time, grade).after));
      expect(replay('act-001', ratings, { desiredRetention: 0.9, fuzz })).toEqual(expected);
    }
  });
});

describe('merging two backups', () => {
  // Two devices, each with ratings the other lacks: act-001 rated on both, act-002 only here, act-003 only there.
  const here = rateAll([
    { id: 'h1', cardId: 'act-002', time: T0, grade: 4 },
    { id: 'h2', cardId: 'act-001', time: T0 + DAY, grade: 1 },
  ]);
  const there = rateAll([
    { id: 't1', cardId: 'act-001', time: T0, grade: 3 },
    { id: 't2', cardId: 'act-003', time: T0 + HOUR, grade: 4 },
    { id: 't3', cardId: 'act-001', time: T0 + 2 * DAY, grade: 3 },
  ]);
  const mine = data({ ...here, quizResults: [quiz('q-here'), quiz('q-both')], settings: { ...DEFAULT_SETTINGS, newCardsPerDay: 5 } });
  const theirs = data({ ...there, quizResults: [quiz('q-there'), { ...quiz('q-both'), seed: 'theirs' }], settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });

  it('unites the review logs and quiz results by id, and keeps the settings here', () => {
    const { data: merged, added } = mergeBackups(BACKUP_STORES, mine, theirs, replayer);
    expect(merged.reviews.map((r) => r.id).sort()).toEqual(['h1', 'h2', 't1', 't2', 't3']);
    expect(merged.quizResults.map((q) => `${q.id}:${q.seed}`).sort()).toEqual(['q-both:q-both', 'q-here:q-here', 'q-there:q-there']);
    expect(merged.settings).toBe(mine.settings);
    expect(added).toMatchObject({ reviews: 3, quizResults: 1, memories: 1 });
  });

  it('rebuilds a card rated on both sides as if its merged log had been rated live, in time order', () => {
    const { data: merged, rebuilt } = mergeBackups(BACKUP_STORES, mine, theirs, replayer);
    const direct = rateAll([
      { id: 't1', cardId: 'act-001', time: T0, grade: 3 },
      { id: 'h2', cardId: 'act-001', time: T0 + DAY, grade: 1 },
      { id: 't3', cardId: 'act-001', time: T0 + 2 * DAY, grade: 3 },
    ]);
    expect(rebuilt).toEqual(['act-001']);
    expect(merged.memories.find((m) => m.cardId === 'act-001')).toEqual(direct.memories[0]);
    // Its log rows carry the replayed memories, so undo and a later merge stay true.
    const rows = ['t1', 'h2', 't3'].map((id) => merged.reviews.find((r) => r.id === id));
    expect(rows).toEqual(direct.reviews.map((r) => ({ ...r, source: 'study' })));
  });

  it('keeps the memory of a card only one side rated, as that side left it', () => {
    const { data: merged } = mergeBackups(BACKUP_STORES, mine, theirs, replayer);
    expect(merged.memories.find((m) => m.cardId === 'act-002')).toBe(here.memories.find((m) => m.cardId === 'act-002'));
    expect(merged.memories.find((m) => m.cardId === 'act-003')).toBe(there.memories.find((m) => m.cardId === 'act-003'));
    expect(merged.reviews.find((r) => r.id === 't2')).toBe(there.reviews.find((r) => r.id === 't2'));
  });

  it('changes nothing when merging a backup of what is already here', () => {
    const once = mergeBackups(BACKUP_STORES, mine, theirs, replayer).data;
    const twice = mergeBackups(BACKUP_STORES, once, theirs, replayer);
    expect(twice.data).toEqual(once);
    expect(twice.rebuilt).toEqual([]);
    expect(twice.added).toMatchObject({ reviews: 0, quizResults: 0, memories: 0 });
  });

  it('keeps a suspension made here, and suspends a card the merged history first makes a leech', () => {
    // Seven lapses here and one there: eight in all, a leech neither device had seen.
    // Easy takes a new card straight to review; then each Again is a lapse, and Good brings it back.
    const history = (prefix: string, from: number, lapses: number) => [
      { id: `${prefix}-0`, cardId: 'act-001', time: from, grade: 4 as Grade },
      ...Array.from({ length: lapses }, (_, i) => [
        { id: `${prefix}-${i}a`, cardId: 'act-001', time: from + (i + 1) * 20 * DAY, grade: 1 as Grade },
        { id: `${prefix}-${i}b`, cardId: 'act-001', time: from + (i + 1) * 20 * DAY + 5 * DAY, grade: 3 as Grade },
      ]).flat(),
    ];
    // The other device's few ratings, after this one's: on their own they are no lapse at all.
    const later = (prefix: string, from: number) => [
      { id: `${prefix}-a`, cardId: 'act-001', time: from, grade: 1 as Grade },
      { id: `${prefix}-b`, cardId: 'act-001', time: from + 5 * DAY, grade: 3 as Grade },
    ];
    const a = rateAll(history('a', T0, LEECH_LAPSES - 1));
    const b = rateAll(later('b', T0 + 400 * DAY));
    expect([a.memories[0]!.lapses, b.memories[0]!.lapses]).toEqual([LEECH_LAPSES - 1, 0]);
    const merged = mergeBackups(BACKUP_STORES, data(a), data(b), replayer).data.memories[0]!;
    expect(merged.lapses).toBe(LEECH_LAPSES);
    expect(merged.suspended).toBe(true);
    // Unsuspended here after becoming a leech: a merge does not suspend it again.
    const c = rateAll(history('c', T0, LEECH_LAPSES));
    expect(c.memories[0]!.suspended).toBe(true);
    const unsuspended = data({ ...c, memories: c.memories.map(({ suspended: _, ...m }) => m) });
    const again = mergeBackups(BACKUP_STORES, unsuspended, data(rateAll(later('d', T0 + 400 * DAY))), replayer).data.memories[0]!;
    expect(again.lapses).toBe(LEECH_LAPSES + 1);
    expect(again.suspended).toBeUndefined();
  });
});
