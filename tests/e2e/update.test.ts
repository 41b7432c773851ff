import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openControlled, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

/** Asks the browser to look for a new service worker, and waits until it is installed and waiting. */
async function findWaitingUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
    while (!registration!.waiting) await new Promise((r) => setTimeout(r, 50));
  });
}

it('announces a waiting update on Today, but not during a study session', async () => {
  const context = await env.browser.newContext();
  // A learner who has the app installed opens it again, and starts studying.
  const page = await openControlled(context, env.server.url);
  await page.goto(`${env.server.url}/study`);
  await page.getByTestId('prompt').waitFor();

  env.server.releaseNewServiceWorker(`release ${Date.now()}`);
  await findWaitingUpdate(page);
  // Give workbox-window time to report the waiting worker; the session must hide it.
  await page.waitForTimeout(500);
  expect(await page.getByTestId('update-prompt').count()).toBe(0);

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const prompt = page.getByTestId('update-prompt');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('Update available');

  // Reload installs the new version and the page comes back under it.
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBeNull();
  expect(await page.getByTestId('update-prompt').count()).toBe(0);
  await context.close();
});
