import { expect, it } from 'vitest';
import { rateFront, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

it('shows today\'s ratings, the streak and the forecast after studying', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/study`);
  for (const key of ['4', '4', '3'] as const) await rateFront(page, key);
  await page.goto(`${env.server.url}/progress`);
  await page.getByRole('heading', { name: 'Mastery by topic' }).waitFor();
  expect(await page.getByTestId('progress-total').textContent()).toBe('3');
  expect(await page.getByTestId('progress-streak').textContent()).toBe('1');
  // The forecast's table lists the two Easy cards somewhere in the next 30 days, and the Good one today.
  const forecast = page.locator('figure', { hasText: 'Due forecast' });
  const counts = await forecast.locator('tbody td').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(3);
  expect(Number(counts[0])).toBe(1);
  const activity = page.locator('figure', { hasText: 'Activity' });
  expect(await activity.locator('tbody tr').count()).toBe(1);
  await page.close();
});
