import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question } from '../../src/domain/quiz';
import { useBrowserAndServer } from './browser';
import { answer, next, sameQuiz } from './quiz-driver';

const env = useBrowserAndServer();

/** Pages in a PDF that Chromium made: one page object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** A Briefing answered right except where `wrong` says, up to its report. */
async function briefing(page: Page, wrong: (q: Question) => boolean): Promise<void> {
  await page.goto(`${env.server.url}/briefing`);
  await page.getByRole('button', { name: 'Start the Briefing' }).click();
  await page.waitForURL(/\/briefing\/play\?/);
  const query = new URL(page.url()).searchParams;
  const quiz = sameQuiz({ mode: 'briefing', seed: query.get('seed')!, count: 12, topics: query.getAll('topic') as never });
  for (const q of quiz.questions) { await answer(page, q, !wrong(q)); await next(page); }
  await page.locator('.briefing-report .report-topic').first().waitFor();
}

const MM = 96 / 25.4;
const PAGE = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };
const MARGIN = 10;

/** With print styles at the page's printable width: how far down the last weak topic ends, in px. */
async function weakBottom(page: Page, format: keyof typeof PAGE): Promise<number> {
  await page.setViewportSize({ width: Math.floor((PAGE[format].width - 2 * MARGIN) * MM), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const last = [...document.querySelectorAll('.report-topic.weak')].at(-1);
    return last ? last.getBoundingClientRect().bottom - document.body.getBoundingClientRect().top : 0;
  });
}
const printable = (format: keyof typeof PAGE) => (PAGE[format].height - 2 * MARGIN) * MM;

describe('the Briefing report in print', () => {
  for (const format of ['A4', 'Letter'] as const) {
    it(`puts the weak spots and their talking points on one ${format} page, the topics answered all right on a second`, async () => {
      const page = await (await env.browser.newContext()).newPage();
      await briefing(page, (q) => q.topic === 'corridors');
      expect(await page.locator('.report-topic.weak').count()).toBe(1);
      const pdf = await page.pdf({ format });
      expect(pageCount(pdf)).toBe(2);
      expect(await weakBottom(page, format)).toBeLessThanOrEqual(printable(format));
      await page.context().close();
    });

    it(`fits every topic weak (every answer wrong) with its talking points on one ${format} page, the twelve misses on a second`, async () => {
      const page = await (await env.browser.newContext()).newPage();
      await briefing(page, () => true);
      expect(await page.locator('.report-topic.strong').count()).toBe(0);
      expect(await page.locator('.report-topic.weak').count()).toBe(4);
      const pdf = await page.pdf({ format });
      expect(pageCount(pdf)).toBe(2);
      expect(await weakBottom(page, format)).toBeLessThanOrEqual(printable(format));
      // The second page is the misses, each with its right answer.
      expect(await page.locator('.report-print-misses li').count()).toBe(12);
      await page.context().close();
    });
  }
});
