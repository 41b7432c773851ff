/** Debian's Chromium driven by playwright-core; one browser per test file, one context per test. */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/shared/chromium.mjs';
import { serveDist, type StaticServer } from './static-server';
export { openControlled } from '../../scripts/shared/controlled';

export { chromePath };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
}

/** One browser and one server of the production build for a test file, stopped after its tests. */
export function useBrowserAndServer(): { readonly browser: Browser; readonly server: StaticServer } {
  const env = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => { [env.browser, env.server] = await Promise.all([launchBrowser(), serveDist()]); });
  afterAll(async () => { await env.browser?.close(); await env.server?.close(); });
  return env;
}

/** Reads the app's IndexedDB as it stands: reviews and card memories. */
export function readProgress(page: Page) {
  return page.evaluate(() => new Promise<{ reviews: { id: string; cardId: string; grade: number; time: number }[]; memories: { cardId: string; due: number; reps: number }[] }>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['reviews', 'memories']);
      const reviews = tx.objectStore('reviews').getAll();
      const memories = tx.objectStore('memories').getAll();
      tx.oncomplete = () => { db.close(); resolve({ reviews: reviews.result, memories: memories.result }); };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

/** How many decks of their own the learner has saved, read from IndexedDB itself. */
export function countImportedDecks(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('importedDecks').objectStore('importedDecks').count();
      count.onsuccess = () => { open.result.close(); resolve(count.result); };
      count.onerror = () => reject(count.error);
    };
  }));
}

/** Shows the answer and rates the card in front; returns its id. */
export async function rateFront(page: Page, key: '1' | '2' | '3' | '4'): Promise<string> {
  const card = page.locator('article.flashcard');
  const id = await card.getAttribute('data-card-id');
  await page.keyboard.press('Space');
  await page.getByTestId('answer').waitFor();
  await page.keyboard.press(key);
  // Once the rating is stored, the next card (or the end of the session) comes up with its answer hidden.
  await page.getByTestId('answer').waitFor({ state: 'detached' });
  return id ?? '';
}

/** What axe finds wrong on the page as it stands, one line per rule with the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
