/** Decks of the learner's own: read them into the catalogue, save one, delete one with its progress. */
import type { Deck, DeckSummary } from '../domain/deck/types';
import type { Services } from './services';

/** Reads the imported decks into the catalogue; called once at start-up and after every change. */
export async function loadImportedDecks(services: Services): Promise<void> {
  services.catalog.setImported(await services.decks.all());
}

export async function saveImportedDeck(services: Services, deck: Deck): Promise<void> {
  if (deck.cards.length === 0) throw new Error('There are no valid cards to import.');
  await services.decks.save(deck);
  await loadImportedDecks(services);
}

/** How many ratings deleting this deck would forget, for the confirmation. */
export const ratingsOfDeck = (services: Services, deck: DeckSummary): Promise<number> => services.progress.reviewCountOf(deck.cardIds);

export async function deleteImportedDeck(services: Services, deckId: string): Promise<void> {
  if (!services.catalog.isImported(deckId)) throw new Error(`"${deckId}" is not one of your imported decks.`);
  await services.decks.delete(deckId);
  await loadImportedDecks(services);
}
