import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../../src/domain/deck/types.ts';
import { createQuestionBank, questionForCard, type ChoiceQuestion, type Question } from '../../../src/domain/quiz/index.ts';
import { sameAnswer } from '../../../src/domain/quiz/same-answer.ts';
import { allCards, basicCard, fixtureDeck, norm, rawDeck, SEEDS, shippedDecks } from './fixtures.ts';

const decks = shippedDecks();
const bank = createQuestionBank(decks);
const cards = allCards(decks);
const isChoice = (q: Question | undefined): q is ChoiceQuestion => q?.kind === 'choice' || q?.kind === 'cloze';

/** The members of the pool a shipped card names: with its hand-written distractors, the only wrong options allowed. */
const poolOf = (card: Card): string[] => {
  const deck = decks.find((d) => d.cards.includes(card));
  return deck?.pools?.find((p) => p.id === card.pool)?.members ?? [];
};

const samePromptAnswers = (card: Card, from: readonly Card[]) =>
  from.filter((c) => c.id !== card.id && norm(c.prompt) === norm(card.prompt)).map((c) => norm(c.answer));

/** Hand-written distractors the engine may use: not the answer (however written), not another's answer to the same prompt. */
const usableWritten = (card: Card) => {
  const alsoRight = cards.filter((c) => c.id !== card.id && norm(c.prompt) === norm(card.prompt)).map((c) => c.answer);
  return (card.distractors ?? []).filter((d, i, all) => !sameAnswer(d, card.answer) && !alsoRight.some((a) => sameAnswer(d, a))
    && all.findIndex((o) => sameAnswer(o, d)) === i);
};

/** The rules of the brief, checked independently of the engine's own comparison. */
function expectFairOptions(q: ChoiceQuestion, card: Card, samePrompt: readonly string[], reviewed: ReadonlySet<string>) {
  // Plain checks, with expect only on failure: this runs for thousands of questions.
  const fail = (why: string) => expect.fail(`${card.id}: ${why} in ${JSON.stringify(q.options)}`);
  if (q.options.length !== 4) fail('not four options');
  if (new Set(q.options.map(norm)).size !== 4) fail('options repeat');
  if (q.options[q.answerIndex] !== card.answer) fail('the right option is not the answer');
  if (q.options.filter((o) => norm(o) === norm(card.answer)).length !== 1) fail('the answer is not there exactly once');
  q.options.forEach((o, i) => {
    if (i === q.answerIndex) return;
    if (samePrompt.includes(norm(o))) fail(`"${o}" is the answer to the same prompt`);
    if (!reviewed.has(o)) fail(`"${o}" is neither hand-written nor a member of the card's pool`);
  });
}

describe('distractors, for every card of every shipped deck', () => {
  it('asks each card in the kind its card kind calls for', () => {
    for (const card of cards) {
      const q = questionForCard(bank, card.id, 1);
      if (card.kind === 'perspective') expect(q, card.id).toBeUndefined();
      else if (card.kind === 'order') expect(q, card.id).toMatchObject({ kind: 'order', cardIds: [card.id] });
      else if (card.kind === 'truefalse') expect(q, card.id).toMatchObject({ kind: 'truefalse', answer: card.truth, cardIds: [card.id] });
      else if (card.kind === 'mcq' && usableWritten(card).length >= 3) expect(q?.kind, card.id).toBe('choice');
      else if (q) expect(q.kind, card.id).toBe(card.kind === 'cloze' ? 'cloze' : 'choice');
      // Nothing reviewed, nothing offered: a card without written distractors or a pool is never a choice question.
      if ((card.distractors ?? []).length === 0 && card.pool === undefined) expect(isChoice(q), card.id).toBe(false);
    }
  });

  it('gives four distinct options, the answer exactly once, and only reviewed wrong ones', () => {
    // Whether a card has options does not depend on the seed: a card asked with options on one
    // seed must be asked with options on every seed, never skipped.
    const withOptions = cards.filter((c) => isChoice(questionForCard(bank, c.id, 0)));
    expect(withOptions.length, 'shipped cards asked with options').toBeGreaterThanOrEqual(100);
    for (const card of withOptions) {
      const samePrompt = samePromptAnswers(card, cards);
      const reviewed = new Set([...(card.distractors ?? []), ...poolOf(card)]);
      for (const seed of SEEDS.slice(0, 20)) {
        const q = questionForCard(bank, card.id, seed);
        if (!isChoice(q)) expect.fail(`${card.id}: asked without options on seed ${String(seed)} (${q?.kind ?? 'not asked'})`);
        expectFairOptions(q, card, samePrompt, reviewed);
      }
    }
  });

  it('puts the hand-written distractors first', () => {
    const handWritten = cards.filter((c) => (c.distractors ?? []).length >= 3);
    expect(handWritten.length, 'shipped cards with three hand-written distractors').toBeGreaterThanOrEqual(60);
    for (const card of handWritten) {
      const q = questionForCard(bank, card.id, 'hand');
      if (!isChoice(q)) expect.fail(`${card.id}: has three hand-written distractors but is asked ${q?.kind ?? 'not at all'}`);
      const usable = usableWritten(card);
      const written = q.options.filter((o) => card.distractors!.includes(o));
      expect(written.length, card.id).toBe(Math.min(3, usable.length));
    }
  });

  it('varies with the seed: options move, and a pool or a long list gives different wrong options', () => {
    const card = cards.find((c) => c.pool !== undefined && isChoice(questionForCard(bank, c.id, 0)));
    expect(card, 'a shipped card asked with options from a pool').toBeDefined();
    const wrong = new Set(SEEDS.map((s) => {
      const q = questionForCard(bank, card!.id, s) as ChoiceQuestion;
      return q.options.filter((_, i) => i !== q.answerIndex).sort().join('|');
    }));
    expect(wrong.size).toBeGreaterThan(1);
    const positions = new Set(SEEDS.map((s) => (questionForCard(bank, card!.id, s) as ChoiceQuestion).answerIndex));
    expect(positions.size).toBe(4);
  });
});

