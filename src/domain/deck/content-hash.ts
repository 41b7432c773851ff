/**
 * Content hashes, given to every shipped card at build time: a card whose hash changed is a card
 * whose content changed, whatever else a new version of its deck did. Progress never uses them
 * (it stays keyed by card id); they tell a learner what changed since they last studied a deck.
 */
import { canonicalJson } from '../canonical-json.ts';
import { byText, hashString } from '../quiz/rng.ts';
import type { Card, Deck } from './types.ts';

/** cyrb53's 53 bits in base 36: 11 characters at most, the same on every device. */
const hash36 = (text: string) => hashString(text).toString(36);

/**
 * The hash of what a learner reads on the card: its kind, texts, source, options and steps. Its
 * tags, answer kind and core mark are bookkeeping, and changing them is not a change to tell.
 */
export function cardContentHash(card: Card): string {
  const { kind, prompt, answer, explanation, source, distractors, truth, correction, views, steps } = card;
  return hash36(canonicalJson({ kind, prompt, answer, explanation, source, distractors, truth, correction, views, steps }));
}

/** The hash of a deck's cards, from each card's id and hash: equal exactly when no card was added, changed or retired. */
export function deckContentHash(cardHashes: Readonly<Record<string, string>>): string {
  return hash36(canonicalJson(Object.entries(cardHashes).sort(([a], [b]) => byText(a, b))));
}

/** The deck with every card's hash, and the deck's own. */
export function withContentHashes(deck: Deck): Deck {
  const cards = deck.cards.map((card) => ({ ...card, hash: cardContentHash(card) }));
  return { ...deck, cards, contentHash: deckContentHash(cardHashesOf(cards)) };
}

/** Each card's hash by its id (a card without one, as imported cards are, is hashed here). */
export function cardHashesOf(cards: readonly Card[]): Record<string, string> {
  return Object.fromEntries(cards.map((c) => [c.id, c.hash ?? cardContentHash(c)]));
}
