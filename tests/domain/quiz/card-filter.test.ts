import { describe, expect, it } from 'vitest';
import { briefingQuiz, generateQuiz } from '../../../src/domain/quiz/index.ts';
import { allCards, basicCard, fixtureDeck, rawDeck, SEEDS, shippedDecks, tfCard } from './fixtures.ts';

const decks = shippedDecks();
const graded = (cardIds: string[][]) => cardIds.flat();

describe('the cardIds filter', () => {
  it('asks only the named cards, however many seeds', () => {
    const cards = allCards(decks);
    // Every third card, and every card of one sort, so that a which-side question can come up.
    const sorted = decks.flatMap((d) => d.sorts ?? []).find((s) => (s.cards ?? []).length > 0);
    expect(sorted, 'a shipped sort that names its cards').toBeDefined();
    const only = [...new Set([...cards.filter((_, i) => i % 3 === 0).map((c) => c.id), ...sorted!.cards!])];
    let sorts = 0;
    for (const seed of SEEDS.slice(0, 10)) {
      const quiz = generateQuiz(decks, { seed, count: 30, cardIds: only });
      expect(quiz.questions.length).toBeGreaterThan(0);
      for (const id of graded(quiz.questions.map((q) => q.cardIds))) expect(only).toContain(id);
      // A sort names cards; one without cards would ask nothing the teacher picked.
      for (const q of quiz.questions.filter((x) => x.kind === 'which-side')) {
        sorts++;
        expect(q.cardIds.length).toBeGreaterThan(0);
      }
    }
    expect(sorts, 'which-side questions among the named cards').toBeGreaterThan(0);
  });

  it('asks a sort only when every card it names is among the cards', () => {
    const sort = (id: string, cards?: string[]) => ({
      id, question: `Sort ${id}?`, quote: 'a quote',
      sides: [{ label: 'Left', members: ['a', 'b'] }, { label: 'Right', members: ['c', 'd'] }],
      ...(cards ? { cards } : {}),
    });
    const deck = fixtureDeck(rawDeck('sorted', 'alignments', [tfCard('sor-001'), tfCard('sor-002'), tfCard('sor-003')], {
      sorts: [sort('both', ['sor-001', 'sor-002']), sort('one', ['sor-003']), sort('none')],
    }));
    const ask = (cardIds: string[]) => generateQuiz([deck], { seed: 1, count: 10, kinds: ['which-side'], cardIds })
      .questions.map((q) => q.id).sort();
    expect(ask([])).toEqual(['which-side:sorted/both', 'which-side:sorted/none', 'which-side:sorted/one']);
    expect(ask(['sor-001', 'sor-003'])).toEqual(['which-side:sorted/one']);
    expect(ask(['sor-001', 'sor-002', 'sor-003'])).toEqual(['which-side:sorted/both', 'which-side:sorted/one']);
  });

  it('still draws distractors from every deck, so a card keeps its four options', () => {
    const whole = generateQuiz(decks, { seed: 'x', count: 200 });
    const choice = whole.questions.find((q) => q.kind === 'choice')!;
    const alone = generateQuiz(decks, { seed: 'x', count: 5, cardIds: choice.cardIds, kinds: ['choice'] });
    expect(alone.questions).toHaveLength(1);
    expect(alone.questions[0]).toMatchObject({ id: choice.id, kind: 'choice' });
  });

  it('is part of the quiz id only when set, in any order', () => {
    const plain = generateQuiz(decks, { seed: 5, count: 10 });
    expect(generateQuiz(decks, { seed: 5, count: 10, cardIds: [] }).id).toBe(plain.id);
    const ids = allCards(decks).slice(0, 40).map((c) => c.id);
    const a = generateQuiz(decks, { seed: 5, count: 10, cardIds: ids });
    expect(a.id).not.toBe(plain.id);
    expect(generateQuiz(decks, { seed: 5, count: 10, cardIds: [...ids].reverse().concat(ids[0]!) })).toEqual(a);
    expect(a.spec.cardIds).toEqual([...ids].sort());
  });

  it('narrows the Briefing too', () => {
    const deck = fixtureDeck(rawDeck('brief', 'actors', [
      tfCard('bri-001'), tfCard('bri-002'), tfCard('bri-003'), basicCard('bri-004', 'Who?', 'Nobody'),
    ]));
    const quiz = briefingQuiz([deck], { seed: 2, count: 12, cardIds: ['bri-002', 'bri-003'] });
    expect(quiz.questions.map((q) => q.id).sort()).toEqual(['truefalse:bri-002', 'truefalse:bri-003']);
  });
});
