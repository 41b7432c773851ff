/**
 * The question bank: the given decks in a canonical order, with the indexes quiz generation needs.
 * Decks are ordered by id and cards by id, so the order in which the caller passes or a file lists
 * them never changes a quiz.
 */
import type { AnswerKind, Card, Deck, DeckTopic } from '../deck/types.ts';
import { byText } from './rng.ts';
import { normalizeText } from './same-answer.ts';

export interface BankCard {
  card: Card;
  deckId: string;
  topic: DeckTopic;
}

/** A card's answer as a candidate distractor for other cards of the same answer kind. */
export interface PoolAnswer {
  cardId: string;
  answer: string;
  /** Cloze answers are sentence fragments: they fit other blanks better than whole answers do. */
  cloze: boolean;
}

export interface QuestionBank {
  decks: Deck[];
  cards: Map<string, BankCard>;
  /** Answers of basic, cloze and mcq cards, by answer kind, across every given deck. */
  answers: Map<AnswerKind, PoolAnswer[]>;
  /** Cards by normalised prompt: two cards asking the same thing may not lend each other distractors. */
  byPrompt: Map<string, Card[]>;
}

/** Kinds whose answer is a short fact that can stand as an option of another card. */
const ANSWERING_KINDS = new Set<Card['kind']>(['basic', 'cloze', 'mcq']);

export function createQuestionBank(decks: readonly Deck[]): QuestionBank {
  const sorted = [...decks]
    .sort((a, b) => byText(a.id, b.id))
    .map((d) => ({ ...d, cards: [...d.cards].sort((a, b) => byText(a.id, b.id)) }));
  const cards = new Map<string, BankCard>();
  const answers = new Map<AnswerKind, PoolAnswer[]>();
  const byPrompt = new Map<string, Card[]>();
  for (const deck of sorted) {
    for (const card of deck.cards) {
      cards.set(card.id, { card, deckId: deck.id, topic: deck.topic });
      const prompt = normalizeText(card.prompt);
      byPrompt.set(prompt, [...(byPrompt.get(prompt) ?? []), card]);
      if (card.answerKind && ANSWERING_KINDS.has(card.kind)) {
        const list = answers.get(card.answerKind) ?? [];
        list.push({ cardId: card.id, answer: card.answer, cloze: card.kind === 'cloze' });
        answers.set(card.answerKind, list);
      }
    }
  }
  return { decks: sorted, cards, answers, byPrompt };
}

/** Other cards whose prompt is this card's prompt, however spaced or cased. */
export function samePromptCards(bank: QuestionBank, card: Card): Card[] {
  return (bank.byPrompt.get(normalizeText(card.prompt)) ?? []).filter((c) => c.id !== card.id);
}
