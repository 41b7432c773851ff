#!/usr/bin/env node
// Renders public/favicon.svg into the PNG icons the manifest names, with Debian's Chromium.
// Run once when the logo changes: node scripts/make-icons.mjs (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './shared/chromium.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
const page = await browser.newPage();
const icons = [
  ['pwa-192x192.png', 192, 1],
  ['pwa-512x512.png', 512, 1],
  ['apple-touch-icon.png', 180, 1],
  // Maskable: the logo inside the central 80% safe zone on a full-bleed background.
  ['maskable-512x512.png', 512, 0.7],
];
for (const [name, size, scale] of icons) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * scale);
  await page.setContent(`<body style="margin:0;background:#1f3a5f;display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`);
  await page.screenshot({ path: new URL(`../public/${name}`, import.meta.url).pathname, omitBackground: false });
  console.log(`public/${name}`);
}
await browser.close();
