// Regression: the quiz filled a card's options with answers of other cards of the same kind. "Which
// country is one of Azerbaijan's key arms suppliers? Israel" was offered Turkey and Russia as wrong,
// though both arm Azerbaijan; "Besides Armenia and Turkey, which state condemned Israel?" was offered
// Russia, which did too. Options now come only from a card's reviewed distractors or a pool it names.
import { expect, it } from 'vitest';
import { createQuestionBank, questionForCard, type ChoiceQuestion } from '../../src/domain/quiz/index.ts';
import { basicCard, fixtureDeck, rawDeck, SEEDS, shippedDecks } from '../domain/quiz/fixtures.ts';

it('never offers another card\'s answer as a wrong option, however like the answer it looks', () => {
  const deck = fixtureDeck(rawDeck('actors', 'actors', [
    basicCard('act-002', 'Which country is one of Azerbaijan\'s key arms suppliers?', 'Israel', { answerKind: 'state' }),
    basicCard('act-033', 'Which state shares a Turkic identity with Azerbaijan?', 'Turkey', { answerKind: 'state' }),
    basicCard('act-034', 'Which power is absorbed by its war in Ukraine?', 'Russia', { answerKind: 'state' }),
    basicCard('act-030', 'Which state is Azerbaijan\'s regional rival?', 'Armenia', { answerKind: 'state' }),
  ]));
  const bank = createQuestionBank([deck]);
  for (const seed of SEEDS) expect(questionForCard(bank, 'act-002', seed), `seed ${String(seed)}`).toBeUndefined();
});

it('offers the shipped arms and condemnation cards only options that are clearly wrong', () => {
  const bank = createQuestionBank(shippedDecks());
  const wrong = (id: string) => new Set(SEEDS.flatMap((s) => {
    const q = questionForCard(bank, id, s) as ChoiceQuestion;
    return q.options.filter((_, i) => i !== q.answerIndex);
  }));
  for (const state of ['Turkey', 'Russia', 'Pakistan']) expect([...wrong('act-002')]).not.toContain(state);
  for (const state of ['Russia', 'Turkey', 'Armenia']) expect([...wrong('act-032')]).not.toContain(state);
  expect(wrong('act-002').size).toBe(3);
});
