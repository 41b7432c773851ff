/**
 * The day summaries are a cache of the review log and the quiz answers, kept in the same
 * transactions as the log. Whatever happens — ratings, undos, quiz answers, restores and merges of
 * backups, resets, deleted decks, sync batches — they must equal a recount of what the log holds.
 * A property test: seeded random sequences of all of these, checked after every step, in a zone
 * with clock changes (Berlin, around the autumn change).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkBackup, exportBackup, restoreBackup } from '../../src/app/backup';
import { planRating } from '../../src/app/rating-plan';
import { reschedulerFor } from '../../src/app/sync/engine';
import { summariseLog, type DaySummary } from '../../src/domain/day-summary';
import type { Grade } from '../../src/domain/memory';
import { createRng, randomInt } from '../../src/domain/quiz/rng';
import { createScheduler } from '../../src/domain/scheduler';
import type { QuizResultRecord } from '../../src/domain/records';
import { syncRepository, type IncomingDoc } from '../../src/storage/sync-repository';
import { testDeck, testServices, exportText } from '../app/fixtures';
import { berlin, berlinOffset } from '../domain/berlin-clock';

const HOUR = 3_600_000;
const CARDS = ['act-001', 'act-002', 'act-003', 'act-004', 'act-005', 'act-006'];
const SOURCES = ['study', 'quiz', 'briefing'] as const;

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

async function stored(): Promise<DaySummary[]> {
  return (await services.database.get()).getAll('days');
}

async function recount(): Promise<DaySummary[]> {
  const db = await services.database.get();
  const [reviews, quizzes] = await Promise.all([db.getAll('reviews'), db.getAll('quizResults')]);
  return [...summariseLog(reviews, quizzes.flatMap((q) => q.answers), berlinOffset).values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

async function run(seed: string, steps: number): Promise<string[]> {
  services = testServices([testDeck('actors', CARDS)], { timezoneOffset: berlinOffset });
  const rng = createRng(seed);
  const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
  const sync = syncRepository(services.database);
  const backups: string[] = [];
  const done: string[] = [];
  let quiz: QuizResultRecord | undefined;
  let n = 0;
  services.clock.set(berlin(2026, 10, 23, 20));
  const pick = <T>(list: readonly T[]): T => list[randomInt(rng, list.length)]!;
  const grade = () => (1 + randomInt(rng, 4)) as Grade;
  const reviewIds = async () => (await services.progress.reviewsSince(0)).map((r) => r.id);

  const operations: Record<string, () => Promise<void>> = {
    rate: async () => {
      await services.progress.record(planRating(scheduler, { id: services.newId(), cardId: pick(CARDS), time: services.clock.now(), grade: grade(), source: pick(SOURCES) }));
    },
    undo: async () => {
      const ids = await reviewIds();
      if (ids.length) await services.progress.undo(pick(ids));
    },
    answer: async () => {
      // A quiz saved after each answer, as the quiz screen does: the same result, one answer longer.
      quiz = quiz && randomInt(rng, 3) > 0 ? quiz : {
        id: `quiz-${++n}`, mode: 'quiz', deckIds: ['actors'], topics: [], seed: 's', questionCount: 5, practice: false, startedAt: services.clock.now(), answers: [],
      };
      const cardId = pick(CARDS);
      const correct = randomInt(rng, 2) === 0;
      quiz = { ...quiz, answers: [...quiz.answers, { questionId: `q${quiz.answers.length}`, correct, cardIds: [cardId], missedCardIds: correct ? [] : [cardId], answeredAt: services.clock.now() }] };
      const ratings = randomInt(rng, 2) === 0 ? [planRating(scheduler, { id: services.newId(), cardId, time: services.clock.now(), grade: correct ? 3 : 1, source: 'quiz' })] : [];
      await services.quizzes.save(quiz, ratings);
    },
    backup: async () => { backups.push((await exportText(services))); },
    restore: async () => {
      if (!backups.length) return;
      const check = await checkBackup(services, pick(backups));
      if (!check.ok) throw new Error(check.reason);
      await restoreBackup(services, check.file, randomInt(rng, 2) === 0 ? 'replace' : 'merge');
    },
    reset: async () => { if (randomInt(rng, 3) === 0) await services.progress.resetAll(); },
    sync: async () => {
      // Another device's ratings, some in the past (replayed among ours), and undos of ours.
      const docs: IncomingDoc[] = [];
      for (let i = 0; i < 1 + randomInt(rng, 4); i++) {
        const id = `remote-${++n}`;
        docs.push({ kind: 'review', id: `review:${id}`, rev: '1-a', review: { id, cardId: pick(CARDS), time: services.clock.now() - randomInt(rng, 72) * HOUR, grade: grade(), source: pick(['study', 'quiz'] as const) } });
      }
      const rows = await services.progress.reviewsSince(0);
      if (rows.length && randomInt(rng, 2) === 0) {
        const row = pick(rows);
        docs.push({ kind: 'undo', id: `undo:${row.id}`, rev: '1-a', undo: { reviewId: row.id, cardId: row.cardId, time: row.time } });
      }
      await sync.apply({ docs, refused: [], checkpoint: ++n }, reschedulerFor({ fuzz: false }));
    },
  };
  const names = Object.keys(operations);
  for (let step = 0; step < steps; step++) {
    const name = randomInt(rng, 3) === 0 ? pick(names) : pick(['rate', 'rate', 'answer', 'undo']);
    await operations[name]!();
    done.push(name);
    // Minutes to a day and a half between steps: the sequence crosses midnights and the clock change.
    services.clock.set(services.clock.now() + randomInt(rng, 36) * HOUR + randomInt(rng, 60) * 60_000);
    expect(await stored(), `after step ${step} (${done.slice(-5).join(', ')}), seed ${seed}`).toEqual(await recount());
  }
  return done;
}

describe('day summaries', () => {
  for (const seed of ['alpha', 'bravo', 'charlie', 'delta']) {
    it(`equal a recount of the log after any sequence of changes (seed ${seed})`, async () => {
      const done = await run(seed, 60);
      // The sequence really did mix the kinds of change, and left something to count.
      expect(new Set(done).size).toBeGreaterThanOrEqual(6);
    });
  }

  it('keep the running total of ratings that Progress shows', async () => {
    await run('echo', 30);
    const db = await services.database.get();
    expect(await services.progress.reviewCount()).toBe(await db.count('reviews'));
  });

  it('come back right when an imported deck and its ratings are deleted', async () => {
    services = testServices([testDeck('actors', CARDS)], { timezoneOffset: berlinOffset });
    const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
    const deck = { ...testDeck('custom-abcd', ['abcd-0001', 'abcd-0002']), title: 'Mine' };
    await services.decks.save(deck);
    for (const cardId of ['abcd-0001', 'abcd-0002', 'act-001', 'abcd-0001']) {
      await services.progress.record(planRating(scheduler, { id: services.newId(), cardId, time: services.clock.now(), grade: 3, source: 'study' }));
      services.clock.set(services.clock.now() + 20 * HOUR);
    }
    await services.decks.delete(deck.id);
    expect(await stored()).toEqual(await recount());
    expect(await services.progress.reviewCount()).toBe(1);
  });
});
