declare module 'virtual:decks' {
  import type { DeckSummary, Deck } from './domain/deck/types';
  export const catalog: DeckSummary[];
  export const loaders: Record<string, () => Promise<Deck>>;
}
