import { expect, it } from 'vitest';
import { rateFront, readProgress, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

it('resets all progress only after a confirmation that names what will be lost', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/study`);
  await rateFront(page, '4');
  await rateFront(page, '4');
  await page.goto(`${env.server.url}/settings`);
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  const question = page.getByText(/This deletes 2 ratings, the schedule of 2 cards/);
  await question.waitFor();
  // The safe choice takes focus: Enter keeps everything.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my progress');
  await page.keyboard.press('Enter');
  expect((await readProgress(page)).reviews).toHaveLength(2);
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('button', { name: 'Delete all progress' }).click();
  await page.getByText('All progress was deleted.').waitFor();
  expect(await readProgress(page)).toEqual({ reviews: [], memories: [] });
  await page.close();
});

it('keeps a changed setting across a reload, and uses it', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/settings`);
  await page.getByLabel('New cards per day').fill('3');
  await page.getByLabel('New cards per day').press('Tab');
  await page.getByText('Settings saved.').waitFor({ state: 'attached' });
  await page.reload();
  expect(await page.getByLabel('New cards per day').inputValue()).toBe('3');
  await page.goto(env.server.url);
  expect(await page.getByTestId('new-total').textContent()).toBe('3');
  await page.close();
});

it('lists a leech in the Library and brings it back into study on Unsuspend', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/study`);
  const cardId = await rateFront(page, '4');
  // Make that card a leech as eight lapses would have.
  await page.evaluate((id) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onsuccess = () => {
      const tx = open.result.transaction('memories', 'readwrite');
      const store = tx.objectStore('memories');
      const get = store.get(id);
      get.onsuccess = () => store.put({ ...get.result, lapses: 8, suspended: true, due: Date.now() - 1000 });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), cardId);
  await page.goto(`${env.server.url}/library`);
  const leech = page.locator('.leeches li');
  await leech.waitFor();
  expect(await leech.textContent()).toContain('8 lapses');
  await leech.getByRole('link', { name: 'Show the card' }).click();
  await page.locator(`li[id="${cardId}"] details[open]`).waitFor();
  await page.goBack();
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await page.getByTestId('no-leeches').waitFor();
  await page.goto(`${env.server.url}/study`);
  expect(await page.locator('article.flashcard').getAttribute('data-card-id')).toBe(cardId);
  await page.close();
});
