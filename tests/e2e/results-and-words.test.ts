/**
 * What a learner reads after answering: what they chose beside the right answer, words true of the
 * score, one way of saying a streak, a map question explained by the card it asks, and a matching
 * question that fits a phone and is answered by keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import { classroomQuiz, decodeSpec } from '../../src/domain/classroom';
import { responseText, rightAnswerText, type Question } from '../../src/domain/quiz';
import { useBrowserAndServer, axeViolations as axe } from './browser';
import { answer, next, sameQuiz, shippedDecks, wrongPlace } from './quiz-driver';

const env = useBrowserAndServer();
const deckIds = shippedDecks.map((d) => d.id);
const TOPICS = ['actors', 'corridors', 'alignments', 'flashpoints'];

/** The wrong response the quiz driver gives, for the kinds whose wrong answer is one pick. */
function drivenWrong(q: Question): unknown {
  switch (q.kind) {
    case 'choice': case 'cloze': return (q.answerIndex + 1) % q.options.length;
    case 'which-route': return (q.answerIndex + 1) % q.options.length;
    case 'truefalse': return !q.answer;
    case 'tap-place': return wrongPlace(q);
    default: return undefined;
  }
}

describe('quiz results', () => {
  it('say per question what you chose beside the right answer', async () => {
    const quiz = sameQuiz({ seed: 'chosen', count: 6, deckIds });
    const page = await (await env.browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await page.goto(`${env.server.url}/quiz/play?${deckIds.map((d) => `deck=${d}`).join('&')}&count=6&seed=chosen&practice=1`);
    for (const q of quiz.questions) { await answer(page, q, false); await next(page); }
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const misses = page.locator('.results > ol.misses > li');
    expect(await misses.count()).toBe(quiz.questions.length);
    for (const [i, q] of quiz.questions.entries()) {
      const item = misses.nth(i);
      expect(await item.locator('dt').first().textContent()).toContain('You chose');
      const chosen = (await item.getByTestId('you-chose').innerText()).trim();
      const wrong = drivenWrong(q);
      if (wrong !== undefined) expect(chosen).toBe(responseText(q, wrong));
      expect(chosen).not.toBe('');
      expect(chosen.replace(/\s+/g, ' ')).not.toBe(rightAnswerText(q).replace(/\s+/g, ' '));
    }
    // Every question, right or wrong, with what was chosen.
    await page.getByText('Every question, with what you chose').click();
    expect(await page.locator('.all-answers [data-testid="you-chose"]').count()).toBe(quiz.questions.length);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('words', () => {
  it('say the streak the same way on Today and Progress, with the plural of the count', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(env.server.url);
    const today = page.getByTestId('streak').locator('..');
    await today.waitFor();
    expect(await today.textContent()).toBe('0 days in a row');
    await page.goto(`${env.server.url}/progress`);
    const progress = page.getByTestId('progress-streak').locator('..');
    await progress.waitFor();
    expect(await progress.textContent()).toBe('0 days in a row');
    await page.context().close();
  });

  it('do not say "Well done" to a student with 0 right', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${env.server.url}/classroom`);
    await page.getByLabel('Title').fill('Words check');
    await page.getByLabel('Questions').selectOption('5');
    await page.getByRole('button', { name: 'Create the class quiz' }).click();
    await page.getByRole('heading', { name: 'Words check' }).waitFor();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    const decoded = decodeSpec(link.slice(link.indexOf('#') + 1));
    if (!decoded.ok) throw new Error(decoded.error);
    const made = classroomQuiz(decoded.spec, shippedDecks);
    if (!made.ok) throw new Error(made.error);
    await page.goto(link);
    await page.getByLabel('Your name or nickname').waitFor();
    expect(await page.getByText(/^5 questions, \d+ seconds each\./).count()).toBe(1);
    await page.getByLabel('Your name or nickname').fill('Zoë');
    await page.getByRole('button', { name: 'Start' }).click();
    for (const q of made.quiz.questions) { await answer(page, q, false); await next(page); }
    await page.getByTestId('result-code').waitFor();
    expect(await page.getByTestId('take-score').textContent()).toBe('0 / 5');
    const title = await page.locator('#done-title').textContent();
    expect(title).not.toContain('Well done');
    expect(title).toBe('None right this time, Zoë');
    await page.context().close();
  });
});

describe('a map question in the Briefing', () => {
  it('is explained by the card it asks, with that card\'s own question and answer', async () => {
    // A Briefing that asks "Tap Iran on the map", graded on cor-025 (the Aras corridor, and its road bridge).
    let seed = 0;
    const briefing = (s: number) => sameQuiz({ mode: 'briefing', seed: String(s), count: 12, topics: TOPICS as never });
    while (!briefing(seed).questions.some((q) => q.id === 'tap-place:iran')) seed++;
    const quiz = briefing(seed);
    const iran = quiz.questions.find((q) => q.id === 'tap-place:iran')!;
    const card = shippedDecks.flatMap((d) => d.cards).find((c) => c.id === iran.cardIds[0])!;
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/briefing/play?${TOPICS.map((t) => `topic=${t}`).join('&')}&seed=${seed}`);
    for (const q of quiz.questions) {
      await answer(page, q, false);
      if (q === iran) {
        const feedback = page.getByTestId('feedback');
        expect(await feedback.locator('.feedback-about').textContent()).toBe(`The card behind this question: ${card.prompt} ${card.answer}`);
        expect(await feedback.locator('.explanation').textContent()).toBe(card.explanation);
      }
      await next(page);
    }
    await page.getByTestId('weakest').waitFor();
    const miss = page.locator('.misses > li', { hasText: 'Tap Iran on the map.' });
    expect(await miss.locator('.feedback-about').textContent()).toContain(card.prompt);
    expect(await miss.getByTestId('you-chose').textContent()).toBe(responseText(iran, wrongPlace(iran as Extract<Question, { kind: 'tap-place' }>)));
    await page.context().close();
  });
});

describe('a matching question on a phone', () => {
  it('fits 320 px, is answered by keyboard alone, and marks each pair once checked', async () => {
    let seed = 0;
    while (sameQuiz({ seed, count: 5, deckIds }).questions[0]!.kind !== 'matching' && seed < 500) seed++;
    const q = sameQuiz({ seed, count: 5, deckIds }).questions[0]!;
    if (q.kind !== 'matching') throw new Error('no matching question');
    const page = await (await env.browser.newContext({ viewport: { width: 320, height: 700 } })).newPage();
    await page.goto(`${env.server.url}/quiz/play?${deckIds.map((d) => `deck=${d}`).join('&')}&count=5&seed=${seed}&practice=1`);
    await page.locator('.matching').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await axe(page)).toEqual([]);
    // By keyboard: the first list is open; Tab to the right text and Enter picks it and opens the next list.
    for (let i = 0; i < q.pairs.length; i++) {
      const target = q.answer[(i + 1) % q.pairs.length]!;
      const option = page.locator(`[data-pair="${i}"] [data-right="${target}"]`);
      await option.waitFor();
      for (let n = 0; n < 20 && !(await option.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.locator(`[data-pair="${i}"] .match-toggle`).textContent()).toContain(q.rights[target]!);
    }
    const check = page.getByRole('button', { name: 'Check my matches' });
    expect(await check.isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await check.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('feedback').waitFor();
    // Each pair says its match; the answer is not repeated as one block beneath.
    expect(await page.locator('.match-row .mark.wrong').count()).toBe(q.pairs.length);
    expect(await page.getByTestId('feedback').locator('.answer').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
