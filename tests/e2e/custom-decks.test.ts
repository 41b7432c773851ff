import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeWindows1252 } from '../../src/domain/deck/text-file';
import { axeViolations, countImportedDecks, rateFront, readProgress, useBrowserAndServer } from './browser';
import { shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();

const CSV = [
  'term,definition,distractors',
  'Nakhchivan,Azerbaijani exclave,Armenian province|Iranian province|Georgian region',
  '"<img src=x onerror=""window.hacked=1"">",<b>bold?</b>',
  'orphan line without a definition',
].join('\n');

async function chooseFile(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text });
}

/** The bytes Excel or Quizlet on Western Windows would write: Latin-1, plus the few letters Windows-1252 adds. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from([...text].map((c) => {
    const code = extra[c] ?? c.codePointAt(0)!;
    if (code > 0xff) throw new Error(`"${c}" has no Windows-1252 byte`);
    return code;
  }));
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
  expect(await page.locator('.library-deck').count()).toBe(shippedDecks.length);
  await page.close();
});

it('says a Windows-1252 file is not UTF-8, reads it as Windows-1252 when asked, and imports only once confirmed', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}/library`);
  const rows = ['term,definition', 'Capital of Azerbaijan,Bakü', 'Second city,Gänçä', 'Société Générale,a bank', '“Aliyev’s party”,YAP – €'];
  await chooseFile(page, 'quizlet-export.csv', windows1252(rows.join('\r\n')));

  const notice = page.getByTestId('import-encoding');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('quizlet-export.csv: This file is not in UTF-8 text, so some letters would come out wrong (the first is on line 2). '
    + 'Files saved by Excel or Quizlet on Windows are often in Windows-1252 (Western European).');
  expect(await page.getByTestId('import-preview').count(), 'no preview of mangled letters').toBe(0);
  expect(await countImportedDecks(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await notice.getByRole('button', { name: 'Read it as Windows-1252' }).click();
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  expect(await page.getByTestId('import-encoding').count()).toBe(0);
  expect(await preview.textContent()).toContain('Read as Windows-1252 (Western European) text, comma-separated, with a header row.');
  expect(await preview.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)))).toEqual([
    ['Capital of Azerbaijan', 'Bakü'], ['Second city', 'Gänçä'], ['Société Générale', 'a bank'], ['“Aliyev’s party”', 'YAP – €'],
  ]);
  expect(await preview.textContent()).not.toContain('\uFFFD');
  // Still nothing written: the preview is only a preview.
  expect(await countImportedDecks(page)).toBe(0);

  await page.getByRole('button', { name: 'Import 4 cards' }).click();
  await page.getByTestId('import-saved').waitFor();
  expect(await countImportedDecks(page)).toBe(1);
  await page.getByRole('link', { name: 'quizlet-export' }).click();
  await page.getByText('Capital of Azerbaijan').waitFor();
  expect(await page.locator('main').textContent()).toContain('Gänçä');
  await context.close();
});

it('reads a UTF-8 file with Excel\'s byte order mark at once, letters beyond Windows-1252 included', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/library`);
  await chooseFile(page, 'excel-utf8.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('term,definition\r\nCapital,Bakı\r\nSecond city,Gəncə\r\n')]));
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  expect(await page.getByTestId('import-encoding').count()).toBe(0);
  expect(await preview.textContent()).toContain('Read as comma-separated, with a header row.');
  expect(await preview.locator('tbody td').allTextContents()).toEqual(expect.arrayContaining(['Bakı', 'Gəncə']));
  await page.close();
});

it('decodes Windows-1252 byte for byte as the browser\'s own TextDecoder does', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/library`);
  const every = Uint8Array.from({ length: 256 }, (_, i) => i);
  const browsers = await page.evaluate(() => new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i)));
  expect(decodeWindows1252(every)).toBe(browsers);
  await page.close();
});
