/**
 * "What changed": each shipped deck is remembered, card hash by card hash, as the learner last
 * studied it on this device (Settings.seenDecks); when a new version of the deck arrives, Today
 * tells once what is new, changed and retired since then, and the Library marks those cards until
 * the learner studies the deck again. Progress is untouched: it stays keyed by card id.
 */
import { deckChanges, hasChanges, isUpdatedSince, type DeckChanges } from '../domain/deck/changes';
import type { Deck, DeckSummary } from '../domain/deck/types';
import type { SeenDeck } from '../domain/settings';
import type { Services } from './services';

/** A card as Today lists it. */
export interface ChangedCard {
  id: string;
  prompt: string;
}

export interface DeckNews {
  deck: DeckSummary;
  added: ChangedCard[];
  changed: ChangedCard[];
  /** Gone from the deck; their ratings stay the learner's. */
  retired: string[];
}

/**
 * Each card's hash, as the build gave it. Only shipped decks have them, and only they change under
 * the learner (an imported deck changes when they import it): the app itself never hashes.
 */
const cardHashes = (deck: Deck): Record<string, string> => Object.fromEntries(deck.cards.map((c) => [c.id, c.hash ?? '']));

/** The deck as studied now: what later versions are compared with. */
export async function noteDeckStudied(services: Services, deck: Deck): Promise<void> {
  if (!deck.contentHash || services.catalog.isImported(deck.id)) return;
  const seen: SeenDeck = { hash: deck.contentHash, cards: cardHashes(deck), shown: deck.contentHash };
  const current = (await services.settings.load()).seenDecks?.[deck.id];
  if (current?.hash === seen.hash && current.shown === seen.hash) return;
  await services.settings.save((stored) => ({ seenDecks: { ...stored.seenDecks, [deck.id]: seen } }));
}

/** Shipped decks whose content differs from what the learner last studied (from the catalogue alone: no deck is loaded). */
function updatedDecks(services: Services, seenDecks: Readonly<Record<string, SeenDeck>>): { deck: DeckSummary; seen: SeenDeck }[] {
  return services.catalog.summaries.flatMap((deck) => {
    const seen = seenDecks[deck.id];
    return isUpdatedSince(deck, seen) ? [{ deck, seen }] : [];
  });
}

/**
 * For Today: what changed in each deck updated since the learner last studied it, for the decks
 * whose changes Today has not shown yet; from then on they count as shown.
 */
export async function loadDeckNews(services: Services): Promise<DeckNews[]> {
  const { seenDecks = {} } = await services.settings.load();
  const unshown = updatedDecks(services, seenDecks).filter(({ deck, seen }) => seen.shown !== deck.contentHash);
  if (unshown.length === 0) return [];
  const news = await Promise.all(unshown.map(async ({ deck, seen }): Promise<DeckNews | undefined> => {
    const loaded = await services.catalog.load(deck.id);
    const changes = changesOf(loaded, seen);
    if (!hasChanges(changes)) return undefined;
    const cards = new Map(loaded.cards.map((c) => [c.id, c]));
    const listed = (ids: string[]) => ids.map((id) => ({ id, prompt: cards.get(id)?.prompt ?? id }));
    return { deck, added: listed(changes.added), changed: listed(changes.changed), retired: changes.retired };
  }));
  await services.settings.save((stored) => {
    const next = { ...stored.seenDecks };
    for (const { deck } of unshown) {
      const entry = next[deck.id];
      if (entry) next[deck.id] = { ...entry, shown: deck.contentHash! };
    }
    return { seenDecks: next };
  });
  return news.filter((n): n is DeckNews => n !== undefined);
}

const changesOf = (deck: Deck, seen: SeenDeck): DeckChanges => deckChanges(seen.cards, deck.cards.map((c) => ({ id: c.id, hash: c.hash ?? '' })));

/** For the Library's deck page: the cards new or changed since the learner last studied the deck (none when never studied here, or unchanged). */
export async function changesSinceStudied(services: Services, deck: Deck): Promise<DeckChanges | undefined> {
  const seen = (await services.settings.load()).seenDecks?.[deck.id];
  if (!isUpdatedSince(deck, seen)) return undefined;
  const changes = changesOf(deck, seen);
  return hasChanges(changes) ? changes : undefined;
}

/** For the Library's list: the decks updated since the learner last studied them. */
export async function decksUpdatedSinceStudied(services: Services): Promise<Set<string>> {
  const { seenDecks = {} } = await services.settings.load();
  return new Set(updatedDecks(services, seenDecks).map(({ deck }) => deck.id));
}
