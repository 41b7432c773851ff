/** Answers quiz questions in the browser, right or wrong on purpose, knowing the quiz from the same seed. */
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { loadDecks } from '../../scripts/deck-loader';
import { classroomQuiz, type ClassroomSpec } from '../../src/domain/classroom';
import { generateQuiz, type Question, type Quiz, type QuizSpec } from '../../src/domain/quiz';

const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));

/** The quiz the app generates for this spec: the engine is deterministic, so node and browser agree. */
export const sameQuiz = (spec: QuizSpec): Quiz => generateQuiz(decks, spec);
export const shippedDecks = decks;

/** Clicks a shape of the map where nothing lies over it (a route line, a smaller region). */
export async function tapShape(page: Page, selector: string): Promise<void> {
  const shape = page.locator(selector);
  await shape.waitFor();
  await shape.scrollIntoViewIfNeeded();
  const box = (await shape.boundingBox())!;
  const free = await shape.evaluate((el, b) => {
    for (let y = b.y + 1; y < b.y + b.height; y += 2) {
      for (let x = b.x + 1; x < b.x + b.width; x += 2) if (document.elementFromPoint(x, y) === el) return { x, y };
    }
    return undefined;
  }, box);
  if (!free) throw new Error(`no free point on ${selector}`);
  await page.mouse.click(free.x, free.y);
}

/** A place that is a wrong answer to a tap-place question. */
export const wrongPlace = (q: Extract<Question, { kind: 'tap-place' }>) => q.places.find((p) => p.id !== q.answer && !q.alsoRight.includes(p.id))!.id;

export async function answer(page: Page, q: Question, right: boolean): Promise<void> {
  await page.locator(`[data-question-id="${q.id}"]`).waitFor();
  switch (q.kind) {
    case 'choice':
    case 'cloze': {
      const index = right ? q.answerIndex : (q.answerIndex + 1) % q.options.length;
      await page.keyboard.press(String(index + 1));
      break;
    }
    case 'truefalse':
      await page.keyboard.press(q.answer === right ? 't' : 'f');
      break;
    case 'matching':
      for (let i = 0; i < q.pairs.length; i++) {
        const target = right ? q.answer[i]! : q.answer[(i + 1) % q.pairs.length]!;
        // Each pair's list opens by its button (a pick opens the next unmatched one by itself).
        const row = page.locator(`[data-question-id="${q.id}"] [data-pair="${i}"]`);
        const toggle = row.locator('.match-toggle');
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        await row.locator(`[data-right="${target}"]`).click();
      }
      await page.getByRole('button', { name: 'Check my matches' }).click();
      break;
    case 'which-side':
      for (let i = 0; i < q.items.length; i++) {
        const side = right ? q.items[i]!.side : 1 - q.items[i]!.side;
        await page.locator(`input[name="side-${i}"]`).nth(side).check();
      }
      await page.getByRole('button', { name: 'Check my answer' }).click();
      break;
    case 'tap-place':
      await tapShape(page, `[data-question-id="${q.id}"] [data-place="${right ? q.answer : wrongPlace(q)}"]`);
      break;
    case 'which-route': {
      const index = right ? q.answerIndex : (q.answerIndex + 1) % q.options.length;
      await page.keyboard.press(String(index + 1));
      break;
    }
    case 'order':
      // Shown as it comes, an order is never right; to get it right, each step is moved up by keyboard.
      if (right) await orderByKeyboard(page, q);
      await page.getByRole('button', { name: 'Check my order' }).click();
      break;
    default: {
      const unknown: never = q;
      throw new Error(`no way to answer ${JSON.stringify(unknown)}`);
    }
  }
  await page.getByTestId('feedback').waitFor();
}

/**
 * Puts an order question's steps in the right order by keyboard, as a learner would: for each place
 * from the first, select the step that belongs there (Space), move it up with the arrow key, and put it down.
 */
export async function orderByKeyboard(page: Page, q: Extract<Question, { kind: 'order' }>): Promise<void> {
  const shown = q.steps.map((_, i) => i);
  for (let place = 0; place < q.answer.length; place++) {
    const step = q.answer[place]!;
    const button = page.locator(`[data-question-id="${q.id}"] [data-control="step"][data-step="${step}"]`);
    await button.focus();
    await page.keyboard.press('Space');
    for (let at = shown.indexOf(step); at > place; at--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    shown.splice(shown.indexOf(step), 1);
    shown.splice(place, 0, step);
  }
}

/** Goes on from the feedback to the next question (or the results) with Enter. */
export async function next(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
}

/** A page Math.random for which the Classroom's default 30-question quiz (every deck) has every kind this test needs. */
export function mixedRandom(): number {
  const specOf = (seed: string): ClassroomSpec => ({
    v: 1, title: 'Mixed', decks: shippedDecks.map((d) => ({ id: d.id, version: d.version })), seed, count: 30, secondsPerQuestion: 30,
    cardIds: shippedDecks.flatMap((d) => d.cards.map((c) => c.id)),
  });
  for (let i = 1; i < 2000; i++) {
    const random = i / 2003;
    const made = classroomQuiz(specOf(random.toString(36).slice(2, 10)), shippedDecks);
    const kinds = new Set(made.ok ? made.quiz.questions.map((q) => q.kind) : []);
    if (['choice', 'matching', 'which-side', 'order'].every((k) => kinds.has(k as never)) && (kinds.has('tap-place') || kinds.has('which-route'))) return random;
  }
  throw new Error('no seed gives a class quiz with every kind');
}
