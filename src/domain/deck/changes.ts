/**
 * What changed in a deck since the learner last studied it: the cards new to it, those whose
 * content changed, and those gone from it (retired), by comparing card hashes (content-hash.ts).
 * Pure; the hashes seen are kept per deck on the device (SeenDecks in domain/settings.ts).
 */
import { byText } from '../quiz/rng.ts';
import type { SeenDeck } from '../settings.ts';
import type { DeckSummary } from './types.ts';

export interface DeckChanges {
  /** In the deck now, not then: in the deck's order. */
  added: string[];
  /** In both, with another hash: in the deck's order. */
  changed: string[];
  /** In the deck then, not now: by id. */
  retired: string[];
}

/** The cards as they were (`seen`, id → hash) against the cards as they are (in deck order). */
export function deckChanges(seen: Readonly<Record<string, string>>, now: readonly { id: string; hash: string }[]): DeckChanges {
  const present = new Set(now.map((c) => c.id));
  return {
    added: now.filter((c) => !Object.hasOwn(seen, c.id)).map((c) => c.id),
    changed: now.filter((c) => Object.hasOwn(seen, c.id) && seen[c.id] !== c.hash).map((c) => c.id),
    retired: Object.keys(seen).filter((id) => !present.has(id)).sort(byText),
  };
}

export const hasChanges = (c: DeckChanges): boolean => c.added.length + c.changed.length + c.retired.length > 0;

/** A shipped deck whose content differs from the version last studied (read from the catalogue alone: no deck is loaded). */
export const isUpdatedSince = (deck: Pick<DeckSummary, 'contentHash'>, seen: SeenDeck | undefined): seen is SeenDeck =>
  seen !== undefined && deck.contentHash !== undefined && seen.hash !== deck.contentHash;

/** Whether Today has news to tell: a deck updated since last studied whose changes it has not shown. */
export const hasUnshownNews = (decks: readonly Pick<DeckSummary, 'id' | 'contentHash'>[], seenDecks: Readonly<Record<string, SeenDeck>> = {}): boolean =>
  decks.some((d) => isUpdatedSince(d, seenDecks[d.id]) && seenDecks[d.id]!.shown !== d.contentHash);
