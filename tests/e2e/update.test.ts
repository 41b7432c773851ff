import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openControlled, useBrowserAndServer } from './browser';

const env = useBrowserAndServer();

/**
 * Asks the browser to look for a new service worker, and waits for the events that say it is
 * installed and waiting (`updatefound`, then the new worker's `statechange`), for at most `ms`.
 */
async function findWaitingUpdate(page: Page, ms = 15_000): Promise<void> {
  const outcome = await page.evaluate(async (ms) => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'the page has no service worker registration';
    // Listen before asking, so that no event can come in between.
    const waiting = new Promise<string>((resolve) => {
      // The spec sets registration.waiting before the worker's statechange to "installed".
      const watch = (sw: ServiceWorker | null) => sw?.addEventListener('statechange', () => { if (registration.waiting) resolve('waiting'); });
      registration.addEventListener('updatefound', () => watch(registration.installing));
      watch(registration.installing);
      if (registration.waiting) resolve('waiting');
    });
    const late = new Promise<string>((resolve) => setTimeout(() => resolve(
      `no new service worker was installed and waiting ${ms} ms after asking for one (installing: ${registration.installing?.state ?? 'none'})`,
    ), ms));
    await registration.update();
    return Promise.race([waiting, late]);
  }, ms);
  expect(outcome).toBe('waiting');
}

it('announces a waiting update on Today, but not during a study session', async () => {
  const context = await env.browser.newContext();
  // A learner who has the app installed opens it again, and starts studying.
  const page = await openControlled(context, env.server.url);
  await page.goto(`${env.server.url}/study`);
  await page.getByTestId('prompt').waitFor();

  env.server.releaseNewServiceWorker(`release ${Date.now()}`);
  await findWaitingUpdate(page);
  // workbox-window tells the app a little later (its "waiting" event); once the app knows, the
  // prompt must still be held back, in the same render.
  const snackbars = page.locator('.snackbars');
  await snackbars.and(page.locator('[data-update-waiting]')).waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => { throw new Error('the app was not told of the waiting update within 10 s of its install (workbox-window\'s "waiting" event)'); });
  expect(await page.getByTestId('prompt').count(), 'still in the study session').toBe(1);
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
