import { afterEach } from 'vitest';
import { useFreshIndexedDb } from '../storage/helpers';
import { exportBackup } from '../../src/app/backup';
import { createCatalog, summarise } from '../../src/app/catalog';
import { createServices, type Services } from '../../src/app/services';
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
export function testServices(
  decks: Deck[], options: { timezoneOffset?: (time: number) => number } = {},
): Services & { clock: { now(): number; timezoneOffset(time: number): number; set(t: number): void } } {
  useFreshIndexedDb();
  let time = T0;
  let next = 0;
  const clock = { now: () => time, timezoneOffset: options.timezoneOffset ?? (() => 0), set: (t: number) => { time = t; } };
  const catalog = createCatalog(
    decks.map(summarise),
    (id) => { const d = decks.find((x) => x.id === id); return d ? Promise.resolve(d) : undefined; },
  );
  const services = createServices({
    events: { onBlocked: () => undefined, onVersionChange: () => undefined },
    clock, catalog, fuzz: false, newId: () => `review-${++next}`,
  });
  return { ...services, clock };
}

/** A backup file's text, as exportBackup writes it (small collections only: the test holds it as one string). */
export async function exportText(services: Services): Promise<string> {
  return (await exportBackup(services)).blob.text();
}

export type TestServices = ReturnType<typeof testServices>;

/** The ids act-001… of `count` cards. */
export const actorIds = (count: number): string[] => Array.from({ length: count }, (_, i) => `act-${String(i + 1).padStart(3, '0')}`);

/** A deck of `count` cards act-001…, as the backup tests use. */
export const actorsDeck = (count: number): Deck => testDeck('actors', actorIds(count));

/** A factory of devices (services over fresh databases) for these decks, each closed after its test. */
export function devicesOf(decks: Deck[]): () => TestServices {
  let open: TestServices[] = [];
  afterEach(() => { open.forEach((s) => s.database.close()); open = []; });
  return () => {
    const services = testServices(decks);
    open.push(services);
    return services;
  };
}
