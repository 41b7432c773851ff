/** The shipped decks: the catalogue is in the first load; card text is loaded per deck, on demand. */
import { catalog as shipped, loaders } from 'virtual:decks';
import type { Card, Deck, DeckSummary } from '../domain/deck/types';

export interface CardRef {
  card: Card;
  deck: Deck;
}

export interface Catalog {
  summaries: readonly DeckSummary[];
  load(deckId: string): Promise<Deck>;
  /** Loads the given decks (all when none given) and indexes their cards by id. */
  cards(deckIds?: readonly string[]): Promise<Map<string, CardRef>>;
}

export function createCatalog(summaries: readonly DeckSummary[] = shipped, load = (id: string) => loaders[id]?.()): Catalog {
  const loaded = new Map<string, Promise<Deck>>();
  const loadDeck = (deckId: string) => {
    let deck = loaded.get(deckId);
    if (!deck) {
      const pending = load(deckId);
      if (!pending) return Promise.reject(new Error(`There is no deck "${deckId}".`));
      deck = pending;
      loaded.set(deckId, deck);
    }
    return deck;
  };
  return {
    summaries,
    load: loadDeck,
    async cards(deckIds = summaries.map((s) => s.id)) {
      const decks = await Promise.all(deckIds.map(loadDeck));
      return new Map(decks.flatMap((deck) => deck.cards.map((card) => [card.id, { card, deck }] as const)));
    },
  };
}
