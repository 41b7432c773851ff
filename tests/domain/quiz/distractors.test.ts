import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../../src/domain/deck/types.ts';
import { createQuestionBank, questionForCard, type ChoiceQuestion, type Question } from '../../../src/domain/quiz/index.ts';
import { sameAnswer } from '../../../src/domain/quiz/same-answer.ts';
import { allCards, basicCard, fixtureDeck, norm, rawDeck, SEEDS, shippedDecks } from './fixtures.ts';

const decks = shippedDecks();
const bank = createQuestionBank(decks);
const cards = allCards(decks);
const isChoice = (q: Question | undefined): q is ChoiceQuestion => q?.kind === 'choice' || q?.kind === 'cloze';

/** Every answer a card of this answer kind gives: the only source of drawn distractors. */
const likeAnswers = (card: Card, from: readonly Card[]) =>
  new Set(from.filter((c) => c.id !== card.id && c.answerKind === card.answerKind && ['basic', 'cloze', 'mcq'].includes(c.kind)).map((c) => c.answer));

const samePromptAnswers = (card: Card, from: readonly Card[]) =>
  from.filter((c) => c.id !== card.id && norm(c.prompt) === norm(card.prompt)).map((c) => norm(c.answer));

/** Hand-written distractors the engine may use: not the answer (however written), not another's answer to the same prompt. */
const usableWritten = (card: Card) => {
  const alsoRight = cards.filter((c) => c.id !== card.id && norm(c.prompt) === norm(card.prompt)).map((c) => c.answer);
  return (card.distractors ?? []).filter((d, i, all) => !sameAnswer(d, card.answer) && !alsoRight.some((a) => sameAnswer(d, a))
    && all.findIndex((o) => sameAnswer(o, d)) === i);
};

