/** Which cards are about a place or route of the map: its key cards first, then every card carrying one of its tags. */
import type { Card, Deck } from '../deck/types.ts';
import type { MapPlace, MapRoute } from './places.ts';

export interface MapCard {
  deckId: string;
  card: Card;
}

/** The cards of `decks` about `item`, each once: its key cards in their order, then tagged cards in deck order. */
export function cardsAbout(item: MapPlace | MapRoute, decks: readonly Deck[]): MapCard[] {
  const all = decks.flatMap((deck) => deck.cards.map((card): MapCard => ({ deckId: deck.id, card })));
  const byId = new Map(all.map((c) => [c.card.id, c]));
  const keys = item.cards.flatMap((id) => byId.get(id) ?? []);
  const tagged = all.filter((c) => !item.cards.includes(c.card.id) && c.card.tags.some((t) => item.tags.includes(t)));
  return [...keys, ...tagged];
}
