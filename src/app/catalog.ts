/**
 * Every deck the learner can study: the shipped ones (a catalogue in the first load, card text
 * loaded per deck on demand) and the ones they imported (kept whole in IndexedDB).
 */
import { catalog as shipped, loaders, retired as shippedRetired } from 'virtual:decks';
import type { Card, Deck, DeckSummary } from '../domain/deck/types';
import type { ShippedIds } from '../domain/trust';

export interface CardRef {
  card: Card;
  deck: Deck;
}

export interface Catalog {
  /** Shipped decks first, then imported ones. */
  readonly summaries: readonly DeckSummary[];
  load(deckId: string): Promise<Deck>;
  /** Every deck, loaded: quizzes draw distractors from all of them, the map and web show all. */
  all(): Promise<Deck[]>;
  /** Loads the given decks (all when none given) and indexes their cards by id. */
  cards(deckIds?: readonly string[]): Promise<Map<string, CardRef>>;
  isImported(deckId: string): boolean;
  /** The shipped decks' ids and every card id they ship or have retired: what a file from elsewhere may not claim as its own. */
  readonly shipped: ShippedIds;
  /** Replaces the list of imported decks (after reading them, importing or deleting one). */
  setImported(decks: readonly Deck[]): void;
}

export const summarise = ({ cards, ...deck }: Deck): DeckSummary => ({ ...deck, cardIds: cards.map((c) => c.id) });

export function createCatalog(
  base: readonly DeckSummary[] = shipped, load = (id: string) => loaders[id]?.(), retired: readonly string[] = shippedRetired,
): Catalog {
  const loaded = new Map<string, Promise<Deck>>();
  let imported = new Map<string, Deck>();
  let summaries: readonly DeckSummary[] = base;
  const loadDeck = (deckId: string): Promise<Deck> => {
    const own = imported.get(deckId);
    if (own) return Promise.resolve(own);
    let deck = loaded.get(deckId);
    if (!deck) {
      const pending = load(deckId);
      if (!pending) return Promise.reject(new Error(`There is no deck "${deckId}".`));
      // A load that failed (offline before the deck was cached) is forgotten, so the next
      // attempt fetches again instead of failing until reload.
      deck = pending.catch((error: unknown) => {
        loaded.delete(deckId);
        throw error;
      });
      loaded.set(deckId, deck);
    }
    return deck;
  };
  const shippedIds: ShippedIds = { deckIds: new Set(base.map((d) => d.id)), cardIds: new Set([...base.flatMap((d) => d.cardIds), ...retired]) };
  return {
    get summaries() { return summaries; },
    shipped: shippedIds,
    load: loadDeck,
    all: () => Promise.all(summaries.map((s) => loadDeck(s.id))),
    async cards(deckIds = summaries.map((s) => s.id)) {
      const decks = await Promise.all(deckIds.map(loadDeck));
      return new Map(decks.flatMap((deck) => deck.cards.map((card) => [card.id, { card, deck }] as const)));
    },
    isImported: (deckId) => imported.has(deckId),
    setImported(decks) {
      imported = new Map(decks.map((d) => [d.id, d]));
      summaries = [...base, ...decks.map(summarise)];
    },
  };
}
