/**
 * Quiz generation (budget ≤ 20 ms): `generateQuiz` (src/domain/quiz/, pure and seeded) over every
 * shipped deck, a QUIZ.questions-question mixed quiz for each of QUIZ.seeds seeds, timed one by one.
 * The first call pays for the JIT, as the first quiz on a device does; it is counted. Pure code, so
 * Node's V8 stands in for Chromium's. Returns undefined while there is no generator to time (the
 * report then says "not built yet").
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateQuiz } from '../../src/domain/quiz';
import { loadDecks } from '../deck-loader';

export const QUIZ = { seeds: 20, questions: 50 } as const;

export async function measureQuizGeneration(): Promise<number[] | undefined> {
  const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));
  const ms: number[] = [];
  for (let seed = 0; seed < QUIZ.seeds; seed++) {
    const start = performance.now();
    const quiz = generateQuiz(decks, { seed, count: QUIZ.questions });
    ms.push(performance.now() - start);
    if (quiz.questions.length === 0) throw new Error('generateQuiz made an empty quiz from the shipped decks');
  }
  return ms;
}
