import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import {
  createQuestionBank, generateQuiz, questionForCard, type ChoiceQuestion, type MatchingQuestion, type Question,
} from '../../../src/domain/quiz/index.ts';
import { allCards, norm, SEEDS, shippedDecks } from './fixtures.ts';

const decks = shippedDecks();
const cards = allCards(decks);
const bank = createQuestionBank(decks);
const ids = (qs: readonly Question[]) => qs.map((q) => q.id);

describe('generateQuiz', () => {
  it('gives the same quiz for the same input, whatever order the decks and cards come in', () => {
    const spec = { seed: 'class-7b', count: 20 };
    const shuffledInput: Deck[] = structuredClone(decks).reverse().map((d) => ({ ...d, cards: [...d.cards].reverse() }));
    const a = generateQuiz(decks, spec);
    expect(generateQuiz(decks, spec)).toEqual(a);
    expect(generateQuiz(shuffledInput, spec)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('gives another quiz for another seed', () => {
    const a = generateQuiz(decks, { seed: 1, count: 20 });
    const b = generateQuiz(decks, { seed: 2, count: 20 });
    expect(ids(b.questions)).not.toEqual(ids(a.questions));
    expect(b.id).not.toBe(a.id);
  });

  it('names the quiz by its spec and deck versions', () => {
    const a = generateQuiz(decks, { seed: 1, count: 10 });
    expect(a.id).toMatch(/^quiz-[0-9a-z]+$/);
    expect(generateQuiz(decks, { seed: '1', count: 10 }).id).toBe(a.id);
    expect(a.decks).toEqual([...decks].map((d) => ({ id: d.id, version: d.version })).sort((x, y) => (x.id < y.id ? -1 : 1)));
    const bumped = decks.map((d, i) => (i === 0 ? { ...d, version: d.version + 1 } : d));
    expect(generateQuiz(bumped, { seed: 1, count: 10 }).id).not.toBe(a.id);
  });

  it('asks as many questions as asked for, never a card twice, each question id once', () => {
    expect(cards.length, 'the shipped decks have cards enough for a quiz of 40').toBeGreaterThanOrEqual(60);
    for (const seed of SEEDS.slice(0, 5)) {
      const quiz = generateQuiz(decks, { seed, count: 40 });
      expect(quiz.questions).toHaveLength(40);
      const graded = quiz.questions.flatMap((q) => q.cardIds);
      expect(new Set(graded).size).toBe(graded.length);
      expect(new Set(ids(quiz.questions)).size).toBe(quiz.questions.length);
    }
  });

  it('in a quiz as long as the decks, asks every card that can be asked on its own', () => {
    const quiz = generateQuiz(decks, { seed: 'all', count: 10_000 });
    const graded = new Set(quiz.questions.flatMap((q) => q.cardIds));
    const askable = cards.filter((card) => questionForCard(bank, card.id, 'all'));
    expect(askable.length, 'shipped cards that can be asked on their own').toBeGreaterThan(100);
    for (const card of askable) expect(graded.has(card.id), card.id).toBe(true);
  });

  it('spreads the right answer evenly over the four positions', () => {
    for (const seed of SEEDS.slice(0, 8)) {
      const quiz = generateQuiz(decks, { seed, count: 40 });
      const positions = quiz.questions.flatMap((q) => (q.kind === 'choice' || q.kind === 'cloze' ? [q.answerIndex] : []));
      // Fewer than ten would make a share of 20–30 % a matter of luck, not of the engine.
      expect(positions.length, `seed ${seed}: questions with four options`).toBeGreaterThanOrEqual(10);
      for (let p = 0; p < 4; p++) {
        const share = positions.filter((x) => x === p).length / positions.length;
        expect(share, `seed ${seed}, position ${p}`).toBeGreaterThanOrEqual(0.2);
        expect(share, `seed ${seed}, position ${p}`).toBeLessThanOrEqual(0.3);
      }
      for (const q of quiz.questions) if (q.kind === 'choice' || q.kind === 'cloze') expect(q.options).toHaveLength(4);
    }
  });

  it('keeps the options fair after moving the right one into place', () => {
    const withOptions = generateQuiz(decks, { seed: 'fair', count: 10_000 }).questions.filter((q): q is ChoiceQuestion => q.kind === 'choice' || q.kind === 'cloze');
    expect(withOptions.length, 'questions with four options').toBeGreaterThanOrEqual(50);
    for (const q of withOptions) {
      const card = bank.cards.get(q.cardIds[0]!)!.card;
      expect(q.options[q.answerIndex]).toBe(card.answer);
      expect(new Set(q.options.map(norm)).size).toBe(4);
    }
  });

  it('builds matching questions of four or five pairs with distinct left and right texts', () => {
    let seen = 0;
    for (const seed of SEEDS.slice(0, 5)) {
      const quiz = generateQuiz(decks, { seed, count: 40, kinds: ['matching'] });
      for (const q of quiz.questions as MatchingQuestion[]) {
        seen++;
        expect(q.kind).toBe('matching');
        expect(q.pairs.length).toBeGreaterThanOrEqual(4);
        expect(q.pairs.length).toBeLessThanOrEqual(5);
        expect(new Set(q.pairs.map((p) => norm(p.left))).size).toBe(q.pairs.length);
        expect(new Set(q.pairs.map((p) => norm(p.right))).size).toBe(q.pairs.length);
        expect([...q.rights].sort()).toEqual(q.pairs.map((p) => p.right).sort());
        q.pairs.forEach((p, i) => expect(q.rights[q.answer[i]!]).toBe(p.right));
        expect(q.answer.every((r, i) => r === i), 'rights in the same order as lefts').toBe(false);
        expect(new Set(q.pairs.map((p) => p.cardId))).toEqual(new Set(q.cardIds));
        expect(q.feedback.map((f) => f.cardId).sort()).toEqual([...q.cardIds].sort());
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('mixes kinds: a long quiz has matching questions as well as single-card ones', () => {
    const quiz = generateQuiz(decks, { seed: 'mix', count: 40 });
    const kinds = new Set(quiz.questions.map((q) => q.kind));
    expect(kinds.has('matching')).toBe(true);
    expect(kinds.has('choice')).toBe(true);
    expect(quiz.questions.filter((q) => q.kind === 'matching' || q.kind === 'which-side').length).toBeLessThanOrEqual(40 / 5);
  });

  it('asks only the kinds, topics and decks it is told to, with distractors from all decks', () => {
    expect(new Set(generateQuiz(decks, { seed: 3, count: 30, kinds: ['truefalse'] }).questions.map((q) => q.kind))).toEqual(new Set(['truefalse']));
    const topic = decks[0]!.topic;
    const quiz = generateQuiz(decks, { seed: 3, count: 30, topics: [topic] });
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(q.topic).toBe(topic);
    const byDeck = generateQuiz(decks, { seed: 3, count: 30, deckIds: [decks[0]!.id] });
    expect(byDeck.questions.length).toBeGreaterThan(0);
    for (const q of byDeck.questions) for (const id of q.cardIds) expect(bank.cards.get(id)!.deckId).toBe(decks[0]!.id);
  });

  it('balances a mixed quiz across topics', () => {
    const topics = [...new Set(decks.map((d) => d.topic))];
    // Every shipped topic has cards enough for its share of eight, twice over.
    for (const t of topics) expect(decks.filter((d) => d.topic === t).flatMap((d) => d.cards).length, t).toBeGreaterThanOrEqual(16);
    for (const seed of SEEDS.slice(0, 5)) {
      const quiz = generateQuiz(decks, { seed, count: 8 * topics.length });
      for (const t of topics) {
        // Each topic gets its share, give or take a group question.
        expect(quiz.questions.filter((q) => q.topic === t).length, `${String(seed)} ${t}`).toBeGreaterThanOrEqual(7);
      }
    }
  });

  it('gives each question the explanation and source of its cards', () => {
    const questions = generateQuiz(decks, { seed: 'fb', count: 40 }).questions;
    expect(questions).toHaveLength(40);
    for (const q of questions) {
      expect(q.feedback.length).toBeGreaterThan(0);
      for (const f of q.feedback) {
        // A which-side question's feedback is its sort's, not a card's.
        if (q.kind === 'which-side') { expect(f.cardId).toBeUndefined(); continue; }
        const card = bank.cards.get(f.cardId!)!.card;
        expect(f).toMatchObject({ explanation: card.explanation, source: card.source });
      }
    }
  });

  it('rejects a spec it cannot honour, naming the value', () => {
    expect(() => generateQuiz(decks, { seed: 1, count: 0 })).toThrow(/count must be a whole number of at least 1, got 0/);
    expect(() => generateQuiz(decks, { seed: Number.NaN, count: 5 })).toThrow(/seed must be a string or a finite number, got NaN/);
  });
});
