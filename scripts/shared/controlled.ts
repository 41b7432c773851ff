/** Shared by the browser tests and the benchmark. */
import type { BrowserContext, Page } from 'playwright-core';

/** Opens the app and waits until the service worker controls the page (the app is cached). */
export async function openControlled(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  return page;
}
