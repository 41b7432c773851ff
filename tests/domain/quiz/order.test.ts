import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, summariseClass } from '../../../src/domain/classroom/index.ts';
import { validateDeck } from '../../../src/domain/deck/validate.ts';
import {
  createQuestionBank, generateQuiz, gradeAnswer, kindSpec, questionForCard, readResponse, rightAnswerText, type OrderQuestion,
} from '../../../src/domain/quiz/index.ts';
import { factorial, rankPermutation, unrankPermutation } from '../../../src/domain/quiz/kinds/permutation.ts';
import { studySteps } from '../../../src/domain/quiz/order.ts';
import { createRng } from '../../../src/domain/quiz/rng.ts';
import { GOLDEN_ORDER_QUIZ, ORDER_QUESTION } from '../classroom/golden-quiz.ts';
import { fixtureDeck, rawDeck, SEEDS, tfCard } from './fixtures.ts';
import { allResponses, randomResponse } from './responses.ts';

const STEPS = ['The war in Ukraine', "Russia's role diminishes", 'Turkey and Israel fill the vacuum', "Iran's sense of encirclement", 'Russia–Iran naval cooperation'];
const orderCard = (id: string, steps: string[], over: Record<string, unknown> = {}) => ({
  id, kind: 'order', prompt: `Put the chain ${id} in order.`, steps, explanation: 'Why.', quote: 'a quote', ...over,
});
/** Recorded from the kind's first version (2026-12): what codes with order answers read as, for good. */
const GOLDEN_CODES = { right: '7KQA-R806-X4BH-VVG', asShown: '7KQA-R806-X1X1-QH4', unanswered: '7KQA-R806-X000-G0A' };

const deck = fixtureDeck(rawDeck('flashpoints', 'flashpoints', [
  orderCard('fla-101', STEPS), orderCard('fla-102', ['Cause', 'Effect']), orderCard('fla-103', STEPS.slice(0, 4), { core: true }), tfCard('fla-104'),
]));
const bank = createQuestionBank([deck]);
const ask = (cardId: string, seed: string | number) => questionForCard(bank, cardId, seed) as OrderQuestion;

