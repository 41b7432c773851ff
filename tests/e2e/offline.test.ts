import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openControlled, rateFront, readProgress } from './browser';
import { serveDist, type StaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => { [browser, server] = await Promise.all([launchBrowser(), serveDist()]); });
afterAll(async () => { await browser?.close(); await server?.close(); });

it('studies a card after going offline and reloading', async () => {
  const context = await browser.newContext();
  const page = await openControlled(context, server.url);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await page.getByRole('link', { name: 'Study now' }).click();
  const prompt = page.getByTestId('prompt');
  await prompt.waitFor();
  expect((await prompt.textContent())?.length).toBeGreaterThan(10);
  const rated = await rateFront(page, '3');
  const { reviews } = await readProgress(page);
  expect(reviews.map((r) => r.cardId)).toEqual([rated]);
  await context.close();
});

it('opens a deep link offline (the service worker answers every route with the app)', async () => {
  const context = await browser.newContext();
  const page = await openControlled(context, server.url);
  await context.setOffline(true);
  await page.goto(`${server.url}/settings`);
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await context.close();
});
