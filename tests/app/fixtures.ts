import { freshDatabase } from '../storage/helpers';
import { createCatalog } from '../../src/app/catalog';
import type { Services } from '../../src/app/services';
import { createUpdateGate } from '../../src/app/update-gate';
import { classRepository, deckRepository, progressRepository, quizRepository, settingsRepository } from '../../src/storage';
import type { Card, Deck } from '../../src/domain/deck/types';

export const T0 = Date.UTC(2026, 4, 4, 9, 0);

export const testCard = (id: string): Card => ({
  id, kind: 'basic', prompt: `Prompt ${id}`, answer: `Answer ${id}`, explanation: 'x', tags: [],
  source: { type: 'article', quote: 'q' },
});

export function testDeck(id: string, cardIds: string[]): Deck {
  return { id, title: id, topic: 'actors', version: 1, intro: 'i', talkingPoints: ['p'], cards: cardIds.map(testCard) };
}

/** Services on a fresh database, a clock the test moves by hand, fuzz off, predictable ids. */
export function testServices(decks: Deck[]): Services & { clock: { now(): number; timezoneOffset(): number; set(t: number): void } } {
  const database = freshDatabase();
  let time = T0;
  let next = 0;
  const catalog = createCatalog(
    decks.map(({ cards, ...d }) => ({ ...d, cardIds: cards.map((c) => c.id) })),
    (id) => { const d = decks.find((x) => x.id === id); return d ? Promise.resolve(d) : undefined; },
  );
  return {
    database,
    progress: progressRepository(database),
    settings: settingsRepository(database),
    quizzes: quizRepository(database),
    decks: deckRepository(database),
    classes: classRepository(database),
    catalog,
    clock: { now: () => time, timezoneOffset: () => 0, set: (t: number) => { time = t; } },
    updates: createUpdateGate(),
    newId: () => `review-${++next}`,
    fuzz: false,
  };
}
