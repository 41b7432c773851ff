import { expect, it } from 'vitest';
import { openControlled, rateFront, readProgress, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

it('studies a card after going offline and reloading', async () => {
  const context = await env.browser.newContext();
  const page = await openControlled(context, env.server.url);
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
  const context = await env.browser.newContext();
  const page = await openControlled(context, env.server.url);
  await context.setOffline(true);
  const response = await page.goto(`${env.server.url}/settings`);
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  expect(await page.title()).toContain('Faultlines');
  await context.close();
});
