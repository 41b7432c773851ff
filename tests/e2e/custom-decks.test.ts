import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rateFront, readProgress, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

const CSV = [
  'term,definition,distractors',
  'Nakhchivan,Azerbaijani exclave,Armenian province|Iranian province|Georgian region',
  '"<img src=x onerror=""window.hacked=1"">",<b>bold?</b>',
  'orphan line without a definition',
].join('\n');

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

it('previews a CSV file with its bad lines, imports it, studies it, and deletes it with its progress', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/library`);
  await page.getByLabel('Deck name (optional)').fill('Caucasus terms');
  await chooseFile(page, 'terms.csv', CSV);
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  expect(await preview.textContent()).toContain('Line 4: only one field');
  expect(await preview.locator('tbody tr').count()).toBe(2);

  await page.getByRole('button', { name: 'Import 2 cards' }).click();
  await page.getByTestId('import-saved').waitFor();
  await page.getByRole('link', { name: 'Caucasus terms' }).waitFor();

  // Markup in a card stays text.
  await page.getByRole('link', { name: 'Caucasus terms' }).click();
  await page.locator('details summary').nth(1).click();
  expect(await page.getByText('<b>bold?</b>').count()).toBe(1);
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

  await page.getByRole('link', { name: 'Study this deck' }).click();
  const studied = await rateFront(page, '4');
  expect(studied).toMatch(/^[a-z]{5}-0001$/);

  // It survives a reload, then goes away with its progress after a confirmation.
  await page.goto(`${env.server.url}/library`);
  await page.getByRole('button', { name: 'Delete Caucasus terms…' }).click();
  await page.getByText(/with its 2 cards and 1 rating\?/).waitFor();
  await page.getByRole('button', { name: 'Delete the deck' }).click();
  await page.getByRole('link', { name: 'Caucasus terms' }).waitFor({ state: 'detached' });
  expect((await readProgress(page)).reviews.filter((r) => r.cardId === studied)).toEqual([]);
  await page.close();
});

it('refuses a broken file with the reason, and saves nothing', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/library`);
  await chooseFile(page, 'broken.csv', 'a,b\nc,"never closed\n');
  const error = page.getByTestId('import-error');
  await error.waitFor();
  expect(await error.textContent()).toContain('broken.csv: Line 2: a quoted field is never closed. Nothing was imported.');
  expect(await page.locator('.library-deck').count()).toBe(4);
  await page.close();
});
