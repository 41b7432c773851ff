import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { useBrowserAndServer } from './browser';
import { loadDecks } from '../../scripts/deck-loader';

const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));
const env = useBrowserAndServer();

it('lists every deck, and a deck page shows its talking points and every card', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/library`);
  for (const deck of decks) await page.getByRole('link', { name: deck.title, exact: true }).waitFor();
  const deck = decks[0]!;
  await page.getByRole('link', { name: deck.title, exact: true }).click();
  await page.getByRole('heading', { name: `All ${deck.cards.length} cards` }).waitFor();
  expect(await page.locator('.talking-points li').count()).toBe(deck.talkingPoints.length);
  expect(await page.locator('.card-browser > li').count()).toBe(deck.cards.length);
  await page.close();
});

it('marks a background card as background, with its date and citation', async () => {
  const found = decks.flatMap((d) => d.cards.map((c) => ({ d, c }))).find(({ c }) => c.source.type === 'background');
  expect(found, 'the shipped decks have at least one background card').toBeDefined();
  const { d, c } = found!;
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/library/${d.id}`);
  const item = page.locator(`li[id="${c.id}"]`);
  await item.locator('summary').click();
  const text = await item.textContent();
  expect(text).toContain('Background');
  if (c.source.type === 'background') {
    expect(text).toContain(c.source.date);
    expect(text).toContain(c.source.citation);
  }
  await page.close();
});
