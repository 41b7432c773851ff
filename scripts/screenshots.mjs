#!/usr/bin/env node
// Takes the README's screenshots from the production build at a phone's size (390×844).
// Usage: npm run build && node scripts/screenshots.mjs
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
const out = (name) => new URL(`../docs/screenshots/${name}.png`, import.meta.url).pathname;
try {
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
  console.log('docs/screenshots/today.png, docs/screenshots/study.png');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