describe('"put in order" questions', () => {
  it('show the card\'s steps shuffled, never in the right order, and know the right order', () => {
    for (const seed of SEEDS) {
      for (const [id, steps] of [['fla-101', STEPS], ['fla-102', ['Cause', 'Effect']]] as const) {
        const q = ask(id, seed);
        expect(q).toMatchObject({ kind: 'order', id: `order:${id}`, cardIds: [id], prompt: `Put the chain ${id} in order.` });
        expect([...q.steps].sort()).toEqual([...steps].sort());
        expect(q.steps).not.toEqual(steps);
        expect(q.answer.map((i) => q.steps[i])).toEqual(steps);
      }
    }
    expect(ask('fla-102', 1).steps).toEqual(['Effect', 'Cause']);
  });

  it('come out the same for the same seed, and differently across seeds', () => {
    expect(ask('fla-101', 'a')).toEqual(ask('fla-101', 'a'));
    expect(new Set(SEEDS.map((s) => ask('fla-101', s).steps.join('|'))).size).toBeGreaterThan(20);
  });

  it('are asked in quizzes and in the Briefing, as a question about one card', () => {
    const quiz = generateQuiz([deck], { seed: 'q', count: 4 });
    expect(quiz.questions.filter((q) => q.kind === 'order').map((q) => q.cardIds[0]).sort()).toEqual(['fla-101', 'fla-102', 'fla-103']);
    const briefing = generateQuiz([deck], { seed: 'b', count: 4, mode: 'briefing' });
    expect(briefing.questions.filter((q) => q.kind === 'order')).toHaveLength(3);
    expect(generateQuiz([deck], { seed: 'q', count: 4, kinds: ['truefalse'] }).questions.map((q) => q.kind)).toEqual(['truefalse']);
  });

  it('are right only with every step in its place; the parts say which places are', () => {
    const q = ORDER_QUESTION;
    expect(gradeAnswer(q, [1, 3, 0, 2, 4])).toEqual({ correct: true, perCard: [{ cardId: 'cor-012', correct: true }], parts: [true, true, true, true, true] });
    // a, b, d, c, e: two steps swapped, three in place.
    expect(gradeAnswer(q, [1, 3, 2, 0, 4])).toEqual({ correct: false, perCard: [{ cardId: 'cor-012', correct: false }], parts: [true, true, false, false, true] });
    // As shown: c, a, d, b, e — only e happens to be in its place.
    expect(gradeAnswer(q, [0, 1, 2, 3, 4]).parts).toEqual([false, false, false, false, true]);
    expect(gradeAnswer(q, null).correct).toBe(false);
  });

  it('read only a whole order as an answer: every step once', () => {
    const q = ORDER_QUESTION;
    expect(readResponse(q, [1, 3, 0, 2, 4])).toEqual([1, 3, 0, 2, 4]);
    for (const bad of [[1, 3, 0, 2], [1, 1, 0, 2, 4], [1, 3, 0, 2, 5], [1, 3, 0, 2, 4, 5], [0.5, 3, 0, 2, 4], 'abcde', 3, null]) {
      expect(readResponse(q, bad)).toBeNull();
      expect(gradeAnswer(q, bad as never).correct).toBe(false);
    }
  });

  it('say the right order in words, one numbered step a line', () => {
    expect(rightAnswerText(ORDER_QUESTION)).toBe('1. a\n2. b\n3. c\n4. d\n5. e');
  });

  it('study with the steps shuffled on the front, the same way every time, never in order', () => {
    const card = deck.cards.find((c) => c.id === 'fla-101')!;
    expect(studySteps(card)).toEqual(studySteps(card));
    expect(studySteps(card)).not.toEqual(STEPS);
    expect([...studySteps(card)].sort()).toEqual([...STEPS].sort());
    expect(card.answer).toBe(STEPS.map((s, i) => `${i + 1}. ${s}`).join('\n'));
  });
});

describe('orders as numbers', () => {
  it('number every order of 1 to 6 steps once, from 0 to n! − 1, and back', () => {
    for (let n = 1; n <= 6; n++) {
      const seen = new Set<string>();
      for (let rank = 0n; rank < factorial(n); rank++) {
        const order = unrankPermutation(rank, n)!;
        expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(rankPermutation(order)).toBe(rank);
        seen.add(order.join());
      }
      expect(seen.size).toBe(Number(factorial(n)));
      expect(unrankPermutation(factorial(n), n)).toBeNull();
      expect(unrankPermutation(-1n, n)).toBeNull();
    }
    expect(unrankPermutation(0n, 4)).toEqual([0, 1, 2, 3]);
    expect(unrankPermutation(23n, 4)).toEqual([3, 2, 1, 0]);
  });
});

