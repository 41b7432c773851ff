#!/usr/bin/env node
// Takes the README's screenshot of the alignment web at a phone's size (390×844): the diagram with
// one edge tapped. Usage: npm run build && node scripts/screenshot-web.mjs
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './shared/chromium.mjs';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
const page = await context.newPage();
const out = new URL('../docs/screenshots/web.png', import.meta.url).pathname;
try {
  await page.goto(`${url}/web`);
  await page.locator('.web-edge').first().waitFor();
  await page.getByTestId('offline-ready').waitFor({ timeout: 5000 }).catch(() => undefined);
  await page.evaluate(() => document.querySelector('.snackbars')?.remove());
  // One edge tapped (drawn thicker; its cards open below the legend), then scrolled to the heading.
  await page.locator('.web-edge[data-edge="azerbaijan--israel--arms"]').tap();
  await page.getByTestId('web-panel').waitFor();
  await page.evaluate(() => { document.querySelector('h1')?.scrollIntoView(); (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement) && document.activeElement.blur(); });
  await page.screenshot({ path: out });
  console.log('docs/screenshots/web.png');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
