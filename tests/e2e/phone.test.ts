import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { rateFront, useBrowserAndServer } from './browser';
import { tapShape } from './quiz-driver';

const env = useBrowserAndServer();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const wide = { viewport: { width: 1280, height: 800 } };

const box = async (l: Locator) => (await l.boundingBox())!;
/** How much of a box is inside the viewport, as a share of its height. */
const shownShare = (b: { y: number; height: number }, viewportHeight: number) =>
  Math.max(0, Math.min(b.y + b.height, viewportHeight) - Math.max(b.y, 0)) / b.height;

describe('navigation on a phone', () => {
  it('is a bottom bar of four screens and More, the current one marked by weight and a bar as well as aria-current', async () => {
    const page = await (await env.browser.newContext(phone)).newPage();
    await page.goto(env.server.url);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.count(), 'one navigation in sight').toBe(1);
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Today', 'Quiz', 'Progress', 'Library']);
    const bar = await box(nav);
    expect(Math.round(bar.y + bar.height)).toBe(844);
    expect(bar.width).toBe(390);
    const today = nav.getByRole('link', { name: 'Today' });
    expect(await today.getAttribute('aria-current')).toBe('page');
    const mark = (l: Locator) => l.evaluate((el) => ({ weight: getComputedStyle(el).fontWeight, bar: getComputedStyle(el).borderTopWidth }));
    expect(await mark(today)).toEqual({ weight: '700', bar: '4px' });
    expect((await mark(nav.getByRole('link', { name: 'Quiz' }))).weight).toBe('400');
    // Every link is a big enough target.
    for (const b of await nav.locator(':scope > a, summary').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(b).toBeGreaterThanOrEqual(44);

    // More holds the rest; choosing one goes there, closes the menu and marks More.
    await nav.getByText('More').click();
    const menu = nav.locator('.more-menu');
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Briefing', 'Classroom', 'Map', 'Web', 'Settings']);
    await menu.getByRole('link', { name: 'Classroom' }).click();
    await page.getByRole('heading', { name: 'Classroom', exact: true }).waitFor();
    expect(await menu.isVisible()).toBe(false);
    expect(await nav.locator('details').getAttribute('class')).toBe('current');
    expect((await mark(nav.locator('summary'))).weight).toBe('700');
    // The page's end is not hidden under the bar.
    const padding = await page.locator('main').evaluate((el) => parseFloat(getComputedStyle(el).paddingBottom));
    expect(padding).toBeGreaterThanOrEqual(bar.height);
    await page.context().close();
  });

  it('keeps the top navigation, all nine links, on a wide screen', async () => {
    const page = await (await env.browser.newContext(wide)).newPage();
    await page.goto(env.server.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    // count() does not wait, and the shell may paint its navigation after goto returns (seen in CI).
    await nav.getByRole('link').first().waitFor();
    expect(await nav.getByRole('link').count()).toBe(9);
    expect((await box(nav)).y).toBeLessThan(100);
    await page.context().close();
  });
});

describe('"Ready to work offline."', () => {
  it('covers no control, goes by itself, and stays in the live region for a screen reader', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/study`);
    await page.getByTestId('prompt').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('answer').waitFor();
    const notice = page.getByTestId('offline-ready');
    await notice.waitFor({ timeout: 20_000 });
    // At every scroll position of the page, nothing it could be pressed on lies under the notice.
    const covered = await page.evaluate(async () => {
      const notice = document.querySelector('[data-testid="offline-ready"]')!;
      const hits = new Set<string>();
      const max = document.documentElement.scrollHeight - innerHeight;
      for (let y = 0; y <= max + 50; y += 50) {
        scrollTo(0, Math.min(y, max));
        await new Promise(requestAnimationFrame);
        const n = notice.getBoundingClientRect();
        for (const el of document.querySelectorAll('main button, main a, main input, main select, svg.qr, .bottom-nav a, .bottom-nav summary')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.x < n.x + n.width && n.x < r.x + r.width && r.y < n.y + n.height && n.y < r.y + r.height) hits.add(el.textContent?.trim() ?? el.tagName);
        }
      }
      scrollTo(0, 0);
      return [...hits];
    });
    expect(covered).toEqual([]);
    // The grade buttons are all in sight and can be pressed while it shows.
    for (const name of ['Again', 'Hard', 'Good', 'Easy']) expect(await page.getByRole('button', { name: new RegExp(`^${name}`) }).isVisible()).toBe(true);
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Ready to work offline.' }).count()).toBe(1);
    await context.close();
  });
});

describe('small text at 390 px', () => {
  /** Every text of `selector` rendered under 12 px (SVG text scaled by its drawing). */
  const small = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => {
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) size *= el.ownerSVGElement?.getScreenCTM()?.a ?? 1;
    return { text: el.textContent, size: Math.round(size * 10) / 10 };
  }).filter((t) => t.size < 12));

  it('leaves no chart tick label on Progress under 12 px', async () => {
    const page = await (await env.browser.newContext(phone)).newPage();
    await page.goto(`${env.server.url}/progress`);
    await page.getByRole('heading', { name: 'Mastery by topic' }).waitFor();
    expect(await page.locator('.chart .tick').count()).toBeGreaterThan(4);
    expect(await small(page, '.chart .tick, .chart text')).toEqual([]);
    await page.context().close();
  });

  it('leaves no place or route label of the map under 12 px', async () => {
    const page = await (await env.browser.newContext(phone)).newPage();
    await page.goto(`${env.server.url}/map`);
    await page.locator('.corridor-map text').first().waitFor();
    expect(await small(page, '.corridor-map text')).toEqual([]);
    await page.context().close();
  });
});

describe('the Map and Web panels', () => {
  const check = async (page: Page, drawing: Locator, heading: Locator, height: number) => {
    const d = await box(drawing);
    const h = await box(heading);
    expect(shownShare(d, height), 'share of the drawing in view').toBeGreaterThanOrEqual(0.9);
    expect(shownShare(h, height), 'the panel heading in view').toBe(1);
    return { d, h };
  };

  it('keep the drawing and a place\'s cards in view together on a phone, and side by side on a wide screen', async () => {
    for (const [options, sideBySide] of [[phone, false], [wide, true]] as const) {
      const page = await (await env.browser.newContext(options)).newPage();
      await page.goto(`${env.server.url}/map`);
      await tapShape(page, '[data-place="nakhchivan"]');
      const heading = page.getByTestId('map-panel').getByRole('heading', { name: 'Nakhchivan' });
      await heading.waitFor();
      await page.waitForTimeout(300);
      const { d, h } = await check(page, page.locator('.map-figure svg'), heading, options.viewport.height);
      if (sideBySide) expect(h.x).toBeGreaterThanOrEqual(d.x + d.width);
      else expect(h.y).toBeGreaterThanOrEqual(d.y + d.height - 1);
      await page.context().close();
    }
  });

  it('keep the web and a tie\'s cards in view together on a phone, and side by side on a wide screen', async () => {
    for (const [options, sideBySide] of [[phone, false], [wide, true]] as const) {
      const page = await (await env.browser.newContext(options)).newPage();
      await page.goto(`${env.server.url}/web`);
      const edge = page.locator('.web-edge').first();
      await edge.waitFor();
      await edge.evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      const heading = page.getByTestId('web-panel').getByRole('heading');
      await heading.waitFor();
      await page.waitForTimeout(300);
      const { d, h } = await check(page, page.locator('.web-svg'), heading, options.viewport.height);
      if (sideBySide) expect(h.x).toBeGreaterThanOrEqual(d.x + d.width);
      else expect(h.y).toBeGreaterThanOrEqual(d.y + d.height - 1);
      await page.context().close();
    }
  });
});

describe('the first visit', () => {
  it('introduces the app on Today once, skippably, and never again', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.server.url);
    const intro = page.getByTestId('first-visit');
    await intro.waitFor();
    const text = (await intro.textContent())!;
    for (const said of ['Iran–Azerbaijan', 'works offline', 'stays on this device', 'Space', 'Classroom']) expect(text).toContain(said);
    // It does not push the way to study out of sight, and it goes when asked.
    expect(await page.getByRole('link', { name: 'Study now' }).count()).toBe(1);
    await intro.getByRole('button', { name: 'Got it' }).click();
    await intro.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('no-first-visit').waitFor({ state: 'attached' });
    expect(await intro.count()).toBe(0);
    // Studying does not bring it back either.
    await page.goto(`${env.server.url}/study`);
    await rateFront(page, '3');
    await page.goto(env.server.url);
    await page.getByTestId('no-first-visit').waitFor({ state: 'attached' });
    expect(await intro.count()).toBe(0);
    await context.close();
  });
});
