/** The learner's imported decks. Deleting one deletes its cards' progress in the same transaction. */
import type { Deck } from '../domain/deck/types';
import { isImportedCardOf } from '../domain/trust-ids';
import type { Database } from './db';
import { updateSummaries } from './day-summaries';
import type { ReviewRecord } from '../domain/records';

export interface DeckRepository {
  all(): Promise<Deck[]>;
  save(deck: Deck): Promise<void>;
  /** Removes the deck, and the memories and review log of its cards (only ever imported cards' ids: never a shipped card's progress). */
  delete(deckId: string): Promise<void>;
}

export function deckRepository({ run, offsetOf }: Database): DeckRepository {
  return {
    all: () => run((db) => db.getAll('importedDecks')),
    save: (deck) => run(async (db) => { await db.put('importedDecks', deck); }),
    delete: (deckId) =>
      run(async (db) => {
        const tx = db.transaction(['importedDecks', 'memories', 'reviews', 'days'], 'readwrite');
        const deck = await tx.objectStore('importedDecks').get(deckId);
        if (deck) {
          const reviews = tx.objectStore('reviews').index('by-card');
          const removed: ReviewRecord[] = [];
          for (const card of deck.cards.filter((c) => isImportedCardOf(c.id, deckId))) {
            await tx.objectStore('memories').delete(card.id);
            const rows = await reviews.getAll(card.id);
            for (const row of rows) await tx.objectStore('reviews').delete(row.id);
            removed.push(...rows);
          }
          await updateSummaries(tx.objectStore('days'), offsetOf, { removedRatings: removed });
          await tx.objectStore('importedDecks').delete(deckId);
        }
        await tx.done;
      }),
  };
}
