/** The learner's imported decks. Deleting one deletes its cards' progress in the same transaction. */
import type { Deck } from '../domain/deck/types';
import { isImportedCardOf } from '../domain/trust-ids';
import type { Database } from './db';

export interface DeckRepository {
  all(): Promise<Deck[]>;
  save(deck: Deck): Promise<void>;
  /** Removes the deck, and the memories and review log of its cards (only ever imported cards' ids: never a shipped card's progress). */
  delete(deckId: string): Promise<void>;
}

export function deckRepository({ run }: Database): DeckRepository {
  return {
    all: () => run((db) => db.getAll('importedDecks')),
    save: (deck) => run(async (db) => { await db.put('importedDecks', deck); }),
    delete: (deckId) =>
      run(async (db) => {
        const tx = db.transaction(['importedDecks', 'memories', 'reviews'], 'readwrite');
        const deck = await tx.objectStore('importedDecks').get(deckId);
        if (deck) {
          const reviews = tx.objectStore('reviews').index('by-card');
          for (const card of deck.cards.filter((c) => isImportedCardOf(c.id, deckId))) {
            await tx.objectStore('memories').delete(card.id);
            for (const key of await reviews.getAllKeys(card.id)) await tx.objectStore('reviews').delete(key);
          }
          await tx.objectStore('importedDecks').delete(deckId);
        }
        await tx.done;
      }),
  };
}
