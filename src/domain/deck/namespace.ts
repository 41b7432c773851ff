/**
 * Imported decks in their own namespace (domain/trust.ts): a deck `custom-<letters>`, its cards
 * `<letters>-0001`… A deck saved before the namespace was enforced (a restore once let any id
 * through, even a shipped deck's) is moved into it here, for the storage upgrade to apply.
 */
import { importedCardId, importedCardPrefix, isImportedCardOf, isImportedDeckId, IMPORTED_DECK_PREFIX } from '../trust-ids.ts';
import type { Deck } from './types.ts';

/** Whether the deck and every card of it are in the imported namespace. */
export const inImportedNamespace = (deck: Deck): boolean =>
  isImportedDeckId(deck.id) && deck.cards.every((c) => isImportedCardOf(c.id, deck.id));

export interface MovedDeck {
  deck: Deck;
  /** Each card id that changed, with its new id. */
  renamed: Map<string, string>;
}

/**
 * The deck with its ids in the namespace: its own letters if its id already has them, else
 * `freshPrefix()`'s; cards already of the deck keep their ids, the others (and repeats) take the next
 * free numbers.
 * Sorts and links follow their cards. Undefined when the deck is in the namespace already.
 */
export function intoImportedNamespace(deck: Deck, freshPrefix: () => string): MovedDeck | undefined {
  if (inImportedNamespace(deck)) return undefined;
  const prefix = importedCardPrefix(deck.id) ?? freshPrefix();
  const id = `${IMPORTED_DECK_PREFIX}${prefix}`;
  const used = new Set(deck.cards.filter((c) => isImportedCardOf(c.id, id)).map((c) => c.id));
  const renamed = new Map<string, string>();
  const kept = new Set<string>();
  let n = 0;
  const cards = deck.cards.map((card) => {
    if (isImportedCardOf(card.id, id) && !kept.has(card.id)) { kept.add(card.id); return card; }
    let next: string;
    do next = importedCardId(prefix, ++n); while (used.has(next));
    used.add(next);
    // A second card with a kept card's id gets a new id of its own; the progress stays with the first.
    if (!kept.has(card.id) && !renamed.has(card.id)) renamed.set(card.id, next);
    return { ...card, id: next };
  });
  const follow = (ids: string[]) => ids.map((c) => renamed.get(c) ?? c);
  return {
    deck: {
      ...deck, id, cards,
      ...(deck.sorts ? { sorts: deck.sorts.map((s) => (s.cards ? { ...s, cards: follow(s.cards) } : s)) } : {}),
      ...(deck.links ? { links: deck.links.map((l) => ({ ...l, cards: follow(l.cards) })) } : {}),
    },
    renamed,
  };
}

/** A random id prefix of five letters that no existing deck uses. */
export function freshIdPrefix(random: () => number, taken: ReadonlySet<string>): string {
  for (;;) {
    const prefix = Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    if (!taken.has(prefix)) return prefix;
  }
}
