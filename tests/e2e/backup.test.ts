import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checksumOf } from '../../src/domain/backup/validate';
import { readProgress, launchBrowser } from './browser';
import { serveDist, type StaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;
let downloads: string;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  downloads = mkdtempSync(join(tmpdir(), 'faultlines-backup-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Shows the answer and rates the card in front. "Show answer" is clicked again if a first press
 * came before Study had settled on the new card (it then resets the card to hidden); once the
 * answer is shown that button is gone, so a retry can never rate by mistake.
 */
async function rateCard(page: Page, key: '3' | '4'): Promise<string> {
  const id = (await page.locator('article.flashcard').getAttribute('data-card-id')) ?? '';
  const reveal = page.getByRole('button', { name: /^Show answer/ });
  await expect.poll(async () => {
    if (await reveal.count()) await reveal.click({ timeout: 1000 }).catch(() => undefined);
    return page.getByTestId('answer').count();
  }).toBeGreaterThan(0);
  await page.keyboard.press(key);
  // Once the rating is stored, the next card (or the end of the session) comes up with its answer hidden.
  await page.getByTestId('answer').waitFor({ state: 'detached' });
  return id;
}

/** Rates `n` cards, then downloads a backup from the Library by keyboard; returns the saved file's path. */
async function rateAndDownload(page: Page, n: number): Promise<{ path: string; rated: string[] }> {
  await page.goto(`${server.url}/study`);
  const rated: string[] = [];
  for (let i = 0; i < n; i++) rated.push(await rateCard(page, i % 2 ? '4' : '3'));
  await page.goto(`${server.url}/library`);
  const button = page.getByRole('button', { name: 'Download a backup' });
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^faultlines-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(downloads, `${Math.random().toString(36).slice(2)}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const count = (word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  await page.getByText(`Backup downloaded as ${download.suggestedFilename()}: ${count('rating')}, ${count('card')}, 0 quiz results.`).waitFor();
  return { path, rated };
}

it('restores a downloaded backup on a fresh device with "replace", by keyboard', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { path, rated } = await rateAndDownload(page, 3);
  const original = await readProgress(page);
  expect(original.reviews).toHaveLength(3);
  await page.getByTestId('last-backup').getByText(/^Last backup:/).waitFor();
  await context.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`${server.url}/library`);
  await other.getByLabel('Restore from a file').setInputFiles(path);
  // Focus moves to the summary; the next Tab reaches "Replace everything here".
  const title = other.getByRole('heading', { name: /^In .*faultlines-backup-.*\.json$/ });
  await title.waitFor();
  await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await other.getByTestId('backup-reviews').textContent()).toBe('3');
  expect(await other.getByTestId('backup-comparison').textContent()).toMatch(/no ratings here yet/);
  await other.keyboard.press('Tab');
  expect(await other.evaluate(() => document.activeElement?.textContent)).toBe('Replace everything here');
  await other.keyboard.press('Enter');
  await other.getByText(/^Restored\. This device now holds the backup: 3 ratings, 3 cards/).waitFor();

  const restored = await readProgress(other);
  expect(restored.reviews.map((r) => r.cardId).sort()).toEqual([...rated].sort());
  const byCard = <T extends { cardId: string }>(list: T[]) => [...list].sort((a, b) => a.cardId.localeCompare(b.cardId));
  expect(byCard(restored.memories)).toEqual(byCard(original.memories));
  expect(byCard(restored.reviews)).toEqual(byCard(original.reviews));
  await fresh.close();
});

it('refuses a corrupted backup with the reason and the place, and changes nothing', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { path } = await rateAndDownload(page, 2);
  const before = await readProgress(page);

  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.data.reviews[1].grade = 7;
  await page.getByLabel('Restore from a file').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const alert = page.getByRole('alert');
  await alert.getByText('edited.json was not restored.').waitFor();
  expect(await alert.textContent()).toContain('changed or damaged after it was exported');
  expect(await alert.textContent()).toContain('data.reviews[1].grade must be 1–4, found 7');
  expect(await alert.textContent()).toContain('Nothing here was changed.');
  expect(await page.getByRole('button', { name: 'Replace everything here' }).count()).toBe(0);

  const text = readFileSync(path, 'utf8');
  await page.getByLabel('Restore from a file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
  await alert.getByText(/cut\.json was not restored\. This backup is incomplete/).waitFor();

  expect(await readProgress(page)).toEqual(before);
  await context.close();
});

/** A downloaded backup, changed by `edit` and signed again as the app signs it: its checksum is right. */
async function resigned(path: string, edit: (file: Record<string, any>) => void): Promise<Buffer> {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  edit(file);
  file.checksum = await checksumOf(file, (text) => Promise.resolve(createHash('sha256').update(text).digest('hex')));
  return Buffer.from(JSON.stringify(file));
}

const importedDeck = (id: string, cardId: string, source: Record<string, unknown>) => ({
  id, title: 'Mine', topic: 'custom', version: 1, intro: 'Mine.', talkingPoints: [],
  cards: [{ id: cardId, kind: 'basic', prompt: 'Who?', answer: 'Them', explanation: '', tags: [], source }],
});

it('refuses a correctly signed backup with a javascript: link or a shipped deck\'s id, shows where, and changes nothing', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { path } = await rateAndDownload(page, 1);
  const before = await readProgress(page);
  const alert = page.getByRole('alert');

  const link = await resigned(path, (f) => {
    f.data.importedDecks = [importedDeck('custom-abcde', 'abcde-0001', { type: 'background', date: '2026-01-01', citation: 'Read more', url: 'javascript:alert(document.domain)' })];
  });
  await page.getByLabel('Restore from a file').setInputFiles({ name: 'link.json', mimeType: 'application/json', buffer: link });
  await alert.getByText('link.json was not restored.').waitFor();
  expect(await alert.textContent()).toContain('This backup has 1 problem.');
  expect(await alert.getByRole('listitem').allTextContents()).toEqual([
    'data.importedDecks[0].cards[0].source.url must be a web address starting https:// or http://, found "javascript:alert(document.domain)"',
  ]);

  const shipped = await resigned(path, (f) => {
    f.data.importedDecks = [importedDeck('actors', 'act-001', { type: 'imported', file: 'actors.csv', date: '2026-01-01' })];
  });
  await page.getByLabel('Restore from a file').setInputFiles({ name: 'actors.json', mimeType: 'application/json', buffer: shipped });
  await alert.getByText('actors.json was not restored.').waitFor();
  expect(await alert.getByRole('listitem').allTextContents()).toEqual([
    'data.importedDecks[0].id is "actors", the id of a deck Faultlines ships; an imported deck\'s id is "custom-" and 2 to 6 lower-case letters, like "custom-abcde"',
  ]);
  expect(await alert.textContent()).toContain('Nothing here was changed.');
  expect(await page.getByRole('button', { name: 'Replace everything here' }).count()).toBe(0);
  expect(await readProgress(page)).toEqual(before);
  expect(await violations(page)).toEqual([]);
  await context.close();
});

it('shows a source address that is not a web address as text, never as a live link', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/library`);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  // Written straight into storage, as a restore by an older version could have left it.
  await page.evaluate((deck) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('importedDecks', 'readwrite');
      tx.objectStore('importedDecks').put(deck);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), importedDeck('custom-abcde', 'abcde-0001', { type: 'background', date: '2026-01-01', citation: 'Read more', url: 'javascript:alert(document.domain)' }));
  await page.goto(`${server.url}/library/custom-abcde#abcde-0001`);
  const card = page.locator('li#abcde-0001');
  await card.getByText('Read more').waitFor();
  expect(await card.locator('a').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  await context.close();
});

it('reminds on Today after 200 ratings, links to the Backup panel, and "Not now" puts it off', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await page.getByTestId('no-backup-reminder').waitFor({ state: 'attached' });
  expect(await page.getByTestId('backup-reminder').count()).toBe(0);
  // 200 ratings written straight into the log, as if made over weeks — with the day summaries the
  // app writes in the same transaction as every rating (its running total is what the reminder counts).
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['reviews', 'days'], 'readwrite');
      const memory = { cardId: 'act-001', due: Date.now() + 864e5, stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2 };
      const time = Date.now() - 864e5;
      for (let i = 0; i < 200; i++) tx.objectStore('reviews').put({ id: `seed-${i}`, cardId: 'act-001', time: time + i, grade: 3, source: 'study', after: memory, before: memory });
      const local = new Date(time + 100);
      const pad = (n: number) => String(n).padStart(2, '0');
      const summary = (day: string) => ({
        day, ratings: 200, byGrade: [0, 0, 200, 0], byState: { new: 0, learning: 0, review: 200, relearning: 0 }, reviewsRemembered: 200,
        bySource: { study: 200, quiz: 0, briefing: 0 }, newCards: 0, quizRight: 0, quizWrong: 0,
      });
      tx.objectStore('days').put(summary(`${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`));
      tx.objectStore('days').put(summary('total'));
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  const reminder = page.getByTestId('backup-reminder');
  await reminder.getByText(/Your 200 ratings are kept only in this browser/).waitFor();
  expect(await violations(page)).toEqual([]);

  await reminder.getByRole('link', { name: 'Back up now' }).click();
  await page.waitForURL(/\/library#backup$/);
  await expect.poll(() => page.getByRole('heading', { name: 'Backup' }).evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return top >= 0 && bottom <= innerHeight;
  })).toBe(true);

  await page.goto(server.url);
  await page.getByTestId('backup-reminder').getByRole('button', { name: 'Not now' }).click();
  await expect.poll(() => page.getByTestId('backup-reminder').count()).toBe(0);
  // The dismissal is stored before the reload that checks it.
  await expect.poll(() => page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('settings').objectStore('settings').get('app');
      get.onsuccess = () => { open.result.close(); resolve(get.result?.ratingsAtReminderDismissal); };
    };
  }))).toBe(200);
  await page.reload();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  // The reminder has been read (not merely not yet), and is not due.
  await page.getByTestId('no-backup-reminder').waitFor({ state: 'attached' });
  expect(await page.getByTestId('backup-reminder').count()).toBe(0);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`in the ${colorScheme} colour scheme, axe finds no violations`, () => {
    it('on the Library with the Backup panel, its summary, and a refusal', async () => {
      const context = await browser.newContext({ colorScheme, acceptDownloads: true });
      const page = await context.newPage();
      const { path } = await rateAndDownload(page, 1);
      expect(await violations(page)).toEqual([]);
      await page.getByLabel('Restore from a file').setInputFiles(path);
      await page.getByRole('button', { name: 'Merge with what is here' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('backup-file');
      await page.getByLabel('Restore from a file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a backup') });
      await page.getByRole('alert').waitFor();
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  });
}

