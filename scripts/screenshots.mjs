#!/usr/bin/env node
// Takes the README's screenshots from the production build at a phone's size (390×844).
// Usage: npm run build && node scripts/screenshots.mjs [name …]   (no names: all of them)
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './shared/chromium.mjs';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })).newPage();
const out = (name) => new URL(`../docs/screenshots/${name}.png`, import.meta.url).pathname;
const only = process.argv.slice(2);
const want = (...names) => only.length === 0 || names.some((n) => only.includes(n));
const taken = [];
try {
  if (want('today', 'study', 'quiz')) {
  await page.goto(`${url}/`);
  await page.getByRole('link', { name: 'Study now' }).waitFor();
  await page.getByTestId('offline-ready').waitFor().catch(() => undefined);
  await page.evaluate(() => document.querySelector('.snackbars')?.remove());
  await page.screenshot({ path: out('today') });
  await page.goto(`${url}/study`);
  await page.getByTestId('prompt').waitFor();
  await page.keyboard.press('Space');
  await page.getByTestId('answer').waitFor();
  await page.screenshot({ path: out('study') });
  // A quiz question answered, on the phone.
  await page.goto(`${url}/quiz/play?deck=actors&count=5&seed=readme`);
  await page.getByTestId('question').waitFor();
  await page.keyboard.press('1');
  await page.getByTestId('feedback').waitFor();
  await page.screenshot({ path: out('quiz') });
  taken.push('today', 'study', 'quiz');
  }

  // The corridor map, with Nakhchivan chosen and its cards listed under it.
  if (want('map')) {
    await page.goto(`${url}/map`);
    const nakhchivan = page.locator('[data-place="nakhchivan"]');
    await nakhchivan.waitFor();
    // A point of Nakhchivan that no route line covers.
    const box = (await nakhchivan.boundingBox());
    const free = await nakhchivan.evaluate((el, b) => {
      for (let y = b.y + 2; y < b.y + b.height; y += 2) for (let x = b.x + 2; x < b.x + b.width; x += 2) if (document.elementFromPoint(x, y) === el) return { x, y };
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }, box);
    await page.mouse.click(free.x, free.y);
    await page.getByTestId('map-panel').locator('li').first().waitFor();
    await page.evaluate(() => { document.querySelector('.snackbars')?.remove(); document.querySelector('.map-figure')?.scrollIntoView(); });
    await page.screenshot({ path: out('map') });
    taken.push('map');
  }

  // The classroom: projector mode at 1920×1080, and the student's phone with the same quiz.
  if (want('present', 'student')) {
  await page.goto(`${url}/classroom`);
  await page.getByLabel('Title').fill('South Caucasus, week 3');
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  // Same browser profile (the class is in its IndexedDB), projector-sized window.
  const projector = await page.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${page.url()}/present`);
  await projector.getByTestId('present-question').waitFor();
  await projector.screenshot({ path: out('present') });
  await projector.close();
  await page.goto(link);
  await page.getByLabel('Your name or nickname').fill('Leyla');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByTestId('question').waitFor();
  await page.screenshot({ path: out('student') });
  taken.push('present', 'student');
  }
  console.log(`docs/screenshots/{${taken.join(',')}}.png`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
