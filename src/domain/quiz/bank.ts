/**
 * The question bank: the given decks in a canonical order, with the indexes quiz generation needs.
 * Decks are ordered by id and cards by id, so the order in which the caller passes or a file lists
 * them never changes a quiz.
 */
import type { Card, Deck, DeckTopic } from '../deck/types.ts';
import { byText } from './rng.ts';
import { normalizeText } from './same-answer.ts';

export interface BankCard {
  card: Card;
  deckId: string;
  topic: DeckTopic;
  /** The members of the pool the card names (see Card.pool), its answer among them. */
  pool?: readonly string[];
}

export interface QuestionBank {
  decks: Deck[];
  cards: Map<string, BankCard>;
  /** Cards by normalised prompt: two cards asking the same thing may not lend each other distractors. */
  byPrompt: Map<string, Card[]>;
}

export function createQuestionBank(decks: readonly Deck[]): QuestionBank {
  const sorted = [...decks]
    .sort((a, b) => byText(a.id, b.id))
    .map((d) => ({ ...d, cards: [...d.cards].sort((a, b) => byText(a.id, b.id)) }));
  const cards = new Map<string, BankCard>();
  const byPrompt = new Map<string, Card[]>();
  for (const deck of sorted) {
    const pools = new Map((deck.pools ?? []).map((p) => [p.id, p.members]));
    for (const card of deck.cards) {
      const pool = card.pool === undefined ? undefined : pools.get(card.pool);
      cards.set(card.id, { card, deckId: deck.id, topic: deck.topic, ...(pool ? { pool } : {}) });
      const prompt = normalizeText(card.prompt);
      byPrompt.set(prompt, [...(byPrompt.get(prompt) ?? []), card]);
    }
  }
  return { decks: sorted, cards, byPrompt };
}

/** Other cards whose prompt is this card's prompt, however spaced or cased. */
export function samePromptCards(bank: QuestionBank, card: Card): Card[] {
  return (bank.byPrompt.get(normalizeText(card.prompt)) ?? []).filter((c) => c.id !== card.id);
}
