/**
 * Wrong options for a card: only reviewed ones. The card's own hand-written distractors come first,
 * then the members of the pool the card names (a pool whose members the card declares mutually
 * exclusive answers to its question, see Card.pool). Nothing else is ever drawn: an answer of
 * another card is not a reviewed wrong option, however like the answer it looks, and a well-informed
 * learner could defend it. A card that cannot be filled to three this way gets no options at all
 * (it is asked in matching questions instead). `npm run decks:options` lists every option each card
 * can receive, and decks/options.lock pins that list.
 *
 * Never an option even so: the answer itself (however written, see same-answer.ts), a repeat, or
 * the answer of a card asking the same prompt; nor a pool member the prompt itself names
 * ("Azerbaijan" for "Which close ally of Azerbaijan …?").
 */
import type { Card } from '../deck/types.ts';
import { samePromptCards, type QuestionBank } from './bank.ts';
import { shuffle, type Rng } from './rng.ts';
import { answersOverlap, mentions, sameAnswer } from './same-answer.ts';

export const DISTRACTOR_COUNT = 3;

/** Three wrong options for the card, or undefined when its reviewed ones are fewer than three. */
export function pickDistractors(bank: QuestionBank, card: Card, rng: Rng): string[] | undefined {
  const alsoRight = samePromptCards(bank, card).map((c) => c.answer);
  const chosen: string[] = [];
  const acceptable = (option: string, strict: boolean) =>
    !(strict ? answersOverlap(option, card.answer) : sameAnswer(option, card.answer))
    && !alsoRight.some((a) => sameAnswer(option, a))
    && !chosen.some((c) => sameAnswer(c, option));

  for (const written of shuffle(rng, card.distractors ?? [])) {
    if (chosen.length < DISTRACTOR_COUNT && acceptable(written, false)) chosen.push(written);
  }
  // A pool is shared, so its members are held to the stricter rule: none that contains the answer or
  // is contained in it, and none the prompt names.
  for (const member of shuffle(rng, bank.cards.get(card.id)?.pool ?? [])) {
    if (chosen.length < DISTRACTOR_COUNT && acceptable(member, true) && mentions(card.prompt, member) !== 'all') chosen.push(member);
  }
  return chosen.length === DISTRACTOR_COUNT ? chosen : undefined;
}
