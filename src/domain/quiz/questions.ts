/**
 * One card, one question: mcq, basic and cloze cards become four-option questions (`choice`, or
 * `cloze` for a cloze card, its blank to fill) when three like-for-like distractors exist; truefalse
 * cards become true/false questions, order cards "put in order" questions (order.ts). Perspective
 * cards, and cards without options, are asked in matching questions instead (matching.ts).
 */
import { CLOZE_BLANK, type Card } from '../deck/types.ts';
import type { BankCard, QuestionBank } from './bank.ts';
import { pickDistractors } from './distractors.ts';
import { orderQuestion } from './order.ts';
import { createRng, randomInt, shuffle, type Rng } from './rng.ts';
import type { ChoiceQuestion, Feedback, OrderQuestion, TrueFalseQuestion } from './types.ts';

export const OPTION_COUNT = 4;

export type SingleQuestion = ChoiceQuestion | TrueFalseQuestion | OrderQuestion;

export function cardFeedback(card: Card): Feedback {
  return {
    cardId: card.id, explanation: card.explanation, source: card.source,
    ...(card.correction ? { correction: card.correction } : {}),
  };
}

/** A card's question and answer in one text, as its own face says them (for a question that asks it in another form). */
export function cardInWords(card: Card): string {
  switch (card.kind) {
    case 'truefalse': return `${card.prompt} ${card.truth ? 'True.' : `False${card.correction ? `: ${card.correction}` : '.'}`}`;
    case 'cloze': return card.prompt.replace(CLOZE_BLANK, card.answer);
    case 'order': return `${card.prompt} ${(card.steps ?? []).join(' → ')}`;
    case 'perspective': return `${card.prompt} ${(card.views ?? []).map((v) => `${v.who}: ${v.view}`).join(' ')}`;
    default: return `${card.prompt} ${card.answer}`;
  }
}

/**
 * The card's single-card question with the right option at `position`, or undefined when the card
 * is not asked on its own. `rng` draws and orders the distractors.
 */
export function singleQuestion(entry: BankCard, bank: QuestionBank, rng: Rng, position: number): SingleQuestion | undefined {
  const { card, topic } = entry;
  const base = { cardIds: [card.id], topic, core: card.core === true, feedback: [cardFeedback(card)] };
  if (card.kind === 'truefalse') {
    return { ...base, id: `truefalse:${card.id}`, kind: 'truefalse', prompt: card.prompt, answer: card.truth === true };
  }
  if (card.kind === 'order') return orderQuestion(card, base, rng);
  if (card.kind === 'perspective') return undefined;
  const distractors = pickDistractors(bank, card, rng);
  if (!distractors) return undefined;
  const kind = card.kind === 'cloze' ? 'cloze' : 'choice';
  const options = shuffle(rng, distractors);
  options.splice(position, 0, card.answer);
  return { ...base, id: `${kind}:${card.id}`, kind, prompt: card.prompt, options, answerIndex: position };
}

/** The same question with its right option moved to `position`; the wrong ones keep their order. */
export function withAnswerAt(question: ChoiceQuestion, position: number): ChoiceQuestion {
  const right = question.options[question.answerIndex]!;
  const options = question.options.filter((_, i) => i !== question.answerIndex);
  options.splice(position, 0, right);
  return { ...question, options, answerIndex: position };
}

/**
 * A card asked on its own, as generateQuiz would ask it, with the right option at a seeded position;
 * undefined for an unknown id, a perspective card, or a card without three like-for-like distractors.
 */
export function questionForCard(bank: QuestionBank, cardId: string, seed: string | number): SingleQuestion | undefined {
  const entry = bank.cards.get(cardId);
  if (!entry) return undefined;
  const position = randomInt(createRng(seed, 'position', cardId), OPTION_COUNT);
  return singleQuestion(entry, bank, createRng(seed, 'options', cardId), position);
}
