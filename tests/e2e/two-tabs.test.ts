import { expect, it } from 'vitest';
import { openControlled, readProgress, useBrowserAndServer } from './browser';
import type { Page } from 'playwright-core';

const env = useBrowserAndServer();

const frontCard = (page: Page) => page.locator('article.flashcard').getAttribute('data-card-id');

/** Two tabs of one browser on /study, both showing the same card; a deaf tab 2 has no BroadcastChannel. */
async function twoTabsOnOneCard({ deaf = false } = {}) {
  const context = await env.browser.newContext();
  const one = await openControlled(context, `${env.server.url}/study`);
  const two = await context.newPage();
  if (deaf) await two.addInitScript(() => { (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = undefined; });
  await two.goto(`${env.server.url}/study`);
  await one.locator('article.flashcard').waitFor();
  await two.locator('article.flashcard').waitFor();
  const card = await frontCard(one);
  expect(await frontCard(two)).toBe(card);
  return { context, one, two, card };
}

it('two tabs rating one card keep both ratings, and the second tab moves on', async () => {
  const { context, one, two, card } = await twoTabsOnOneCard();

  // Both tabs show the answer; tab 1 grades Good, tab 2 grades Easy before it has moved on.
  await two.keyboard.press('Space');
  await two.getByTestId('answer').waitFor();
  await one.keyboard.press('Space');
  await one.keyboard.press('3');
  await one.waitForFunction((id) => document.querySelector('article.flashcard')?.getAttribute('data-card-id') !== id, card);
  // Tab 2 hears of it and moves on by itself (answer hidden, a new card in front) ...
  await two.waitForFunction((id) => document.querySelector('article.flashcard')?.getAttribute('data-card-id') !== id, card, { timeout: 5000 });
  expect(await two.getByTestId('answer').count()).toBe(0);

  const { reviews, memories } = await readProgress(one);
  expect(reviews.filter((r) => r.cardId === card)).toHaveLength(1);
  expect(memories.find((m) => m.cardId === card)?.reps).toBe(1);
  await context.close();
});

it('a rating made from a stale screen is scheduled from the stored memory', async () => {
  // Tab 2 hears nothing from tab 1, as if the message between them were late.
  const { context, one, two, card } = await twoTabsOnOneCard({ deaf: true });

  await one.keyboard.press('Space');
  await one.keyboard.press('3');
  await expect.poll(async () => (await readProgress(one)).reviews.length).toBe(1);
  await two.keyboard.press('Space');
  await two.keyboard.press('4');
  await expect.poll(async () => (await readProgress(one)).reviews.length).toBe(2);

  const { reviews, memories } = await readProgress(one);
  const log = reviews.filter((r) => r.cardId === card) as unknown as { grade: number; before?: { reps: number }; after: { reps: number } }[];
  const easy = log.find((r) => r.grade === 4);
  expect(easy?.before?.reps).toBe(1);
  expect(easy?.after.reps).toBe(2);
  expect(memories.find((m) => m.cardId === card)?.reps).toBe(2);
  await context.close();
});
