import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../scripts/map/build-map.ts';
import { cardsAbout, PLACE_IDS, PLACES, ROUTE_IDS, ROUTES } from '../../../src/domain/map/index.ts';
import { allCards, shippedDecks } from '../quiz/fixtures.ts';

const decks = shippedDecks();
const cards = allCards(decks);
const ids = new Set(cards.map((c) => c.id));
const tags = new Set(cards.flatMap((c) => c.tags));

describe('the map as data', () => {
  it('lists every place and route once, by the ids the types name', () => {
    expect(PLACES.map((p) => p.id)).toEqual([...PLACE_IDS]);
    expect(ROUTES.map((r) => r.id)).toEqual([...ROUTE_IDS]);
  });

  it('ties every place and route to cards that exist, by key cards and by tags the decks use', () => {
    for (const item of [...PLACES, ...ROUTES]) {
      expect(item.cards.length, item.id).toBeGreaterThan(0);
      for (const id of item.cards) expect(ids.has(id), `${item.id}: card ${id}`).toBe(true);
      for (const tag of item.tags) expect(tags.has(tag), `${item.id}: tag ${tag}`).toBe(true);
      const about = cardsAbout(item, decks);
      expect(about.slice(0, item.cards.length).map((c) => c.card.id), item.id).toEqual(item.cards);
      expect(new Set(about.map((c) => c.card.id)).size, `${item.id}: each card once`).toBe(about.length);
    }
  });

  it('finds the corridor cards by their tags: Nakhchivan, Syunik, the Caspian, the Southern Gas Corridor', () => {
    const about = (id: string) => cardsAbout([...PLACES, ...ROUTES].find((i) => i.id === id)!, decks).map((c) => c.card.id);
    expect(about('nakhchivan')).toEqual(expect.arrayContaining(['cor-001', 'cor-004']));
    expect(about('syunik')).toEqual(expect.arrayContaining(['cor-002', 'cor-024']));
    expect(about('caspian')).toEqual(expect.arrayContaining(['cor-037', 'fla-022']));
    expect(about('southern-gas-corridor')).toEqual(expect.arrayContaining(['cor-026', 'cor-033']));
    expect(about('zangezur').length).toBeGreaterThanOrEqual(10);
  });

  it('routes run through places of the map, and regions belong to countries of the map', () => {
    for (const r of ROUTES) for (const stop of r.stops) expect(PLACE_IDS).toContain(stop);
    for (const p of PLACES) if (p.partOf) expect(PLACES.find((q) => q.id === p.partOf)?.kind).toBe('country');
  });

  it('has a drawn shape for every place and route, and nothing else', () => {
    const geometry = buildMap();
    expect(Object.keys(geometry.places).sort()).toEqual([...PLACE_IDS].sort());
    expect(Object.keys(geometry.routes).sort()).toEqual([...ROUTE_IDS].sort());
    for (const id of PLACE_IDS) {
      const { x, y } = geometry.placeLabels[id];
      expect(x >= 0 && x <= geometry.width && y >= 0 && y <= geometry.height, `${id} label on the map`).toBe(true);
    }
  });
});
