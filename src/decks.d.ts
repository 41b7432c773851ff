declare module 'virtual:decks' {
  import type { DeckSummary, Deck } from './domain/deck/types';
  export const catalog: DeckSummary[];
  /** Card ids shipped once and since retired: never reused, and still the key of their ratings. */
  export const retired: string[];
  export const loaders: Record<string, () => Promise<Deck>>;
}

declare module 'virtual:deck-notes' {
  import type { DeckNotes } from './domain/deck/types';
  /** Each shipped deck's intro and talking points, by deck id. */
  export const notes: Record<string, DeckNotes>;
}
