/** "Put in order" questions in the browser: by mouse and by keyboard in a quiz, large in projector mode, on the handout. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { classroomQuiz, type ClassroomSpec } from '../../src/domain/classroom';
import type { OrderQuestion, Question, Quiz } from '../../src/domain/quiz';
import { axeViolations as axe, useBrowserAndServer } from './browser';
import { studySteps } from '../../src/domain/quiz/order';
import { orderByKeyboard, sameQuiz, shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();

const isOrder = (q: Question | undefined): q is OrderQuestion => q?.kind === 'order';

/** The first seed whose 5-question quiz of `deck` opens with an order question (the engine is seeded, so node knows). */
function quizOpeningWithOrder(deck: string): { seed: string; quiz: Quiz; q: OrderQuestion } {
  for (let i = 0; i < 2000; i++) {
    const quiz = sameQuiz({ seed: `order-${i}`, count: 5, deckIds: [deck] });
    const q = quiz.questions[0];
    if (isOrder(q)) return { seed: `order-${i}`, quiz, q };
  }
  throw new Error(`no seed opens a ${deck} quiz with an order question`);
}

const stepButton = (page: Page, q: OrderQuestion, step: number) => page.locator(`[data-question-id="${q.id}"] [data-control="step"][data-step="${step}"]`);

/** The steps as the page shows them, top to bottom. */
const shownOrder = (page: Page, q: OrderQuestion) =>
  page.locator(`[data-question-id="${q.id}"] li[data-row]`).evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.row)));

/** Drags a step with the mouse until it sits at `place` (from below it): pressed on its text, dropped on the top edge of the row there. */
async function dragUp(page: Page, q: OrderQuestion, step: number, place: number): Promise<void> {
  const rows = page.locator(`[data-question-id="${q.id}"] li[data-row]`);
  await rows.last().scrollIntoViewIfNeeded();
  const from = (await stepButton(page, q, step).boundingBox())!;
  const target = (await rows.nth(place).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, target.y + 3, { steps: 12 });
  await page.mouse.up();
}

