/**
 * WCAG 1.4.10 reflow: at 320 and 390 CSS px no screen state scrolls sideways. Every screen is
 * visited, and a mixed quiz with every question kind is answered (wrongly, so every correction is
 * shown) and measured before and after each answer, then its results.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QUESTION_KINDS } from '../../src/domain/quiz';
import { useBrowserAndServer } from './browser';
import { answer, next, sameQuiz, shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();

/** How far the page is wider than the window, and the elements that stick out on the right. */
function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const excess = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (excess > 0) {
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 0.5 && r.width > 0) culprits.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(r.right)} px)`);
        if (culprits.length >= 5) break;
      }
    }
    return { excess, culprits };
  });
}

const deckIds = shippedDecks.map((d) => d.id);
const COUNT = 20;
/** A mixed quiz of all decks with every question kind in it (the engine is deterministic, so node finds its seed). */
function everyKindSeed(): number {
  for (let seed = 0; ; seed++) {
    const kinds = new Set(sameQuiz({ seed, count: COUNT, deckIds }).questions.map((q) => q.kind));
    if (QUESTION_KINDS.every((k) => kinds.has(k))) return seed;
  }
}

for (const width of [320, 390]) {
  describe(`at ${width} px nothing scrolls sideways`, () => {
    const open = async () => (await env.browser.newContext({ viewport: { width, height: 740 } })).newPage();
    const wide: string[] = [];
    const measure = async (page: Page, state: string) => {
      const { excess, culprits } = await overflow(page);
      if (excess > 0) wide.push(`${state}: ${excess} px too wide — ${culprits.join(', ')}`);
    };

    it('on Today, Study (front and back), Progress, Library, a deck page, Map, Web, Settings, Quiz, Briefing and Classroom', async () => {
      wide.length = 0;
      const page = await open();
      const visit = async (path: string, ready: () => Promise<unknown>, state = path) => {
        await page.goto(`${env.server.url}${path}`);
        await ready();
        await measure(page, state);
      };
      await visit('/', () => page.getByRole('link', { name: 'Study now' }).waitFor(), 'Today');
      await visit('/study', () => page.getByTestId('prompt').waitFor(), 'Study, card front');
      await page.keyboard.press('Space');
      await page.getByTestId('answer').waitFor();
      await measure(page, 'Study, card back');
      await visit('/progress', () => page.getByRole('heading', { name: 'Mastery by topic' }).waitFor(), 'Progress');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await measure(page, 'Progress, tables open');
      await visit('/library', () => page.getByRole('heading', { name: 'Library' }).waitFor(), 'Library');
      await visit('/library/corridors', () => page.getByRole('heading', { name: 'Talking points' }).waitFor(), 'a deck page');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await measure(page, 'a deck page, cards open');
      await visit('/map', () => page.locator('svg.corridor-map [data-place="nakhchivan"]').waitFor(), 'Map');
      await visit('/web', () => page.locator('.web-edge').first().waitFor(), 'Web');
      await visit('/settings', () => page.getByTestId('persisted').waitFor(), 'Settings');
      await visit('/quiz', () => page.getByRole('button', { name: 'Start the quiz' }).waitFor(), 'Quiz setup');
      await visit('/briefing', () => page.getByRole('button', { name: 'Start the Briefing' }).waitFor(), 'Briefing setup');
      await visit('/classroom', () => page.getByRole('button', { name: 'Create the class quiz' }).waitFor(), 'Classroom');
      await page.getByLabel('Title').fill('Reflow check');
      await page.getByRole('button', { name: 'Create the class quiz' }).click();
      await page.getByRole('heading', { name: 'Reflow check' }).waitFor();
      await measure(page, 'a class page');
      await page.context().close();
      expect(wide).toEqual([]);
    });

    it('on a quiz with every question kind, before and after each answer, and on its results', async () => {
      wide.length = 0;
      const seed = everyKindSeed();
      const quiz = sameQuiz({ seed, count: COUNT, deckIds });
      const page = await open();
      await page.goto(`${env.server.url}/quiz/play?${deckIds.map((d) => `deck=${d}`).join('&')}&count=${COUNT}&seed=${seed}&practice=1`);
      for (const [i, q] of quiz.questions.entries()) {
        await page.locator(`[data-question-id="${q.id}"]`).waitFor();
        // A map question draws its map lazily: measure once it is there.
        if (q.kind === 'tap-place' || q.kind === 'which-route') await page.locator(`[data-question-id="${q.id}"] svg.corridor-map`).waitFor();
        await measure(page, `question ${i + 1} (${q.kind}), before answering`);
        await answer(page, q, false);
        await measure(page, `question ${i + 1} (${q.kind}), answered`);
        await next(page);
      }
      await page.getByRole('heading', { name: 'Results' }).waitFor();
      await measure(page, 'quiz results');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await measure(page, 'quiz results, every answer open');
      await page.context().close();
      expect(wide).toEqual([]);
    });

    it('on a Briefing question and its report', async () => {
      wide.length = 0;
      const topics = ['actors', 'corridors', 'alignments', 'flashpoints'];
      const quiz = sameQuiz({ mode: 'briefing', seed: 'reflow', count: 12, topics: topics as never });
      const page = await open();
      await page.goto(`${env.server.url}/briefing/play?${topics.map((t) => `topic=${t}`).join('&')}&seed=reflow`);
      for (const [i, q] of quiz.questions.entries()) {
        await answer(page, q, false);
        await measure(page, `Briefing question ${i + 1} (${q.kind}), answered`);
        await next(page);
      }
      await page.getByTestId('weakest').waitFor();
      await measure(page, 'Briefing report');
      await page.context().close();
      expect(wide).toEqual([]);
    });
  });
}
