/** "What changed" in the browser: a deck updated since the learner last studied it, told once on Today, marked in the Library. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations as axe, rateFront, useBrowserAndServer } from './browser';
import { shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();

/** Stores what the learner last studied of each deck, as a device left it before this version of the app arrived. */
function storeSeenDecks(page: Page, seenDecks: unknown): Promise<void> {
  return page.evaluate((seen) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const get = store.get('app');
      get.onsuccess = () => store.put({ ...(get.result ?? {}), seenDecks: seen }, 'app');
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), seenDecks);
}

it('tells once on Today what is new, changed and retired in a deck since it was last studied; the Library marks the cards until it is studied again', async () => {
  const deck = shippedDecks.find((d) => d.id === 'flashpoints')!;
  const [changed, ...rest] = deck.cards;
  const added = deck.cards.at(-1)!;
  // The deck as last studied: without its last card, another version of its first, and a card since retired.
  const cards = Object.fromEntries([
    [changed!.id, 'an-older-hash'],
    ...rest.filter((c) => c.id !== added.id).map((c) => [c.id, c.hash!]),
    ['fla-011', 'retired-hash'],
  ]);
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(env.server.url);
  await page.getByTestId('due-total').waitFor();
  await storeSeenDecks(page, { flashpoints: { hash: 'the-version-studied', cards, shown: 'the-version-studied' } });

  await page.reload();
  const news = page.getByTestId('deck-news');
  await news.waitFor();
  expect(await news.getByRole('heading', { level: 2 }).textContent()).toBe('What changed');
  expect(await news.getByRole('heading', { level: 3 }).textContent()).toBe(`${deck.title} (version ${deck.version})`);
  expect(await news.getByText('Since you last studied it:').textContent()).toBe('Since you last studied it: 1 new card, 1 changed and 1 retired.');
  expect(await news.getByRole('link', { name: added.prompt }).getAttribute('href')).toBe(`/library/flashpoints#${added.id}`);
  expect(await news.getByRole('link', { name: changed!.prompt }).getAttribute('href')).toBe(`/library/flashpoints#${changed!.id}`);
  expect(await news.getByText('Retired: 1 card (fla-011). Your ratings of it stay in your history.').count()).toBe(1);
  expect(await axe(page)).toEqual([]);

  // Shown once: the next visit to Today says nothing of it.
  await page.reload();
  await page.getByTestId('no-deck-news').waitFor({ state: 'attached' });
  expect(await page.getByTestId('deck-news').count()).toBe(0);

  // The Library marks the deck in its list …
  await page.getByRole('link', { name: 'Library' }).click();
  const entry = page.locator('.library-deck', { has: page.getByRole('link', { name: deck.title, exact: true }) });
  await entry.getByText('Updated since you last studied it').waitFor();
  expect(await page.locator('.library-deck .badge.changed').count()).toBe(1);

  // … and, on the deck's page, the new and the changed card.
  await page.goto(`${env.server.url}/library/flashpoints`);
  await page.getByTestId('deck-changes').waitFor();
  expect(await page.getByTestId('deck-changes').textContent()).toBe('Updated since you last studied it: 1 new card, 1 changed and 1 retired, marked below.');
  expect(await page.locator(`[id="${added.id}"] [data-testid="card-mark"]`).textContent()).toBe('New since you last studied this deck');
  expect(await page.locator(`[id="${changed!.id}"] [data-testid="card-mark"]`).textContent()).toBe('Changed since you last studied this deck');
  expect(await page.getByTestId('card-mark').count()).toBe(2);
  expect(await axe(page)).toEqual([]);

  // Studying the deck makes this version the one to compare with: the marks go.
  await page.goto(`${env.server.url}/study?deck=flashpoints`);
  await page.locator('article.flashcard').waitFor();
  await rateFront(page, '3');
  // Remembering the deck is stored beside the rating: wait for it before leaving the page.
  await page.waitForFunction(() => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('faultlines');
    open.onsuccess = () => {
      const get = open.result.transaction('settings').objectStore('settings').get('app');
      get.onsuccess = () => { open.result.close(); resolve(get.result?.seenDecks?.flashpoints?.hash !== 'the-version-studied'); };
    };
  }));
  await page.goto(`${env.server.url}/library/flashpoints`);
  await page.getByRole('heading', { name: /^All \d+ cards$/ }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="deck-changes"]'));
  expect(await page.getByTestId('card-mark').count()).toBe(0);
  await page.context().close();
});
