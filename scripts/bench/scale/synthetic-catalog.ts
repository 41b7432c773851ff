/**
 * A catalogue of synthetic cards for the scale bench, through the app's own createCatalog. Each
 * deck is kept as JSON text and parsed when loaded, as the shipped deck chunks are
 * (`JSON.parse(…)` in the module), so loading costs what a real deck of that size would.
 */
import { createCatalog, type Catalog } from '../../../src/app/catalog';
import type { Card, Deck, DeckSummary } from '../../../src/domain/deck/types';
import type { Shape } from './shape';

import { cardId } from './card-id';

export { cardId };

let built: { summaries: DeckSummary[]; sources: Map<string, string> } | undefined;

function build(shape: Shape) {
  const perDeck = Math.ceil(shape.cards / shape.decks);
  const summaries: DeckSummary[] = [];
  const sources = new Map<string, string>();
  for (let d = 0; d < shape.decks; d++) {
    const cards: Card[] = [];
    for (let i = d * perDeck; i < Math.min(shape.cards, (d + 1) * perDeck); i++) {
      cards.push({
        id: cardId(i),
        kind: 'basic',
        prompt: `Synthetic prompt ${i}: which corridor links the two sides of the border described in this card?`,
        answer: `Synthetic answer ${i}`,
        explanation: `A synthetic explanation of about the length of a real one, so that parsing and memory use are realistic for card ${i}.`,
        source: { type: 'article', quote: `A short verbatim quote standing in for the article, card ${i}.` },
        tags: ['bench'],
      });
    }
    const deck: Deck = { id: `bench-${d}`, title: `Bench deck ${d}`, topic: 'actors', version: 1, intro: 'Synthetic.', talkingPoints: [], cards };
    const { cards: _, ...meta } = deck;
    summaries.push({ ...meta, cardIds: cards.map((c) => c.id) });
    sources.set(deck.id, JSON.stringify(deck));
  }
  return { summaries, sources };
}

/** A fresh catalogue (nothing loaded yet) over the same synthetic decks. */
export function syntheticCatalog(shape: Shape): Catalog {
  built ??= build(shape);
  const { summaries, sources } = built;
  return createCatalog(summaries, (id) => {
    const source = sources.get(id);
    return source === undefined ? undefined : Promise.resolve(JSON.parse(source) as Deck);
  });
}
