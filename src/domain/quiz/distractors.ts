/**
 * Wrong options for a card, like for like. The card's own hand-written distractors come first; the
 * rest are answers of other cards of the same answer kind (a place for a place), from every given
 * deck. A card that cannot be filled to three this way gets no options at all: it is never padded
 * with answers of another kind.
 *
 * Never an option: the answer itself (however written, see same-answer.ts), a repeat, or the answer
 * of a card asking the same prompt. Drawn (not hand-written) candidates are stricter still: none
 * that contains the answer or is contained in it ("Turkey" for "Azerbaijan and Turkey"), and none
 * the prompt itself names ("Azerbaijan" for "Which close ally of Azerbaijan …?").
 */
import type { Card } from '../deck/types.ts';
import { samePromptCards, type PoolAnswer, type QuestionBank } from './bank.ts';
import { shuffle, type Rng } from './rng.ts';
import { answerShape, answersOverlap, mentions, sameAnswer } from './same-answer.ts';

export const DISTRACTOR_COUNT = 3;

/** Three wrong options for the card, or undefined when three like-for-like ones cannot be found. */
export function pickDistractors(bank: QuestionBank, card: Card, rng: Rng): string[] | undefined {
  const alsoRight = samePromptCards(bank, card).map((c) => c.answer);
  const chosen: string[] = [];
  const acceptable = (option: string, strict: boolean) =>
    !(strict ? answersOverlap(option, card.answer) : sameAnswer(option, card.answer))
    && !alsoRight.some((a) => (strict ? answersOverlap(option, a) : sameAnswer(option, a)))
    && !chosen.some((c) => sameAnswer(c, option));

  for (const written of shuffle(rng, card.distractors ?? [])) {
    if (chosen.length < DISTRACTOR_COUNT && acceptable(written, false)) chosen.push(written);
  }
  if (chosen.length < DISTRACTOR_COUNT && card.answerKind) {
    const pool = (bank.answers.get(card.answerKind) ?? []).filter((p) => p.cardId !== card.id);
    // Shuffle first, then a stable sort by how well each candidate resembles the answer: the seed
    // varies the choice among equally good candidates, never lets a poor one beat a good one.
    const ranked = shuffle(rng, pool)
      .map((p) => ({ p, misfit: misfit(card, p) }))
      .sort((a, b) => a.misfit - b.misfit);
    for (const { p } of ranked) {
      if (chosen.length < DISTRACTOR_COUNT && acceptable(p.answer, true) && mentions(card.prompt, p.answer) !== 'all') chosen.push(p.answer);
    }
  }
  return chosen.length === DISTRACTOR_COUNT ? chosen : undefined;
}

/**
 * How much a candidate would stand out next to the answer: another shape (a list among single
 * names, "Iran's" among states), a whole answer in a blank meant for a fragment, two and a half
 * times the length, or part of it named in the prompt.
 */
function misfit(card: Card, candidate: PoolAnswer): number {
  const a = card.answer.length;
  const b = candidate.answer.length;
  return (answerShape(candidate.answer) !== answerShape(card.answer) ? 4 : 0)
    + (candidate.cloze !== (card.kind === 'cloze') ? 2 : 0)
    + (2 * Math.max(a, b) > 5 * Math.min(a, b) ? 1 : 0)
    + (mentions(card.prompt, candidate.answer) === 'some' ? 1 : 0);
}
