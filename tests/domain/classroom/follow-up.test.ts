import { describe, expect, it } from 'vitest';
import {
  addDays, chooseFollowUp, classroomQuiz, FOLLOW_UP, followUpDays, followUpSpec, localDay, readFollowUpLink, summariseClass, validateSpec,
} from '../../../src/domain/classroom';
import { createRng } from '../../../src/domain/quiz/rng';
import type { Question, Quiz } from '../../../src/domain/quiz/types';
import { randomResponse, shippedDecks, specFor } from './helpers';

const feedback = [{ explanation: 'x', source: { type: 'article' as const, quote: 'q' } }];
const statement = (n: number): Question => ({
  id: `truefalse:c-${n}`, kind: 'truefalse', cardIds: [`c-${n}`], topic: 'actors', core: false, prompt: `Statement ${n}`, feedback, answer: true,
});

/** A quiz of true statements and a class of `size` in which `right[i]` students got question i right. */
function classWith(right: number[], size = 10, questions: Question[] = right.map((_, i) => statement(i + 1))) {
  const quiz: Quiz = { id: 'quiz-t', spec: { seed: 't', count: questions.length }, decks: [{ id: 'actors', version: 1 }], questions };
  const students = Array.from({ length: size }, (_, s) => ({ name: `S${s}`, responses: right.map((r) => s < r) }));
  return { quiz, summary: summariseClass(quiz, students) };
}
const numbers = (c: ReturnType<typeof chooseFollowUp>) => c.questions.map((q) => q.number);
/** The numbers of the questions chosen for a class in which `right[i]` of ten got question i right. */
const chosen = (right: number[]) => { const { quiz, summary } = classWith(right); return numbers(chooseFollowUp(quiz, summary)); };

describe('the questions a follow-up asks again', () => {
  it('are those fewer than 80% of the class got right, the most missed first, ties in quiz order', () => {
    const { quiz, summary } = classWith([9, 3, 7, 8, 3, 10, 5]);
    const choice = chooseFollowUp(quiz, summary);
    expect(numbers(choice)).toEqual([2, 5, 7, 3]);
    expect(choice.cardIds).toEqual(['c-2', 'c-5', 'c-7', 'c-3']);
  });

  it('are at most ten, the most missed', () => {
    expect(chosen([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3])).toEqual([1, 9, 2, 10, 3, 11, 4, 12, 5, 6]);
    expect(FOLLOW_UP.max).toBe(10);
  });

  it('are at least three, the least right, when the class missed fewer so often', () => {
    expect(chosen([10, 9, 10, 8, 10, 7])).toEqual([6, 4, 2]);
    expect(chosen([10, 10, 10, 10])).toEqual([1, 2, 3]);
    expect(chosen([10, 2])).toEqual([2, 1]);
  });

  it('pass over a sort that grades no card of its own, which cannot be asked again by itself', () => {
    const sort: Question = {
      id: 'which-side:actors/camps', kind: 'which-side', cardIds: [], topic: 'actors', core: false, prompt: 'Which side?', feedback,
      sides: ['A', 'B'], items: [{ text: 'x', side: 0 }, { text: 'y', side: 1 }],
    };
    const { quiz } = classWith([0, 2, 4, 6]);
    const withSort = { ...quiz, questions: [sort, ...quiz.questions.slice(1)] };
    const students = Array.from({ length: 10 }, (_, s) => ({ name: `S${s}`, responses: [null, s < 2, s < 4, s < 6] }));
    expect(numbers(chooseFollowUp(withSort, summariseClass(withSort, students)))).toEqual([2, 3, 4]);
  });

  it('ask every card of a group question, each card once', () => {
    const matching: Question = {
      id: 'matching:m-1+m-2+m-3+m-4', kind: 'matching', cardIds: ['m-1', 'm-2', 'm-3', 'm-4'], topic: 'actors', core: false, prompt: 'Match', feedback,
      pairs: ['m-1', 'm-2', 'm-3', 'm-4'].map((cardId) => ({ cardId, left: cardId, right: cardId.toUpperCase() })),
      rights: ['M-1', 'M-2', 'M-3', 'M-4'], answer: [0, 1, 2, 3],
    };
    const questions = [statement(1), matching, statement(3)];
    const quiz: Quiz = { id: 'quiz-m', spec: { seed: 'm', count: 3 }, decks: [{ id: 'actors', version: 1 }], questions };
    const students = Array.from({ length: 4 }, (_, s) => ({ name: `S${s}`, responses: [false, s === 0 ? [0, 1, 2, 3] : [1, 0, 2, 3], s < 2] }));
    expect(chooseFollowUp(quiz, summariseClass(quiz, students)).cardIds).toEqual(['c-1', 'm-1', 'm-2', 'm-3', 'm-4', 'c-3']);
  });
});