it('asks before "replace" deletes what is here, naming what would be lost, and keeps it on "Keep what is here" (issue 15, defect 7)', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { path } = await rateAndDownload(page, 2);
  // One more rating after the backup: "replace" would lose it, and the confirmation counts it.
  await page.goto(`${server.url}/study`);
  await rateCard(page, '3');
  const before = await readProgress(page);
  expect(before.reviews).toHaveLength(3);
  await page.goto(`${server.url}/library`);
  await page.getByLabel('Restore from a file').setInputFiles(path);
  await page.getByRole('button', { name: 'Replace everything here' }).click();
  const question = page.getByTestId('replace-question');
  await question.waitFor();
  expect(await question.textContent()).toMatch(/^Replacing deletes 3 ratings, the schedule of \d+ cards? and 0 quiz results on this device/);
  // The safe answer has focus: a stray Enter keeps everything.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep what is here');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Replace everything here' }).waitFor();
  expect((await readProgress(page)).reviews).toHaveLength(3);

  await page.getByRole('button', { name: 'Replace everything here' }).click();
  await page.getByRole('button', { name: 'Delete and replace' }).click();
  await page.getByText(/^Restored\. This device now holds the backup: 2 ratings/).waitFor();
  expect((await readProgress(page)).reviews).toHaveLength(2);
  expect(await violations(page)).toEqual([]);
  await context.close();
});
