import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from './browser';
import { mixedRandom } from './quiz-driver';

// axe over every kind, before and after the reveal, is in accessibility.test.ts.

const env = useBrowserAndServer();

/** Every piece of text on the projector smaller than `min` px as rendered (SVG text scaled by its drawing), with its size. */
const smallText = (page: Page, min: number) => page.evaluate((min) => {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('.present')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (!n.textContent?.trim() || el.closest('.visually-hidden, [aria-hidden="true"]:not(svg *)')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) size *= el.ownerSVGElement?.getScreenCTM()?.a ?? 1;
    if (size < min) out.push(`${Math.round(size)} px: ${n.textContent.trim().slice(0, 40)}`);
  }
  return out;
}, min);

/** Each option's gap from shape to letter, the letter's left edge, and the height of its "Hands" button. */
const optionLayout = (page: Page) => page.locator('.present-option').evaluateAll((els) => els.map((li) => {
  const box = (s: string) => li.querySelector(s)!.getBoundingClientRect();
  const tally = li.querySelector('.tally')!;
  // One line: less than two lines of its type high.
  const oneLine = box('.tally').height < 2 * parseFloat(getComputedStyle(tally).fontSize);
  return { gap: Math.round(box('.letter').left - box('.shape').right), letter: Math.round(box('.letter').left), hands: Math.round(box('.tally').height), oneLine };
}));

it('puts every kind on the projector large, fills the screen with map questions, and moves nothing at the reveal', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript((r) => { Math.random = () => r; }, mixedRandom());
  const page = await context.newPage();
  await page.goto(`${env.server.url}/classroom`);
  await page.getByLabel('Title').fill('Mixed');
  await page.getByLabel('Questions').selectOption('30');
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  await page.getByRole('link', { name: 'Present on a projector' }).click();
  const present = page.getByTestId('present');
  await present.waitFor();
  const kinds = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.getByText(`question ${i + 1} of 30`).waitFor();
    await page.keyboard.press('p'); // the countdown must not reveal while this looks
    const kind = (await present.getAttribute('data-kind'))!;
    kinds.add(kind);
    if (kind === 'tap-place' || kind === 'which-route') {
      await present.locator('.present-map svg').waitFor();
      const box = (await present.locator('.present-map svg').boundingBox())!;
      expect(box.height, `${kind}: the map's height`).toBeGreaterThanOrEqual(0.55 * 1080);
    }
    if (kind === 'matching') expect(await present.getByTestId('present-pairs').locator('li').count()).toBeGreaterThanOrEqual(8);
    if (kind === 'which-side') expect(await present.getByTestId('present-sides').locator('li').count()).toBeGreaterThanOrEqual(2);
    // Something to discuss: more on the screen than the prompt and "Discuss, then reveal".
    expect(await present.locator('.present-option, .present-list li, .present-steps li, .present-map svg').count(), `${kind}: items shown`).toBeGreaterThan(0);
    expect(await smallText(page, 28), `${kind}, before the reveal`).toEqual([]);
    const before = await optionLayout(page);
    for (const o of before) expect(o.oneLine, `${kind}: "Hands" on one line`).toBe(true);
    await page.keyboard.press('r');
    await present.locator('.present-reveal').waitFor();
    if (kind === 'tap-place' || kind === 'which-route') await present.locator('.present-map svg').waitFor();
    expect(await smallText(page, 28), `${kind}, after the reveal`).toEqual([]);
    expect(await optionLayout(page), `${kind}: the options at the reveal`).toEqual(before);
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  expect([...kinds].sort()).toEqual(expect.arrayContaining(['choice', 'matching', 'order', 'which-side']));
  expect(kinds.has('tap-place') || kinds.has('which-route')).toBe(true);
  await page.context().close();
}, 240_000);
