import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../src/domain/settings';

it('fills in defaults: 90% retention and 20 new cards a day', () => {
  expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20, theme: 'system' });
});

it('clamps stored values into their ranges and drops unknown themes', () => {
  expect(normaliseSettings({ desiredRetention: 0.5, newCardsPerDay: 1e6, theme: 'neon' as never })).toMatchObject({
    desiredRetention: 0.8, newCardsPerDay: 200, theme: 'system',
  });
  expect(normaliseSettings({ newCardsPerDay: Number.NaN }).newCardsPerDay).toBe(20);
});

it('keeps the decks as last studied, dropping any damaged entry and nothing else', () => {
  const good = { hash: 'h1', cards: { 'act-001': 'a', 'act-002': 'b' }, shown: 'h1' };
  const stored = { seenDecks: { actors: good, corridors: { hash: 7, cards: {} }, alignments: 'x', flashpoints: { hash: 'h2', cards: { 'fla-001': 'c', 'fla-002': 3 } } } };
  expect(normaliseSettings(stored as never).seenDecks).toEqual({ actors: good, flashpoints: { hash: 'h2', cards: { 'fla-001': 'c' } } });
  expect(normaliseSettings({ seenDecks: [] as never }).seenDecks).toEqual({});
  expect('seenDecks' in normaliseSettings({})).toBe(false);
});
