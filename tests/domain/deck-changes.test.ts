import { describe, expect, it } from 'vitest';
import { deckChanges, hasChanges, hasUnshownNews, isUpdatedSince } from '../../src/domain/deck/changes';
import { cardContentHash, cardHashesOf, deckContentHash, withContentHashes } from '../../src/domain/deck/content-hash';
import type { Card } from '../../src/domain/deck/types';
import { shippedDecks } from './quiz/fixtures';

const card = (id: string, over: Partial<Card> = {}): Card => ({
  id, kind: 'basic', prompt: `Prompt ${id}`, answer: `Answer ${id}`, explanation: 'Why.', tags: [], source: { type: 'article', quote: 'q' }, ...over,
});
const hashed = (cards: Card[]) => cards.map((c) => ({ id: c.id, hash: cardContentHash(c) }));

describe('what changed in a deck', () => {
  const before = [card('act-001'), card('act-002'), card('act-003')];
  const seen = cardHashesOf(before);

  it('is nothing when no card changed', () => {
    const changes = deckChanges(seen, hashed(before));
    expect(changes).toEqual({ added: [], changed: [], retired: [] });
    expect(hasChanges(changes)).toBe(false);
  });

  it('names the new, the changed and the retired cards: new and changed in deck order, retired by id', () => {
    const after = [card('act-004'), card('act-003', { explanation: 'A better why.' }), card('act-001'), card('act-000')];
    const changes = deckChanges(seen, hashed(after));
    expect(changes).toEqual({ added: ['act-004', 'act-000'], changed: ['act-003'], retired: ['act-002'] });
    expect(hasChanges(changes)).toBe(true);
  });

  it('does not count a card moved within the deck, or a deck read in another order, as changed', () => {
    expect(deckChanges(seen, hashed([...before].reverse()))).toEqual({ added: [], changed: [], retired: [] });
  });

  it('counts everything as retired against an empty deck, and as new against nothing seen', () => {
    expect(deckChanges(seen, [])).toEqual({ added: [], changed: [], retired: ['act-001', 'act-002', 'act-003'] });
    expect(deckChanges({}, hashed(before)).added).toEqual(['act-001', 'act-002', 'act-003']);
  });
});

describe('content hashes', () => {
  const base = card('act-001', { distractors: ['a', 'b', 'c'] });

  it('change with anything the learner reads on the card', () => {
    const edits: Partial<Card>[] = [
      { prompt: 'Another prompt' }, { answer: 'Another answer' }, { explanation: 'Another why.' }, { kind: 'mcq' },
      { source: { type: 'article', quote: 'another quote' } }, { distractors: ['a', 'b', 'd'] }, { truth: false }, { correction: 'Rather so.' },
      { views: [{ who: 'Baku', view: 'v' }, { who: 'Tehran', view: 'w' }] }, { steps: ['one', 'two'] },
    ];
    const hashes = new Set([cardContentHash(base), ...edits.map((e) => cardContentHash({ ...base, ...e }))]);
    expect(hashes.size).toBe(edits.length + 1);
  });

  it('stay the same for bookkeeping: tags, answer kind, the core mark, the id and a hash already given', () => {
    for (const e of [{ tags: ['iran'] }, { answerKind: 'state' as const }, { core: true }, { id: 'act-999' }, { hash: 'x' }]) {
      expect(cardContentHash({ ...base, ...e })).toBe(cardContentHash(base));
    }
  });

  it('give a deck one hash for its cards, whatever their order, and another when any card changes', () => {
    const cards = [card('act-001'), card('act-002')];
    expect(deckContentHash(cardHashesOf(cards))).toBe(deckContentHash(cardHashesOf([...cards].reverse())));
    expect(deckContentHash(cardHashesOf([cards[0]!, card('act-002', { prompt: 'Edited' })]))).not.toBe(deckContentHash(cardHashesOf(cards)));
    expect(deckContentHash(cardHashesOf([cards[0]!]))).not.toBe(deckContentHash(cardHashesOf(cards)));
  });

  it('are given at build time to every shipped card and deck, and are short', () => {
    for (const deck of shippedDecks()) {
      expect(deck.contentHash).toMatch(/^[0-9a-z]{1,11}$/);
      for (const c of deck.cards) expect(c.hash, c.id).toBe(cardContentHash(c));
      expect(deck.contentHash).toBe(deckContentHash(cardHashesOf(deck.cards)));
      expect(withContentHashes(deck)).toEqual(deck);
    }
    const all = shippedDecks().flatMap((d) => d.cards.map((c) => c.hash));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('telling from the catalogue alone whether a deck was updated since it was studied', () => {
  const seen = { hash: 'v1', cards: {}, shown: 'v1' };

  it('is so only for a deck studied here whose hash moved on', () => {
    expect(isUpdatedSince({ contentHash: 'v2' }, seen)).toBe(true);
    expect(isUpdatedSince({ contentHash: 'v1' }, seen)).toBe(false);
    expect(isUpdatedSince({ contentHash: 'v2' }, undefined)).toBe(false);
    expect(isUpdatedSince({}, seen)).toBe(false);
  });

  it('has news for Today until Today has shown that version\'s changes', () => {
    expect(hasUnshownNews([{ id: 'actors', contentHash: 'v2' }], { actors: seen })).toBe(true);
    expect(hasUnshownNews([{ id: 'actors', contentHash: 'v2' }], { actors: { ...seen, shown: 'v2' } })).toBe(false);
    expect(hasUnshownNews([{ id: 'actors', contentHash: 'v3' }], { actors: { ...seen, shown: 'v2' } })).toBe(true);
    expect(hasUnshownNews([{ id: 'actors', contentHash: 'v2' }], {})).toBe(false);
    expect(hasUnshownNews([{ id: 'actors', contentHash: 'v2' }])).toBe(false);
  });
});
