/** Shared test data: the shipped decks (whatever they hold today) and small hand-made decks. */
import { fileURLToPath } from 'node:url';
import { loadDecks } from '../../../scripts/deck-loader.ts';
import type { Card, Deck, DeckTopic } from '../../../src/domain/deck/types.ts';
import { validateDeck } from '../../../src/domain/deck/validate.ts';

export const DECKS_DIR = fileURLToPath(new URL('../../../decks', import.meta.url));

/** Every valid shipped deck (a deck being edited into an invalid state is left out, as the build would refuse it). */
export function shippedDecks(): Deck[] {
  const { decks } = loadDecks(DECKS_DIR);
  if (decks.length === 0) throw new Error(`no valid decks in ${DECKS_DIR}`);
  return decks;
}

export const allCards = (decks: readonly Deck[]): Card[] => decks.flatMap((d) => d.cards);

/** The minimal comparison the rules are stated in: case and spacing do not count. */
export const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export const SEEDS: (string | number)[] = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? i * 7919 : `seed-${i}`));

/** A deck built from raw YAML-like data through the real validator, so fixtures obey the deck rules. */
export function fixtureDeck(raw: Record<string, unknown>, file = 'fixture.yaml'): Deck {
  const result = validateDeck(raw, file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.cardId ?? p.sortId ?? ''} ${p.field}: ${p.message}`).join('\n'));
  return result.deck;
}

export const rawDeck = (id: string, topic: DeckTopic, cards: unknown[], over: Record<string, unknown> = {}) => ({
  id, title: id, topic, version: 1, intro: 'Intro.', talkingPoints: ['A point.'], cards, ...over,
});

/** A true/false card: asked the same way on every seed, handy where only selection matters. */
export const tfCard = (id: string, core = false) => ({
  id, kind: 'truefalse', prompt: `Statement ${id}.`, truth: true, explanation: 'Why.', quote: 'a quote', ...(core ? { core: true } : {}),
});

export const basicCard = (id: string, prompt: string, answer: string, over: Record<string, unknown> = {}) => ({
  id, kind: 'basic', prompt, answer, explanation: `About ${answer}.`, quote: 'a quote', ...over,
});
