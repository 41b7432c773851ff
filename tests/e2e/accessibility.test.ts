import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer, axeViolations as violations } from './browser';

const env = useBrowserAndServer();

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`in the ${colorScheme} colour scheme, axe finds no violations`, () => {
    it('on Today', async () => {
      const page = await (await env.browser.newContext({ colorScheme })).newPage();
      await page.goto(env.server.url);
      await page.getByRole('link', { name: 'Study now' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on Study, before and after the answer is shown', async () => {
      const page = await (await env.browser.newContext({ colorScheme })).newPage();
      await page.goto(`${env.server.url}/study`);
      await page.getByTestId('prompt').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Space');
      await page.getByTestId('answer').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on the Library and a deck page with its cards open', async () => {
      const page = await (await env.browser.newContext({ colorScheme })).newPage();
      await page.goto(`${env.server.url}/library`);
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
      const page = await (await env.browser.newContext({ colorScheme })).newPage();
      await page.goto(`${env.server.url}/progress`);
      await page.getByRole('heading', { name: 'Mastery by topic' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on the Quiz and Briefing start screens', async () => {
      const page = await (await env.browser.newContext({ colorScheme })).newPage();
      await page.goto(`${env.server.url}/quiz`);
      await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.goto(`${env.server.url}/briefing`);
      await page.getByRole('button', { name: 'Start the Briefing' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('on Settings', async () => {
      const page = await (await env.browser.newContext({ colorScheme })).newPage();
      await page.goto(`${env.server.url}/settings`);
      await page.getByTestId('persisted').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
  });
}

it('can be studied by keyboard alone: Tab to Study now, Enter, Space, 3', async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url);
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