describe("the follow-up's quiz", () => {
  const decks = shippedDecks();

  it("keeps the class's decks, kinds and time per question, and asks only the chosen cards, each once", () => {
    const spec = { ...specFor(decks, { secondsPerQuestion: 45 }), kinds: ['choice' as const, 'truefalse' as const] };
    const follow = followUpSpec(spec, ['act-002', 'ali-003'], 'next-week');
    expect(follow).toEqual({
      v: 1, title: 'Follow-up: Class 7B — the South Caucasus', decks: spec.decks, seed: 'next-week', count: 2, secondsPerQuestion: 45,
      kinds: ['choice', 'truefalse'], cardIds: ['act-002', 'ali-003'],
    });
    expect(validateSpec(follow).ok).toBe(true);
    expect(followUpSpec({ ...spec, title: 'x'.repeat(80) }, ['act-002'], 's').title).toHaveLength(80);
    expect(() => followUpSpec(spec, [], 's')).toThrow(RangeError);
  });

  it('asks, for a class on the shipped decks, only cards the class missed most, never another', () => {
    for (let n = 0; n < 40; n++) {
      const spec = specFor(decks, { seed: `class-${n}`, count: [5, 10, 20][n % 3]! });
      const made = classroomQuiz(spec, decks);
      if (!made.ok) throw new Error(made.error);
      const rng = createRng('follow-up', String(n));
      const students = Array.from({ length: 25 }, (_, i) => ({ name: `S${i}`, responses: made.quiz.questions.map((q) => randomResponse(q, rng)) }));
      const choice = chooseFollowUp(made.quiz, summariseClass(made.quiz, students));
      const follow = classroomQuiz(followUpSpec(spec, choice.cardIds, `follow-${n}`), decks);
      if (!follow.ok) throw new Error(follow.error);
      const asked = follow.quiz.questions.flatMap((q) => q.cardIds);
      expect(follow.quiz.questions.length).toBeGreaterThan(0);
      expect(asked.filter((id) => !choice.cardIds.includes(id))).toEqual([]);
      expect(new Set(asked).size).toBe(asked.length);
    }
  });
});

describe('the suggested days', () => {
  it('are one week and three weeks after the class, as calendar days', () => {
    expect(followUpDays('2026-12-02')).toEqual(['2026-12-09', '2026-12-23']);
    expect(followUpDays('2026-12-20')).toEqual(['2026-12-27', '2027-01-10']);
    expect(followUpDays('2028-02-15')).toEqual(['2028-02-22', '2028-03-07']);
    // Summer time begins in Europe on 29 March 2026: a calendar day later is still a day, not 23 hours.
    expect(followUpDays('2026-03-25')).toEqual(['2026-04-01', '2026-04-15']);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it("count from the class's local day, not the UTC one", () => {
    const lateEvening = Date.UTC(2026, 11, 2, 23, 30);
    expect(localDay(lateEvening, 0)).toBe('2026-12-02');
    expect(localDay(lateEvening, -60)).toBe('2026-12-03'); // UTC+1: already the 3rd
    expect(localDay(Date.UTC(2026, 11, 3, 3, 0), 300)).toBe('2026-12-02'); // UTC−5: still the 2nd
  });
});

describe('a stored link from a follow-up to its class', () => {
  const link = { of: 'K7QF2M9D-abc', ofTitle: 'Class 7B', classDay: '2026-12-02', questions: [3, 1] };

  it('is read back as it was written', () => {
    expect(readFollowUpLink(link)).toEqual(link);
  });

  it.each([
    ['nothing', undefined], ['text', 'of'], ['no class', { ...link, of: '' }], ['a day that does not exist', { ...link, classDay: '2026-02-30' }],
    ['a day written otherwise', { ...link, classDay: '2/12/2026' }], ['a question number of 0', { ...link, questions: [0] }],
    ['questions that are not a list', { ...link, questions: 3 }], ['a title too long', { ...link, ofTitle: 'x'.repeat(81) }],
  ])('is not a link when it holds %s', (_, raw) => {
    expect(readFollowUpLink(raw)).toBeUndefined();
  });
});
