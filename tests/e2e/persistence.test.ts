import { expect, it } from 'vitest';
import { openControlled, rateFront, readProgress, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

it('keeps five ratings and their due dates after the tab is closed and reopened', async () => {
  const context = await env.browser.newContext();
  const page = await openControlled(context, env.server.url);
  await page.goto(`${env.server.url}/study`);
  const rated: string[] = [];
  for (let i = 0; i < 5; i++) rated.push(await rateFront(page, i % 2 === 0 ? '3' : '4'));
  const before = await readProgress(page);
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(env.server.url);
  await reopened.getByRole('heading', { name: 'Today' }).waitFor();
  const after = await readProgress(reopened);
  expect(after.reviews).toHaveLength(5);
  expect(after.reviews.map((r) => r.cardId).sort()).toEqual([...rated].sort());
  expect(after.memories).toEqual(before.memories);
  for (const m of after.memories) expect(m.due).toBeGreaterThan(Date.now() - 60_000);

  // The first rating asked for persistent storage; Settings reports the browser's answer and the use.
  await reopened.getByRole('link', { name: 'Settings' }).click();
  const persisted = reopened.getByTestId('persisted');
  await persisted.waitFor();
  expect(await persisted.textContent()).toMatch(/^(Persistent|Not persistent: the browser declined)/);
  expect(await reopened.getByTestId('storage-used').textContent()).toMatch(/\d/);
  await context.close();
});

it('undo restores the card and removes its log row', async () => {
  const context = await env.browser.newContext();
  const page = await openControlled(context, `${env.server.url}/study`);
  const first = await rateFront(page, '4');
  expect((await readProgress(page)).reviews).toHaveLength(1);
  await page.keyboard.press('u');
  await page.waitForFunction((id) => document.querySelector('article.flashcard')?.getAttribute('data-card-id') === id, first);
  await expect.poll(async () => (await readProgress(page)).reviews.length).toBe(0);
  expect((await readProgress(page)).memories).toEqual([]);
  // The card is back at the front, unrevealed, and can be rated again.
  expect(await page.getByTestId('answer').count()).toBe(0);
  await rateFront(page, '3');
  expect((await readProgress(page)).reviews.map((r) => [r.cardId, r.grade])).toEqual([[first, 3]]);
  await context.close();
});
