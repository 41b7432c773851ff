/**
 * An existing database at an older version upgrades in the built app: the rungs that move stored
 * data (storage/migrations.ts) load only then — the first open aborts the upgrade, loads them and
 * opens again — and a visit with nothing to upgrade never downloads them.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rateFront, readProgress, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

/** The stores the app had at version 6, before the day summaries (storage/schema.ts). */
const VERSION_6_STORES: [name: string, keyPath: string | undefined][] = [
  ['memories', 'cardId'], ['reviews', 'id'], ['settings', undefined], ['quizResults', 'id'],
  ['importedDecks', 'id'], ['classSessions', 'id'], ['undos', 'reviewId'], ['sync', undefined], ['synced', 'id'],
];

/** Puts the app's database back to version 6, keeping its reviews and memories. */
function rewriteAsVersion6(page: Page, progress: Awaited<ReturnType<typeof readProgress>>): Promise<void> {
  return page.evaluate(({ stores, progress }) => new Promise<void>((resolve, reject) => {
    const gone = indexedDB.deleteDatabase('faultlines');
    gone.onerror = () => reject(gone.error);
    gone.onsuccess = () => {
      const open = indexedDB.open('faultlines', 6);
      open.onupgradeneeded = () => {
        const db = open.result;
        for (const [name, keyPath] of stores) db.createObjectStore(name, keyPath ? { keyPath } : undefined);
        const reviews = open.transaction!.objectStore('reviews');
        reviews.createIndex('by-time', 'time');
        reviews.createIndex('by-card', 'cardId');
        open.transaction!.objectStore('memories').createIndex('by-due', 'due');
        open.transaction!.objectStore('quizResults').createIndex('by-started', 'startedAt');
        open.transaction!.objectStore('classSessions').createIndex('by-created', 'createdAt');
        for (const review of progress.reviews) reviews.put(review);
        for (const memory of progress.memories) open.transaction!.objectStore('memories').put(memory);
      };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    };
  }), { stores: VERSION_6_STORES, progress });
}

function readDatabase(page: Page) {
  return page.evaluate(() => new Promise<{ version: number; total: { ratings: number } | undefined; reviews: number }>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['days', 'reviews']);
      const total = tx.objectStore('days').get('total');
      const reviews = tx.objectStore('reviews').count();
      tx.oncomplete = () => { db.close(); resolve({ version: db.version, total: total.result, reviews: reviews.result }); };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

it('upgrades a version-6 database, loading the data rungs only when an upgrade is due', async () => {
  // Without the service worker, every module the page loads is a request this test sees.
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const MIGRATIONS = /\/assets\/migrations-[\w-]+\.js$/;

  await page.goto(`${env.server.url}/study`);
  await rateFront(page, '3');
  await rateFront(page, '4');
  const progress = await readProgress(page);
  expect(progress.reviews).toHaveLength(2);
  expect(loaded.filter((p) => MIGRATIONS.test(p))).toEqual([]);

  await page.goto(`${env.server.url}/favicon.svg`);
  await rewriteAsVersion6(page, progress);
  loaded.length = 0;
  await page.goto(env.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await expect.poll(() => readDatabase(page).then((d) => d.version)).toBe(7);
  expect(loaded.filter((p) => MIGRATIONS.test(p))).toHaveLength(1);
  // The summaries were counted from the log that was there, and the log is whole.
  expect(await readDatabase(page)).toMatchObject({ version: 7, total: { ratings: 2 }, reviews: 2 });
  expect(await readProgress(page)).toEqual(progress);

  loaded.length = 0;
  await page.reload();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await page.goto(`${env.server.url}/study`);
  await page.locator('article.flashcard').waitFor();
  expect(loaded.filter((p) => MIGRATIONS.test(p))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