describe('a "put in order" question', () => {
  it('is put in order by dragging with the mouse, and graded right', async () => {
    // Tall enough that the whole list is in view: the mouse drags only what it can reach.
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 1100 } })).newPage();
    const { seed, q } = quizOpeningWithOrder('flashpoints');
    await page.goto(`${env.server.url}/quiz/play?deck=flashpoints&count=5&seed=${seed}&practice=1`);
    await page.locator(`[data-question-id="${q.id}"]`).waitFor();
    expect(await page.locator('.quiz-question .kind').textContent()).toBe('Put in order');
    expect(await shownOrder(page, q)).toEqual(q.steps.map((_, i) => i));
    expect(await axe(page)).toEqual([]);

    for (let place = 0; place < q.answer.length; place++) {
      const step = q.answer[place]!;
      if ((await shownOrder(page, q))[place] === step) continue;
      await dragUp(page, q, step, place);
      await page.waitForFunction(([id, s, p]) => {
        const rows = [...document.querySelectorAll(`[data-question-id="${id}"] li[data-row]`)];
        return rows[p as number]?.getAttribute('data-row') === String(s);
      }, [q.id, step, place] as const);
      expect(await page.getByTestId('order-status').textContent()).toBe(`“${q.steps[step]}” moved to place ${place + 1} of ${q.steps.length}.`);
    }
    expect(await shownOrder(page, q)).toEqual(q.answer);
    // A drop is not a click that selects: no step is left selected.
    expect(await page.locator('.order-step[aria-pressed="true"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Check my order' }).click();
    const feedback = page.getByTestId('feedback');
    await feedback.waitFor();
    expect(await feedback.locator('.verdict').textContent()).toContain('Right.');
    expect(await page.getByTestId('order-tally').textContent()).toBe(`${q.steps.length} of ${q.steps.length} steps in their place.`);
    expect(await page.locator('.order-row .mark.right').count()).toBe(q.steps.length);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('is put in order by keyboard: select, move with the arrows or the Up and Down buttons, each move said aloud', async () => {
    const page = await (await env.browser.newContext()).newPage();
    const { seed, q } = quizOpeningWithOrder('flashpoints');
    await page.goto(`${env.server.url}/quiz/play?deck=flashpoints&count=5&seed=${seed}&practice=1`);
    await page.locator(`[data-question-id="${q.id}"]`).waitFor();
    const status = page.getByTestId('order-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');

    // Tab reaches the first step; Space selects it, and the live region says how to move it.
    const first = q.steps[0]!;
    await page.keyboard.press('Tab');
    await stepButton(page, q, 0).evaluate((el) => { if (document.activeElement !== el) (el as HTMLElement).focus(); });
    await page.keyboard.press('Space');
    expect(await stepButton(page, q, 0).getAttribute('aria-pressed')).toBe('true');
    expect(await status.textContent()).toBe(`“${first}” selected, at place 1 of ${q.steps.length}. Move it with the arrow keys, or the Up and Down buttons.`);
    await page.keyboard.press('ArrowUp');
    expect(await status.textContent()).toBe(`“${first}” is already first.`);
    await page.keyboard.press('ArrowDown');
    expect(await status.textContent()).toBe(`“${first}” moved to place 2 of ${q.steps.length}.`);
    expect((await shownOrder(page, q))[1]).toBe(0);
    // Focus stays on the step that moved, so the arrows keep moving it.
    expect(await stepButton(page, q, 0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await stepButton(page, q, 0).getAttribute('aria-pressed')).toBe('false');
    // The Up button of the step moves it back, and keeps focus.
    await page.getByRole('button', { name: `Move “${first}” up` }).click();
    expect(await status.textContent()).toBe(`“${first}” moved to place 1 of ${q.steps.length}.`);
    expect(await shownOrder(page, q)).toEqual(q.steps.map((_, i) => i));
    expect(await page.getByRole('button', { name: `Move “${first}” up` }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axe(page)).toEqual([]);

    // Put it all in order by keyboard, then swap the last two with the Down button: partly right.
    await orderByKeyboard(page, q);
    expect(await shownOrder(page, q)).toEqual(q.answer);
    const n = q.steps.length;
    await page.getByRole('button', { name: `Move “${q.steps[q.answer[n - 2]!]}” down` }).click();
    await page.getByRole('button', { name: 'Check my order' }).click();
    const feedback = page.getByTestId('feedback');
    await feedback.waitFor();
    expect(await feedback.locator('.verdict').textContent()).toContain('Not quite.');
    expect(await page.getByTestId('order-tally').textContent()).toBe(`${n - 2} of ${n} steps in their place.`);
    const marks = await page.locator('.order-row .mark').allTextContents();
    expect(marks.slice(0, n - 2).every((m) => m === '✓ in its place')).toBe(true);
    expect(marks.slice(n - 2)).toEqual([`✗ belongs at place ${n}`, `✗ belongs at place ${n - 1}`]);
    expect(await feedback.locator('.answer').textContent()).toBe(`The answer: ${q.answer.map((s, i) => `${i + 1}. ${q.steps[s]}`).join('\n')}`);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('is shown large in projector mode, its steps lettered, the order revealed; and numbered on the handout', async () => {
    // The class quiz's seed is the page's Math.random: fixed here, node knows the quiz it makes.
    const deckIds = ['flashpoints'];
    const specOf = (seed: string): ClassroomSpec => ({
      v: 1, title: 'Chains', decks: shippedDecks.map((d) => ({ id: d.id, version: d.version })), seed, count: 5, secondsPerQuestion: 30,
      cardIds: shippedDecks.filter((d) => deckIds.includes(d.id)).flatMap((d) => d.cards.map((c) => c.id)),
    });
    let random = 0;
    let q: OrderQuestion | undefined;
    for (let i = 1; i < 2000 && !q; i++) {
      random = i / 2003;
      const made = classroomQuiz(specOf(random.toString(36).slice(2, 10)), shippedDecks);
      if (made.ok && isOrder(made.quiz.questions[0])) q = made.quiz.questions[0];
    }
    if (!q) throw new Error('no seed opens a class quiz with an order question');

    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addInitScript((r) => { Math.random = () => r; }, random);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/classroom`);
    await page.getByLabel('Title').fill('Chains');
    for (const d of shippedDecks) if (!deckIds.includes(d.id)) await page.getByRole('checkbox', { name: d.title }).uncheck();
    await page.getByLabel('Questions').selectOption('5');
    await page.getByRole('button', { name: 'Create the class quiz' }).click();
    await page.getByRole('heading', { name: 'Chains' }).waitFor();
    const classUrl = page.url();

    await page.getByRole('link', { name: 'Present on a projector' }).click();
    expect(await page.getByTestId('present-question').textContent()).toBe(q.prompt);
    const steps = page.getByTestId('present-steps').locator('li');
    expect(await steps.count()).toBe(q.steps.length);
    expect(await steps.allTextContents()).toEqual(q.steps.map((s, i) => `${'ABCDEF'[i]}${s}`));
    const size = await steps.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    expect(await page.getByText('Discuss, then reveal the answer.').count()).toBe(1);
    expect(await axe(page)).toEqual([]);

    await page.keyboard.press('r');
    await page.locator('.present-reveal').waitFor();
    expect(await page.locator('.present-answer').textContent()).toBe(q.answer.map((s, i) => `${i + 1}. ${q.steps[s]}`).join('\n'));
    expect(await steps.locator('.mark').allTextContents()).toEqual(q.steps.map((_, i) => `place ${q!.answer.indexOf(i) + 1}`));
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto(`${classUrl}/handout`);
    const first = page.locator('.handout-questions > li').first();
    await first.waitFor();
    expect(await first.locator('p').first().textContent()).toBe(q.prompt);
    expect(await first.getByText(`Number the steps from 1 (first) to ${q.steps.length} (last).`).count()).toBe(1);
    expect(await first.locator('.handout-steps li').allTextContents()).toEqual(q.steps.map((s) => ` ${s}`));
    expect(await page.locator('.answer-key li').first().textContent()).toBe(q.answer.map((s, i) => `${i + 1}. ${q.steps[s]}`).join('\n'));
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('is studied as a flashcard: the steps shuffled on the front, in order on the back', async () => {
    const card = shippedDecks.flatMap((d) => d.cards).find((c) => c.kind === 'order')!;
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/study?cards=${card.id}`);
    const front = page.locator('article.flashcard');
    await front.waitFor();
    expect(await front.locator('.kind').textContent()).toBe('Put in order');
    expect(await front.locator('.steps.shuffled li').allTextContents()).toEqual(studySteps(card));
    expect(studySteps(card)).not.toEqual(card.steps);
    await page.keyboard.press('Space');
    const back = page.getByTestId('answer');
    await back.waitFor();
    expect(await back.locator('ol.steps li').allTextContents()).toEqual(card.steps);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
