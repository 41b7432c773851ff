import { expect, it } from 'vitest';
import { axeViolations, openControlled, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

it('keeps a screen that fails to render to itself: it says so, offers Reload, and the rest works', async () => {
  const context = await env.browser.newContext();
  const page = await openControlled(context, env.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  // A stored quiz result damaged by hand (no answers list): the Quiz screen's history cannot draw it.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onsuccess = () => {
      const tx = open.result.transaction('quizResults', 'readwrite');
      tx.objectStore('quizResults').put({ id: 'broken', mode: 'quiz', deckIds: [], topics: [], seed: 's', questionCount: 3, practice: false, startedAt: Date.now() });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.getByRole('link', { name: 'Quiz' }).click();
  const failed = page.getByTestId('screen-failed');
  await failed.waitFor();
  expect(await failed.textContent()).toContain('The Quiz screen stopped working. Nothing you saved was lost');
  await page.getByRole('button', { name: 'Reload' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // The navigation still works, and the next screen is fine.
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('heading', { name: 'Progress' }).waitFor();
  expect(await page.getByTestId('screen-failed').count()).toBe(0);
  await context.close();
});
