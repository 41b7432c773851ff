import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, openControlled, useBrowserAndServer } from './browser';
import { loadDecks } from '../../scripts/deck-loader';
import { buildGraph } from '../../src/domain/web/graph';
import { edgeName, edgeTitle } from '../../src/ui/web/edge-style';

const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));
const graph = buildGraph(decks);
const env = useBrowserAndServer();
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

/** The app opened once and cached by its service worker, then taken offline, showing the Web screen. */
async function openWebOffline(context: BrowserContext): Promise<Page> {
  const page = await openControlled(context, env.server.url);
  await context.setOffline(true);
  await page.goto(`${env.server.url}/web`);
  await page.getByRole('heading', { name: 'Alignment web', level: 1 }).waitFor();
  await page.locator('.web-edge').first().waitFor();
  return page;
}

it('draws every edge of the decks at 390×844, offline, without sideways scrolling', async () => {
  const context = await env.browser.newContext(phone);
  const page = await openWebOffline(context);
  const labels = await page.locator('.web-edge').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.sort()).toEqual(graph.edges.map(edgeName).sort());
  expect(await page.locator('.web-svg [data-actor]').count()).toBe(graph.nodes.length);
  const box = await page.locator('.web-svg').boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Actor names stay at least 12 px tall on the phone, and no two overlap.
  const rects = await page.locator('.web-svg text').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height, size: parseFloat(getComputedStyle(e).fontSize) * (e.closest('svg')!.getBoundingClientRect().width / 360) };
  }));
  expect(rects.length, 'actor names drawn').toBeGreaterThanOrEqual(graph.nodes.length);
  for (const r of rects) expect(r.size).toBeGreaterThanOrEqual(12);
  for (const [i, a] of rects.entries()) {
    for (const b of rects.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
  }
  await context.close();
});

it('opens an edge\'s cards with a tap, and with Enter; a card link opens the card in its deck', async () => {
  const context = await env.browser.newContext(phone);
  const page = await openWebOffline(context);
  const arms = graph.edges.find((e) => e.type === 'arms')!;
  await page.locator(`.web-edge[data-edge="${arms.id}"]`).tap();
  const panel = page.getByTestId('web-panel');
  await panel.getByRole('heading', { name: edgeTitle(arms) }).waitFor();
  expect(await panel.locator('.web-cards li').count()).toBe(arms.cards.length);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('web-panel-title');
  expect(await page.locator(`.web-edge[data-edge="${arms.id}"]`).getAttribute('aria-expanded')).toBe('true');

  // Keyboard: focus another edge and press Enter.
  const detente = graph.edges.find((e) => e.type === 'detente')!;
  await page.locator(`.web-edge[data-edge="${detente.id}"]`).focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('heading', { name: edgeTitle(detente) }).waitFor();
  expect(await panel.locator('.web-cards li').count()).toBe(detente.cards.length);
  for (const l of detente.links) expect(await panel.textContent()).toContain(l.label);
  // Close returns focus to the edge.
  await panel.getByRole('button', { name: 'Close' }).click();
  await panel.waitFor({ state: 'detached' });
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-edge') === id, detente.id);

  await page.locator(`.web-edge[data-edge="${arms.id}"]`).tap();
  const first = arms.cards[0]!;
  await panel.getByRole('link', { name: first.prompt }).click();
  await page.waitForURL(`**/library/${first.deckId}#${first.cardId}`);
  await page.locator(`li[id="${first.cardId}"] details[open]`).waitFor();
  await context.close();
});

it('lists every edge under both of its actors, with its cards', async () => {
  const context = await env.browser.newContext(phone);
  const page = await openWebOffline(context);
  const list = page.getByTestId('web-list');
  for (const node of graph.nodes) await list.getByRole('heading', { name: node.name, level: 3 }).waitFor();
  for (const edge of graph.edges) {
    const items = list.locator(`li[data-edge="${edge.id}"]`);
    expect(await items.count(), edge.id).toBe(2);
    await items.first().locator('summary').click();
    expect(await items.first().locator('.web-cards li').count()).toBe(edge.cards.length);
    expect(await items.first().textContent()).toContain(edgeTitle(edge));
  }
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  it(`passes axe with no violations in the ${colorScheme} colour scheme, with a panel and the list open`, async () => {
    const context = await env.browser.newContext({ ...phone, colorScheme });
    const page = await openWebOffline(context);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.web-edge').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('web-panel').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}