describe('result codes with "put in order" answers', () => {
  it('carry every order of a five-step question back, each as its own code', () => {
    const codes = new Set<string>();
    const orders = [...allResponses(ORDER_QUESTION)];
    expect(orders).toHaveLength(120);
    for (const order of orders) {
      const responses = [order, true];
      const code = encodeResultCode(GOLDEN_ORDER_QUIZ, 'Ana', responses);
      expect(decodeResultCode(code, GOLDEN_ORDER_QUIZ)).toEqual({ ok: true, name: 'Ana', responses, code });
      codes.add(code);
    }
    expect(codes.size).toBe(120);
  });

  it('pin the codes of order answers (codes handed in must read the same in later versions)', () => {
    expect(encodeResultCode(GOLDEN_ORDER_QUIZ, 'Ana', [[1, 3, 0, 2, 4], true])).toBe(GOLDEN_CODES.right);
    expect(encodeResultCode(GOLDEN_ORDER_QUIZ, 'Ana', [[0, 1, 2, 3, 4], false])).toBe(GOLDEN_CODES.asShown);
    expect(encodeResultCode(GOLDEN_ORDER_QUIZ, 'Ana', [null, null])).toBe(GOLDEN_CODES.unanswered);
    expect(decodeResultCode(GOLDEN_CODES.right, GOLDEN_ORDER_QUIZ)).toMatchObject({ ok: true, responses: [[1, 3, 0, 2, 4], true] });
  });

  it('take few bits: six steps fit in 10 bits, as many as three four-option questions', () => {
    expect(kindSpec('order').code.answers({ ...ORDER_QUESTION, steps: ['a', 'b', 'c', 'd', 'e', 'f'], answer: [0, 1, 2, 3, 4, 5] })).toBe(720n);
    // 721 answer values (with "unanswered") need 10 bits; a digit per step would need 6 × 3 = 18.
    expect((720).toString(2).length).toBe(10);
  });

  it('refuse an order that is not every step once, naming the question', () => {
    expect(() => encodeResultCode(GOLDEN_ORDER_QUIZ, 'Ana', [[1, 1, 0, 2, 4], true])).toThrow('question 1 (order): expected each of the 5 steps once');
    expect(() => encodeResultCode(GOLDEN_ORDER_QUIZ, 'Ana', [[1, 3, 0, 2], true])).toThrow('question 1 (order)');
  });

  it('round-trip random answers of quizzes with order questions, and count in the class summary', () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const quiz = generateQuiz([deck], { seed, count: 4 });
      const rng = createRng(seed, 'order-responses');
      const responses = quiz.questions.map((q) => randomResponse(q, rng));
      const code = encodeResultCode(quiz, 'Leyla', responses);
      expect(decodeResultCode(code, quiz)).toEqual({ ok: true, name: 'Leyla', responses, code });
      const score = quiz.questions.filter((q, i) => gradeAnswer(q, responses[i] as never).correct).length;
      expect(summariseClass(quiz, [{ name: 'Leyla', responses }]).perStudent[0]!.score).toBe(score);
    }
  });
});

describe('order cards in a deck file', () => {
  const problems = (card: Record<string, unknown>) => {
    const result = validateDeck(rawDeck('flashpoints', 'flashpoints', [card]), 'decks/flashpoints.yaml');
    return result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message}`);
  };

  it('take 2 to 6 short, different steps, and derive their answer', () => {
    expect(problems(orderCard('fla-201', STEPS))).toEqual([]);
    expect(problems(orderCard('fla-201', ['One']))).toEqual(['steps: needs 2 to 6 steps, in the right order, each a short non-empty text']);
    expect(problems(orderCard('fla-201', ['1', '2', '3', '4', '5', '6', '7']))).toEqual(['steps: needs 2 to 6 steps, in the right order, each a short non-empty text']);
    expect(problems(orderCard('fla-201', ['One', ' '])).length).toBe(1);
    expect(problems(orderCard('fla-201', ['One', 'one']))).toEqual(['steps[1]: "one" is repeated']);
    expect(problems(orderCard('fla-201', ['One', 'x'.repeat(91)]))).toEqual(['steps[1]: is 91 characters; at most 90']);
    expect(problems({ ...orderCard('fla-201', STEPS), answer: 'A' })).toEqual(['answer: is derived for a order card; leave it out']);
    expect(problems({ ...orderCard('fla-201', []), steps: undefined })).toEqual(['steps: needs 2 to 6 steps, in the right order, each a short non-empty text']);
  });

  it('have no distractors or answer kind, and no other card has steps', () => {
    expect(problems({ ...orderCard('fla-201', STEPS), distractors: ['x', 'y', 'z'] })).toEqual(['distractors: an order card has none: its steps are what the learner orders']);
    expect(problems({ ...orderCard('fla-201', STEPS), answerKind: 'event' })).toEqual(['answerKind: an order card has none: its answer is an order, not a fact of a kind']);
    expect(problems({ ...tfCard('fla-201'), steps: ['a', 'b'] })).toEqual(['steps: only an order card has steps']);
  });
});

