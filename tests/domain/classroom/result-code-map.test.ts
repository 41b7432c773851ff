import { describe, expect, it } from 'vitest';
import { CROCKFORD } from '../../../src/domain/classroom/base32.ts';
import { decodeResultCode, encodeResultCode, summariseClass } from '../../../src/domain/classroom/index.ts';
import { generateQuiz, type Quiz } from '../../../src/domain/quiz/index.ts';
import { createRng } from '../../../src/domain/quiz/rng.ts';
import { randomResponse, rightResponse, shippedDecks } from './helpers.ts';

const decks = shippedDecks();
const hasBoth = (quiz: Quiz) => ['tap-place', 'which-route'].every((k) => quiz.questions.some((q) => q.kind === k));
/** Mixed 20-question quizzes that ask both map kinds (the engine is seeded, so these are fixed). */
const mapQuizzes = Array.from({ length: 200 }, (_, seed) => generateQuiz(decks, { seed, count: 20 })).filter(hasBoth).slice(0, 12);

describe('result codes with map questions', () => {
  it('are found among ordinary class quizzes', () => {
    expect(mapQuizzes.length).toBeGreaterThanOrEqual(4);
  });

  it('carry a tapped place and a chosen route back, unanswered ones too', () => {
    for (const [i, quiz] of mapQuizzes.entries()) {
      const rng = createRng(i, 'map-responses');
      const responses = quiz.questions.map((q) => randomResponse(q, rng));
      const code = encodeResultCode(quiz, 'Leyla', responses);
      expect(decodeResultCode(code, quiz)).toEqual({ ok: true, name: 'Leyla', responses, code });
      const right = quiz.questions.map(rightResponse);
      expect(decodeResultCode(encodeResultCode(quiz, 'Leyla', right), quiz)).toMatchObject({ ok: true, responses: right });
      expect(summariseClass(quiz, [{ name: 'Leyla', responses: right }]).perStudent[0]!.score).toBe(20);
    }
  });

  it('refuse a place that is not on the map and a route option that does not exist', () => {
    const quiz = mapQuizzes[0]!;
    const tap = quiz.questions.findIndex((q) => q.kind === 'tap-place');
    const route = quiz.questions.findIndex((q) => q.kind === 'which-route');
    const at = (i: number, r: unknown) => quiz.questions.map((_, j) => (j === i ? r : null)) as never;
    expect(() => encodeResultCode(quiz, 'Ana', at(tap, 'atlantis'))).toThrow(`question ${tap + 1} (tap-place)`);
    expect(() => encodeResultCode(quiz, 'Ana', at(route, 4))).toThrow(`question ${route + 1} (which-route)`);
  });

  it('reject every single changed character of a code with map answers', () => {
    for (const [i, quiz] of mapQuizzes.slice(0, 2).entries()) {
      const rng = createRng('map-tamper', String(i));
      const code = encodeResultCode(quiz, 'Nodir', quiz.questions.map((q) => randomResponse(q, rng))).replace(/-/g, '');
      for (let at = 0; at < code.length; at++) {
        for (const to of CROCKFORD) {
          if (to === code[at]) continue;
          expect(decodeResultCode(code.slice(0, at) + to + code.slice(at + 1), quiz).ok, `${to} at ${at}`).toBe(false);
        }
      }
    }
  });
});
