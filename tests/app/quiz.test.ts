import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildQuiz, missedCardIds, missedQuestions, startQuiz } from '../../src/app/quiz';
import { loadDecks } from '../../scripts/deck-loader';
import { T0, testServices } from './fixtures';
import type { Question } from '../../src/domain/quiz';
import { rightResponse, wrongResponse } from '../domain/quiz/responses';

const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));
let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

/** A response that is right (or wrong) for any kind of question. */
const response = (q: Question, right: boolean): never => (right ? rightResponse(q) : wrongResponse(q)) as never;

describe('taking a quiz', () => {
  it('grades each answer into the schedule (wrong → Again, right → Good) in the same write as the result', async () => {
    services = testServices(decks);
    const { quiz } = await buildQuiz(services, { seed: 'unit', count: 6 });
    const run = await startQuiz(services, quiz, quiz.questions, { practice: false });
    for (const [i, q] of quiz.questions.entries()) {
      await run.answer(response(q, i !== 2));
      run.next();
    }
    const view = run.view();
    expect(view.finished).toBe(true);
    const [result] = await services.quizzes.recent(5);
    expect(result).toMatchObject({ mode: 'quiz', seed: 'unit', questionCount: 6, practice: false, startedAt: T0, finishedAt: T0 });
    expect(result!.answers.map((a) => a.correct)).toEqual([true, true, false, true, true, true]);
    const reviews = await services.progress.reviewsSince(0);
    expect(reviews).toHaveLength(quiz.questions.reduce((n, q) => n + q.cardIds.length, 0));
    const missed = new Set(quiz.questions[2]!.cardIds);
    for (const r of reviews) expect([r.grade, r.source]).toEqual([missed.has(r.cardId) ? 1 : 3, 'quiz']);
    expect(missedQuestions(view).map((q) => q.id)).toEqual([quiz.questions[2]!.id]);
    expect(missedCardIds(view)).toEqual(quiz.questions[2]!.cardIds);
  });

  it('in practice mode keeps the result but touches no card', async () => {
    services = testServices(decks);
    const { quiz } = await buildQuiz(services, { seed: 'practice', count: 3 });
    const run = await startQuiz(services, quiz, quiz.questions, { practice: true });
    await run.answer(response(quiz.questions[0]!, false));
    expect(await services.progress.reviewCount()).toBe(0);
    expect((await services.quizzes.recent(1))[0]?.answers).toHaveLength(1);
  });

  it('ignores a second answer to the same question', async () => {
    services = testServices(decks);
    const { quiz } = await buildQuiz(services, { seed: 'twice', count: 2 });
    const run = await startQuiz(services, quiz, quiz.questions, { practice: false });
    await run.answer(response(quiz.questions[0]!, true));
    await run.answer(response(quiz.questions[0]!, false));
    expect(run.view().answers).toHaveLength(1);
    expect(run.view().graded?.correct).toBe(true);
  });

  it('generates the Briefing from the same decks on every device', async () => {
    services = testServices(decks);
    const a = await buildQuiz(services, { mode: 'briefing', seed: 's', count: 12, topics: ['actors', 'corridors'] });
    const b = await buildQuiz(services, { mode: 'briefing', seed: 's', count: 12, topics: ['actors', 'corridors'] });
    expect(a.quiz).toEqual(b.quiz);
    expect(new Set(a.quiz.questions.map((q) => q.topic))).toEqual(new Set(['actors', 'corridors']));
  });
});
