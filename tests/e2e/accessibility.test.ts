import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type StaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => { [browser, server] = await Promise.all([launchBrowser(), serveDist()]); });
afterAll(async () => { await browser?.close(); await server?.close(); });

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`in the ${colorScheme} colour scheme, axe finds no violations`, () => {
    it('on Today', async () => {
      const page = await (await browser.newContext({ colorScheme })).newPage();
      await page.goto(server.url);
      await page.getByRole('link', { name: 'Study now' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on Study, before and after the answer is shown', async () => {
      const page = await (await browser.newContext({ colorScheme })).newPage();
      await page.goto(`${server.url}/study`);
      await page.getByTestId('prompt').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Space');
      await page.getByTestId('answer').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on the Library and a deck page with its cards open', async () => {
      const page = await (await browser.newContext({ colorScheme })).newPage();
      await page.goto(`${server.url}/library`);
      await page.getByRole('heading', { name: 'Library' }).waitFor();
      expect(await violations(page)).toEqual([]);
      // The import preview, with a good line and a bad one.
      await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\nonly\n') });
      await page.getByTestId('import-preview').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Actors' }).click();
      await page.getByRole('heading', { name: 'Talking points' }).waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on Progress, with its tables open', async () => {
      const page = await (await browser.newContext({ colorScheme })).newPage();
      await page.goto(`${server.url}/progress`);
      await page.getByRole('heading', { name: 'Mastery by topic' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on the Quiz and Briefing start screens', async () => {
      const page = await (await browser.newContext({ colorScheme })).newPage();
      await page.goto(`${server.url}/quiz`);
      await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.goto(`${server.url}/briefing`);
      await page.getByRole('button', { name: 'Start the Briefing' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on Settings', async () => {
      const page = await (await browser.newContext({ colorScheme })).newPage();
      await page.goto(`${server.url}/settings`);
      await page.getByTestId('persisted').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
  });
}

it('can be studied by keyboard alone: Tab to Study now, Enter, Space, 3', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  const studyNow = page.getByRole('link', { name: 'Study now' });
  await studyNow.waitFor();
  for (let i = 0; i < 10 && !(await studyNow.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByTestId('prompt').waitFor();
  await page.keyboard.press('Space');
  await page.getByTestId('answer').waitFor();
  // Focus lands on Good, so Enter rates Good as well as the key 3 does.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Good');
  await page.keyboard.press('3');
  await page.getByText('1 reviewed').waitFor();
  await page.close();
});