describe('distractors, on hand-made decks', () => {
  /** States the article names, each the answer of some card: candidates the old engine drew from, never reviewed as wrong. */
  const states = (extra: unknown[] = [], over: Record<string, unknown> = {}) => fixtureDeck(rawDeck('actors', 'actors', [
    basicCard('act-001', 'Which state supplies arms to Azerbaijan?', 'Israel', { answerKind: 'state' }),
    basicCard('act-002', 'Which state borders Azerbaijan to the south?', 'Iran', { answerKind: 'state' }),
    basicCard('act-003', 'Which state is Baku\'s closest ally?', 'Turkey', { answerKind: 'state' }),
    basicCard('act-004', 'Which state won the 2020 war?', 'Azerbaijan', { answerKind: 'state' }),
    basicCard('act-005', 'Which state lost the 2020 war?', 'Armenia', { answerKind: 'state' }),
    ...extra,
  ], over));

  it('never draws the answers of other cards: a card without reviewed distractors gets no options', () => {
    // act-001's like answers (Iran, Turkey, Azerbaijan, Armenia) are plenty, and Turkey also arms Azerbaijan.
    const b = createQuestionBank([states()]);
    for (const seed of SEEDS) expect(questionForCard(b, 'act-001', seed), `seed ${String(seed)}`).toBeUndefined();
  });

  it('asks with the hand-written distractors alone, and with none when fewer than three are usable', () => {
    const b = createQuestionBank([states([
      basicCard('act-006', 'Which state is a key arms supplier to Azerbaijan?', 'Israel', { distractors: ['Iran', 'Armenia', 'Georgia'] }),
      basicCard('act-007', 'Which state lost the 2020 war with Azerbaijan?', 'Armenia', { distractors: ['Iran', 'Georgia'] }),
    ])]);
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'act-006', seed) as ChoiceQuestion;
      expect([...q.options].sort()).toEqual(['Armenia', 'Georgia', 'Iran', 'Israel']);
      expect(questionForCard(b, 'act-007', seed), `seed ${String(seed)}: two written distractors are not three`).toBeUndefined();
    }
  });

  it('never uses the answer of a card asking the same prompt, even when written as a distractor', () => {
    const b = createQuestionBank([states([
      basicCard('act-006', 'Which state supplies arms to Azerbaijan? ', 'Turkey', { distractors: ['Israel', 'Iran', 'Armenia', 'Georgia'] }),
    ])]);
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'act-006', seed) as ChoiceQuestion;
      expect(q.options.map(norm)).not.toContain('israel');
    }
  });

  it('draws from the pool the card names: never its answer, never a member the prompt names', () => {
    const pool = { id: 'people', about: 'Azerbaijani officials of 2025, each in a different office.', members: ['Ilham Aliyev', 'Jeyhun Bayramov', 'Ali Asadov', 'Hikmet Hajiyev', 'Mehriban Aliyeva'] };
    const b = createQuestionBank([states([
      basicCard('act-006', 'Who was Azerbaijan\'s foreign minister in June 2025?', 'Jeyhun Bayramov', { pool: 'people' }),
      basicCard('act-007', 'Who, besides Hikmet Hajiyev, is Ilham Aliyev\'s prime minister?', 'Ali Asadov', { pool: 'people' }),
    ], { pools: [pool] })]);
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'act-006', seed) as ChoiceQuestion;
      expect(q.options.filter((o) => o === 'Jeyhun Bayramov')).toHaveLength(1);
      q.options.forEach((o) => { expect(pool.members).toContain(o); seen.add(o); });
      const named = questionForCard(b, 'act-007', seed) as ChoiceQuestion | undefined;
      // Aliyev and Hajiyev are named in the prompt: Bayramov and Mehriban Aliyeva are all that is left.
      expect(named, `seed ${String(seed)}`).toBeUndefined();
    }
    expect(seen.size, 'every member comes up on some seed').toBe(5);
  });

  it('takes the hand-written distractors before the pool', () => {
    const pool = { id: 'dates', about: 'Days of different 2025 events.', members: ['13 June 2025', '24 June 2025', '4 July 2025', '21 July 2025', '8 August 2025'] };
    const b = createQuestionBank([fixtureDeck(rawDeck('flashpoints', 'flashpoints', [
      basicCard('fla-001', 'When did Israel begin its strikes on Iran?', '13 June 2025', { pool: 'dates', distractors: ['13 April 2024', '1 October 2024'] }),
    ], { pools: [pool] }))] satisfies Deck[]);
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'fla-001', seed) as ChoiceQuestion;
      expect(q.options, `seed ${String(seed)}`).toEqual(expect.arrayContaining(['13 June 2025', '13 April 2024', '1 October 2024']));
    }
  });
});