/** The rules of the brief, checked independently of the engine's own comparison. */
function expectFairOptions(q: ChoiceQuestion, card: Card, samePrompt: readonly string[], like: ReadonlySet<string>) {
  // Plain checks, with expect only on failure: this runs for thousands of questions.
  const fail = (why: string) => expect.fail(`${card.id}: ${why} in ${JSON.stringify(q.options)}`);
  if (q.options.length !== 4) fail('not four options');
  if (new Set(q.options.map(norm)).size !== 4) fail('options repeat');
  if (q.options[q.answerIndex] !== card.answer) fail('the right option is not the answer');
  if (q.options.filter((o) => norm(o) === norm(card.answer)).length !== 1) fail('the answer is not there exactly once');
  q.options.forEach((o, i) => {
    if (i === q.answerIndex) return;
    if (samePrompt.includes(norm(o))) fail(`"${o}" is the answer to the same prompt`);
    if (!(card.distractors ?? []).includes(o) && !like.has(o)) fail(`"${o}" is neither hand-written nor an answer of kind ${card.answerKind}`);
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
      else if (card.kind === 'mcq' && q) expect(q.kind, card.id).toBe('choice');
      else if (q) expect(q.kind, card.id).toBe(card.kind === 'cloze' ? 'cloze' : 'choice');
      if (!card.answerKind && (card.distractors ?? []).length === 0) expect(q?.kind === 'choice' || q?.kind === 'cloze', card.id).toBe(false);
    }
  });

  it('gives four distinct options, the answer exactly once, no answer twice and nothing unlike', () => {
    // Whether a card has options does not depend on the seed: a card asked with options on one
    // seed must be asked with options on every seed, never skipped.
    const withOptions = cards.filter((c) => isChoice(questionForCard(bank, c.id, 0)));
    expect(withOptions.length, 'shipped cards asked with options').toBeGreaterThanOrEqual(100);
    for (const card of withOptions) {
      const samePrompt = samePromptAnswers(card, cards);
      const like = likeAnswers(card, cards);
      // Twenty seeds per card: some 2,400 questions, each checked in full.
      for (const seed of SEEDS.slice(0, 20)) {
        const q = questionForCard(bank, card.id, seed);
        if (!isChoice(q)) expect.fail(`${card.id}: asked without options on seed ${String(seed)} (${q?.kind ?? 'not asked'})`);
        expectFairOptions(q, card, samePrompt, like);
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

  it('varies with the seed: options move and drawn distractors change', () => {
    const card = cards.find((c) => c.kind !== 'mcq' && questionForCard(bank, c.id, 0)?.kind === 'choice');
    expect(card, 'a shipped card asked with drawn options').toBeDefined();
    const shown = new Set(SEEDS.map((s) => (questionForCard(bank, card!.id, s) as ChoiceQuestion).options.join('|')));
    expect(shown.size).toBeGreaterThan(1);
  });
});

describe('distractors, on hand-made decks', () => {
  const states = (extra: unknown[] = []) => fixtureDeck(rawDeck('actors', 'actors', [
    basicCard('act-001', 'Which state supplies arms to Azerbaijan?', 'Israel', { answerKind: 'state' }),
    basicCard('act-002', 'Which state borders Azerbaijan to the south?', 'Iran', { answerKind: 'state' }),
    basicCard('act-003', 'Which state is Baku\'s closest ally?', 'Turkey', { answerKind: 'state' }),
    basicCard('act-004', 'Which state won the 2020 war?', 'Azerbaijan', { answerKind: 'state' }),
    basicCard('act-005', 'Which state lost the 2020 war?', 'Armenia', { answerKind: 'state' }),
    basicCard('act-006', 'Which city hosts the parliament of Azerbaijan?', 'Baku', { answerKind: 'place' }),
    ...extra,
  ]));
  /** Two more states, so a card that loses candidates to a rule still has three to choose from. */
  const moreStates = [
    basicCard('act-101', 'Which state is Armenia\'s treaty ally?', 'Russia', { answerKind: 'state' }),
    basicCard('act-102', 'Which state carries the Baku–Tbilisi–Ceyhan pipeline?', 'Georgia', { answerKind: 'state' }),
  ];

  it('never uses the answer of a card asking the same prompt', () => {
    const deck = states([basicCard('act-007', 'Which state supplies arms to Azerbaijan? ', 'Turkey ', { answerKind: 'state' }), ...moreStates]);
    const b = createQuestionBank([deck]);
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'act-001', seed) as ChoiceQuestion | undefined;
      expect(q?.kind, `seed ${String(seed)}: Iran, Armenia, Russia and Georgia are left to choose from`).toBe('choice');
      expect(q!.options.map(norm)).not.toContain('turkey');
    }
  });

  it('never pads with answers of another kind: too few like answers means no options at all', () => {
    const deck = states();
    const b = createQuestionBank([deck]);
    expect(questionForCard(b, 'act-006', 1)).toBeUndefined(); // the only place
    expect(questionForCard(b, 'act-001', 1)?.kind).toBe('choice'); // four other states
  });

  it('never offers a capital for its own state, nor a list that contains the answer', () => {
    const deck = states([
      basicCard('act-007', 'Which city is the capital of Azerbaijan?', 'Baku', { answerKind: 'state' }),
      basicCard('act-008', 'Which two states signed the Shusha Declaration?', 'Azerbaijan and Turkey', { answerKind: 'state' }),
    ]);
    const b = createQuestionBank([deck]);
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'act-004', seed) as ChoiceQuestion;
      expect(q.options).not.toContain('Baku');
      expect(q.options).not.toContain('Azerbaijan and Turkey');
    }
  });

  it('never offers what the prompt itself names', () => {
    const ally = basicCard('act-007', 'Which close ally of Azerbaijan condemned Israel?', 'Turkey', { answerKind: 'state' });
    const b = createQuestionBank([states([ally, ...moreStates])]);
    for (const seed of SEEDS) {
      const q = questionForCard(b, 'act-007', seed) as ChoiceQuestion | undefined;
      expect(q?.kind, `seed ${String(seed)}: Iran, Armenia, Russia and Georgia are left to choose from`).toBe('choice');
      expect(q!.options.filter((o) => ['Azerbaijan', 'Israel', 'Baku'].includes(o))).toEqual([]);
    }
    expect(questionForCard(createQuestionBank([states([ally])]), 'act-007', 1)).toBeUndefined(); // Iran and Armenia are all that is left
  });

  it('draws distractors from every given deck, not just the card\'s own', () => {
    const a = fixtureDeck(rawDeck('actors', 'actors', [basicCard('act-001', 'Which state supplies arms to Azerbaijan?', 'Israel', { answerKind: 'state' })]));
    const c = fixtureDeck(rawDeck('corridors', 'corridors', [
      basicCard('cor-001', 'Which state does Syunik belong to?', 'Armenia', { answerKind: 'state' }),
      basicCard('cor-002', 'Which state opposes the corridor?', 'Iran', { answerKind: 'state' }),
      basicCard('cor-003', 'Which state backs the corridor with Baku?', 'Turkey', { answerKind: 'state' }),
    ]));
    const q = questionForCard(createQuestionBank([a, c] satisfies Deck[]), 'act-001', 5) as ChoiceQuestion;
    expect([...q.options].sort()).toEqual(['Armenia', 'Iran', 'Israel', 'Turkey']);
  });
});
