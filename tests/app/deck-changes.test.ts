import { afterEach, describe, expect, it } from 'vitest';
import { createCatalog, summarise } from '../../src/app/catalog';
import { changesSinceStudied, decksUpdatedSinceStudied, loadDeckNews, noteDeckStudied } from '../../src/app/deck-changes';
import { createServices, type Services } from '../../src/app/services';
import { startStudy } from '../../src/app/study';
import { loadToday } from '../../src/app/today';
import { withContentHashes } from '../../src/domain/deck/content-hash';
import type { Deck } from '../../src/domain/deck/types';
import { testCard, testDeck, testServices } from './fixtures';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `act-${String(i + 1).padStart(3, '0')}`);
/** A shipped deck as the build gives it: with content hashes. */
const shipped = (deck: Deck): Deck => withContentHashes(deck);
const v1 = shipped(testDeck('actors', ids(3)));
/** Version 2: act-002 reworded, act-003 retired, act-004 new. */
const v2 = shipped({
  ...v1, version: 2,
  cards: [testCard('act-001'), { ...testCard('act-002'), prompt: 'A clearer prompt' }, testCard('act-004')],
});

let open: Services[] = [];
afterEach(() => { open.forEach((s) => s.database.close()); open = []; });

/** The same device after an app update that ships `decks`: the same database, a new catalogue. */
function updatedTo(before: ReturnType<typeof testServices>, decks: Deck[]): Services {
  before.database.close();
  const services = createServices({
    events: { onBlocked: () => undefined, onVersionChange: () => undefined }, clock: before.clock, fuzz: false,
    catalog: createCatalog(decks.map(summarise), (id) => { const d = decks.find((x) => x.id === id); return d ? Promise.resolve(d) : undefined; }),
  });
  open.push(services);
  return services;
}

async function studyOne(services: Services): Promise<void> {
  const study = await startStudy(services);
  await study.rate(3);
  study.close();
  // Remembering the deck is bookkeeping done beside the rating: wait until it is stored.
  for (let i = 0; i < 50 && !(await services.settings.load()).seenDecks; i++) await new Promise((r) => setTimeout(r, 5));
}

describe('what changed since the learner last studied a deck', () => {
  it('is told once on Today, naming the new, changed and retired cards; the Library marks them until the deck is studied again', async () => {
    const before = testServices([v1]);
    open.push(before);
    await studyOne(before);
    expect((await before.settings.load()).seenDecks?.actors?.hash).toBe(v1.contentHash);
    expect(await loadDeckNews(before)).toEqual([]);

    const after = updatedTo(before, [v2]);
    expect((await loadToday(after)).deckNews).toBe(true);
    const [news, ...others] = await loadDeckNews(after);
    expect(others).toEqual([]);
    expect(news).toMatchObject({
      deck: { id: 'actors', version: 2 },
      added: [{ id: 'act-004', prompt: 'Prompt act-004' }],
      changed: [{ id: 'act-002', prompt: 'A clearer prompt' }],
      retired: ['act-003'],
    });
    // Once: the next visit to Today says nothing more.
    expect((await loadToday(after)).deckNews).toBe(false);
    expect(await loadDeckNews(after)).toEqual([]);
    // The Library still marks the cards, and the deck.
    expect(await changesSinceStudied(after, v2)).toEqual({ added: ['act-004'], changed: ['act-002'], retired: ['act-003'] });
    expect(await decksUpdatedSinceStudied(after)).toEqual(new Set(['actors']));

    // Studying the deck again makes this version the one to compare with.
    await noteDeckStudied(after, v2);
    expect(await changesSinceStudied(after, v2)).toBeUndefined();
    expect(await decksUpdatedSinceStudied(after)).toEqual(new Set());
  });

  it('keeps progress keyed by card id: a reworded card keeps its rating', async () => {
    const before = testServices([v1]);
    open.push(before);
    await studyOne(before);
    const memory = await before.progress.memory('act-001');
    expect(memory).toBeDefined();
    const after = updatedTo(before, [v2]);
    expect(await after.progress.memory('act-001')).toEqual(memory);
  });

  it('says nothing of a deck never studied on this device, nor of an unchanged one', async () => {
    const before = testServices([v1]);
    open.push(before);
    const after = updatedTo(before, [v2]);
    expect(await loadDeckNews(after)).toEqual([]);
    expect(await changesSinceStudied(after, v2)).toBeUndefined();

    await noteDeckStudied(after, v2);
    const again = updatedTo(after as ReturnType<typeof testServices>, [v2]);
    expect(await loadDeckNews(again)).toEqual([]);
  });

  it('after two updates unstudied, tells what changed since the version last studied', async () => {
    const before = testServices([v1]);
    open.push(before);
    await studyOne(before);
    const middle = updatedTo(before, [v2]);
    expect(await loadDeckNews(middle)).toHaveLength(1);
    const v3 = shipped({ ...v2, version: 3, cards: [...v2.cards, testCard('act-005')] });
    const later = updatedTo(middle as ReturnType<typeof testServices>, [v3]);
    const [news] = await loadDeckNews(later);
    expect(news?.added.map((c) => c.id)).toEqual(['act-004', 'act-005']);
    expect(news?.changed.map((c) => c.id)).toEqual(['act-002']);
  });

  it('leaves imported decks alone: they change only when the learner imports them', async () => {
    const before = testServices([]);
    open.push(before);
    const imported = { ...testDeck('custom-abcde', ['abcde-0001']), topic: 'custom' as const, contentHash: 'x' };
    before.catalog.setImported([imported]);
    await noteDeckStudied(before, imported);
    expect((await before.settings.load()).seenDecks).toBeUndefined();
  });
});
