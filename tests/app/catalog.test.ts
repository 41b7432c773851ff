import { expect, it } from 'vitest';
import { createCatalog, summarise } from '../../src/app/catalog';
import { testDeck } from './fixtures';

it('tries a deck again after a load that failed, instead of keeping the failure until reload', async () => {
  const deck = testDeck('actors', ['act-001']);
  let online = false;
  let loads = 0;
  const catalog = createCatalog([summarise(deck)], () => {
    loads++;
    return online ? Promise.resolve(deck) : Promise.reject(new Error('Failed to fetch dynamically imported module'));
  });
  await expect(catalog.load('actors')).rejects.toThrow();
  online = true;
  await expect(catalog.load('actors')).resolves.toBe(deck);
  // A deck that loaded stays loaded: no second fetch.
  await catalog.load('actors');
  expect(loads).toBe(2);
});
