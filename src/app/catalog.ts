/**
 * Every deck the learner can study: the shipped ones (a catalogue in the first load, card text
 * loaded per deck on demand) and the ones they imported (kept whole in IndexedDB).
 */
import { catalog as shipped, loaders, retired as shippedRetired } from 'virtual:decks';
import type { Card, Deck, DeckNotes, DeckSummary } from '../domain/deck/types';
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
  /** Every deck's intro and talking points, by deck id (a chunk of their own for the shipped decks). */
  notes(): Promise<ReadonlyMap<string, DeckNotes>>;
  /** The shipped decks' ids and every card id they ship or have retired: what a file from elsewhere may not claim as its own. */
  readonly shipped: ShippedIds;
  /** Replaces the list of imported decks (after reading them, importing or deleting one). */
  setImported(decks: readonly Deck[]): void;
}

export const summarise = ({ cards, sorts: _s, links: _l, pools: _p, intro: _i, talkingPoints: _t, ...deck }: Deck): DeckSummary =>
  ({ ...deck, cardIds: cards.map((c) => c.id) });

const notesOf = ({ intro, talkingPoints }: Deck): DeckNotes => ({ intro, talkingPoints });
const shippedNotes = () => import('virtual:deck-notes').then((m) => m.notes);

/** `loadNotes`: the shipped decks' notes by id; a deck it does not name has its notes read from the deck itself. */
export function createCatalog(
  base: readonly DeckSummary[] = shipped, load = (id: string) => loaders[id]?.(), retired: readonly string[] = shippedRetired,
  loadNotes: () => Promise<Readonly<Record<string, DeckNotes>>> = base === shipped ? shippedNotes : () => Promise.resolve({}),
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
    async notes() {
      const table = await loadNotes();
      const each = await Promise.all(summaries.map(async ({ id }) => {
        const own = imported.get(id);
        const listed = own ? undefined : table[id];
        return [id, own ? notesOf(own) : listed ?? notesOf(await loadDeck(id))] as const;
      }));
      return new Map(each);
    },
    setImported(decks) {
      imported = new Map(decks.map((d) => [d.id, d]));
      summaries = [...base, ...decks.map(summarise)];
    },
  };
}
