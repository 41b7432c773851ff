import { describe, expect, it } from 'vitest';
import type { CardSource } from '../../../src/domain/deck/types.ts';
import {
  gradeAnswer, scoreQuiz, type ChoiceQuestion, type MatchingQuestion, type Quiz, type TrueFalseQuestion,
} from '../../../src/domain/quiz/index.ts';

const source: CardSource = { type: 'article', quote: 'a quote' };
const base = { topic: 'actors' as const, core: false, feedback: [{ cardId: 'act-001', explanation: 'Why.', source }] };
const choice: ChoiceQuestion = {
  ...base, id: 'choice:act-001', kind: 'choice', cardIds: ['act-001'], prompt: 'Who?', options: ['A', 'B', 'C', 'D'], answerIndex: 2,
};
const truefalse: TrueFalseQuestion = { ...base, id: 'truefalse:act-002', kind: 'truefalse', cardIds: ['act-002'], prompt: 'Says.', answer: false };
/** Two perspective cards (two views each) and one short-answer card in one matching question. */
const matching: MatchingQuestion = {
  ...base, id: 'matching:act-003+act-004+act-005', kind: 'matching', cardIds: ['act-003', 'act-004', 'act-005'], prompt: 'Match.',
  pairs: [
    { cardId: 'act-003', left: 'Tehran — Q1', right: 'T1' },
    { cardId: 'act-004', left: 'Tehran — Q2', right: 'T2' },
    { cardId: 'act-003', left: 'Baku — Q1', right: 'B1' },
    { cardId: 'act-005', left: 'Q3', right: 'A3' },
    { cardId: 'act-004', left: 'Baku — Q2', right: 'B2' },
  ],
  rights: ['B2', 'T1', 'A3', 'B1', 'T2'],
  answer: [1, 4, 3, 2, 0],
};

describe('grading', () => {
  it('a choice question is right only with the right index', () => {
    expect(gradeAnswer(choice, 2)).toEqual({ correct: true, parts: [true], perCard: [{ cardId: 'act-001', correct: true }] });
    expect(gradeAnswer(choice, 1)).toEqual({ correct: false, parts: [false], perCard: [{ cardId: 'act-001', correct: false }] });
    expect(gradeAnswer({ ...choice, kind: 'cloze' }, 2).correct).toBe(true);
  });

  it('a true/false question is right only with the right truth', () => {
    expect(gradeAnswer(truefalse, false).correct).toBe(true);
    expect(gradeAnswer(truefalse, true)).toMatchObject({ correct: false, perCard: [{ cardId: 'act-002', correct: false }] });
  });

  it('a matching question is right only when every pair is, and names the cards missed', () => {
    expect(gradeAnswer(matching, matching.answer)).toMatchObject({ correct: true, parts: [true, true, true, true, true] });
    // Swap the two Tehran views: cards act-003 and act-004 are missed, act-005 is still right.
    const swapped = [4, 1, 3, 2, 0];
    expect(gradeAnswer(matching, swapped)).toEqual({
      correct: false,
      parts: [false, false, true, true, true],
      perCard: [{ cardId: 'act-003', correct: false }, { cardId: 'act-004', correct: false }, { cardId: 'act-005', correct: true }],
    });
    const partial = gradeAnswer(matching, [1, null, 3, 2]);
    expect(partial.correct).toBe(false);
    expect(partial.perCard).toEqual([{ cardId: 'act-003', correct: true }, { cardId: 'act-004', correct: false }, { cardId: 'act-005', correct: true }]);
  });

  it('counts no answer, or an answer of the wrong shape, as wrong without throwing', () => {
    expect(gradeAnswer(choice, null).correct).toBe(false);
    expect(gradeAnswer(truefalse, undefined).correct).toBe(false);
    expect(gradeAnswer(choice, '2' as unknown as number).correct).toBe(false);
    expect(gradeAnswer(truefalse, 0 as unknown as boolean).correct).toBe(false);
    expect(gradeAnswer(matching, 3 as unknown as number[]).perCard.every((c) => !c.correct)).toBe(true);
  });
});

describe('scoring a quiz', () => {
  const quiz: Quiz = { id: 'quiz-x', spec: { seed: 1, count: 3 }, decks: [{ id: 'actors', version: 2 }], questions: [choice, truefalse, matching] };

  it('records every answer with its grading, and the score', () => {
    const result = scoreQuiz(quiz, [2, true, matching.answer], { startedAt: 1_000, finishedAt: 61_000 });
    expect(result).toMatchObject({ quizId: 'quiz-x', spec: quiz.spec, startedAt: 1_000, finishedAt: 61_000, score: { correct: 2, total: 3 } });
    expect(result.answers.map((a) => [a.questionId, a.response, a.correct])).toEqual([
      ['choice:act-001', 2, true], ['truefalse:act-002', true, false], ['matching:act-003+act-004+act-005', matching.answer, true],
    ]);
    expect(result.answers[1]!.perCard).toEqual([{ cardId: 'act-002', correct: false }]);
  });

  it('counts a question left unanswered as wrong', () => {
    const result = scoreQuiz(quiz, [2], { startedAt: 0, finishedAt: 0 });
    expect(result.score).toEqual({ correct: 1, total: 3 });
    expect(result.answers[2]).toMatchObject({ response: null, correct: false });
  });

  it('refuses a finish before the start', () => {
    expect(() => scoreQuiz(quiz, [], { startedAt: 10, finishedAt: 5 })).toThrow(/cannot finish \(5\) before it starts \(10\)/);
  });
});
