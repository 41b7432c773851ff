import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openControlled, readProgress, useBrowserAndServer, axeViolations as axe } from './browser';
import { answer, next, sameQuiz, shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();


describe('a quiz, offline', () => {
  it('is taken from Today to the results; a wrong answer makes its card due now in Study', async () => {
    const context = await env.browser.newContext();
    const page = await openControlled(context, env.server.url);
    await context.setOffline(true);
    await page.reload();
    expect(await page.getByTestId('content-reach').textContent()).toBe('The article: July 2025; later developments: to June 2026');
    await page.getByRole('link', { name: 'Quiz', exact: true }).click();
    await page.getByRole('radio', { name: '5' }).check();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.waitForURL(/\/quiz\/play\?/);
    const query = new URL(page.url()).searchParams;
    const quiz = sameQuiz({ seed: query.get('seed')!, count: 5, deckIds: query.getAll('deck') });
    expect(quiz.questions).toHaveLength(5);

    // The first question is answered wrongly, the others rightly.
    const wrong = quiz.questions[0]!;
    for (const [i, q] of quiz.questions.entries()) {
      expect(await page.getByTestId('question').textContent()).toBe(q.prompt);
      await answer(page, q, i > 0);
      const verdict = await page.getByTestId('feedback').locator('.verdict').textContent();
      expect(verdict).toContain(i > 0 ? 'Right.' : 'Not quite.');
      if (i === 0) expect(await axe(page)).toEqual([]);
      await next(page);
    }
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await page.getByTestId('score').textContent()).toBe('4 / 5');
    expect(await page.locator('.results > .misses > li').count()).toBe(1);
    expect(await axe(page)).toEqual([]);

    // Every answer graded its cards in the same write as the result: one log row per card.
    const { reviews } = await readProgress(page);
    expect(reviews.length).toBe(quiz.questions.reduce((n, q) => n + q.cardIds.length, 0));
    for (const id of wrong.cardIds) expect(reviews.find((r) => r.cardId === id)?.grade).toBe(1);

    // "Study these cards" puts a missed card in front, due now.
    await page.getByRole('link', { name: 'Study these cards' }).click();
    const card = page.locator('article.flashcard');
    await card.waitFor();
    expect(wrong.cardIds).toContain(await card.getAttribute('data-card-id'));
    // And the ordinary Study session of its deck shows it first: graded Again, it is the most due.
    const deckOfMiss = shippedDecks.find((d) => d.cards.some((c) => c.id === wrong.cardIds[0]))!;
    await page.goto(`${env.server.url}/study?deck=${encodeURIComponent(deckOfMiss.id)}`);
    await card.waitFor();
    expect(wrong.cardIds).toContain(await card.getAttribute('data-card-id'));
    await context.close();
  });

  it('in practice mode leaves the schedule alone, and "Retry my mistakes" asks the misses again', async () => {
    const page = await (await env.browser.newContext()).newPage();
    const spec = { seed: 'practice-seed', count: 4, deckIds: ['actors'] };
    await page.goto(`${env.server.url}/quiz/play?deck=actors&count=4&seed=practice-seed&practice=1`);
    const quiz = sameQuiz(spec);
    for (const [i, q] of quiz.questions.entries()) { await answer(page, q, i % 2 === 0); await next(page); }
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    expect((await readProgress(page)).reviews).toEqual([]);
    await page.getByRole('button', { name: 'Retry my mistakes' }).click();
    const retried = quiz.questions.filter((_, i) => i % 2 === 1);
    for (const q of retried) { await answer(page, q, true); await next(page); }
    expect(await page.getByTestId('score').textContent()).toBe(`${retried.length} / ${retried.length}`);
    await page.goto(`${env.server.url}/quiz`);
    await page.locator('.results-table').waitFor();
    expect(await page.locator('.results-table tbody tr').count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('every question kind', () => {
  it('answers matching and which-side questions by keyboard-friendly forms, and says which parts were wrong', async () => {
    // Find a seed whose quiz has both group kinds (the engine is deterministic, so node knows).
    const deckIds = shippedDecks.map((d) => d.id);
    let seed = 0;
    const has = (s: number) => { const k = sameQuiz({ seed: s, count: 10, deckIds }).questions.map((q) => q.kind); return k.includes('matching') && k.includes('which-side'); };
    while (!has(seed)) seed++;
    const quiz = sameQuiz({ seed, count: 10, deckIds });
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/quiz/play?${deckIds.map((d) => `deck=${d}`).join('&')}&count=10&seed=${seed}`);
    for (const q of quiz.questions) {
      const right = q.kind !== 'which-side';
      await answer(page, q, right);
      if (q.kind === 'which-side' || q.kind === 'matching') {
        const parts = q.kind === 'matching' ? q.pairs.length : q.items.length;
        expect(await page.locator('.mark.wrong').count()).toBe(right ? 0 : parts);
        expect(await axe(page)).toEqual([]);
      }
      await next(page);
    }
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const whichSide = quiz.questions.filter((q) => q.kind === 'which-side').length;
    expect(await page.getByTestId('score').textContent()).toBe(`${quiz.questions.length - whichSide} / ${quiz.questions.length}`);
    await page.context().close();
  });
});

describe('the Briefing', () => {
  it('shows the topic with deliberate misses as weakest, with its talking points and the why of each miss', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/briefing`);
    await page.getByRole('button', { name: 'Start the Briefing' }).click();
    await page.waitForURL(/\/briefing\/play\?/);
    const query = new URL(page.url()).searchParams;
    const quiz = sameQuiz({ mode: 'briefing', seed: query.get('seed')!, count: 12, topics: query.getAll('topic') as never });
    expect(quiz.questions).toHaveLength(12);
    for (const q of quiz.questions) { await answer(page, q, q.topic !== 'corridors'); await next(page); }
    await page.getByTestId('weakest').waitFor();
    expect(await page.getByTestId('weakest').textContent()).toContain('Corridors');
    const corridors = page.getByTestId('report-corridors');
    const deck = shippedDecks.find((d) => d.topic === 'corridors')!;
    for (const point of deck.talkingPoints) expect(await corridors.textContent()).toContain(point);
    const missed = quiz.questions.filter((q) => q.topic === 'corridors');
    expect(await corridors.locator('.misses > li').count()).toBe(missed.length);
    expect(await corridors.textContent()).toContain(missed[0]!.feedback[0]!.explanation);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Study what I missed now' }).click();
    await page.locator('article.flashcard').waitFor();
    expect(await page.getByText(`${missed.flatMap((q) => q.cardIds).length} to go`).count()).toBe(1);
    await page.context().close();
  });

  it('mixes in what happened after the article when "Up to date" is ticked, and reports it as its own topic', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/briefing`);
    await page.getByLabel(/^Up to date: also ask what happened after the article/).check();
    await page.getByRole('button', { name: 'Start the Briefing' }).click();
    await page.waitForURL(/\/briefing\/play\?/);
    const query = new URL(page.url()).searchParams;
    expect(query.getAll('topic')).toEqual(['actors', 'corridors', 'alignments', 'flashpoints', 'later']);
    const quiz = sameQuiz({ mode: 'briefing', seed: query.get('seed')!, count: 12, topics: query.getAll('topic') as never });
    const later = quiz.questions.filter((q) => q.topic === 'later');
    expect(later.length, 'questions after the article').toBeGreaterThanOrEqual(2);
    for (const q of quiz.questions) { await answer(page, q, q.topic !== 'later'); await next(page); }
    await page.getByTestId('weakest').waitFor();
    expect(await page.getByTestId('weakest').textContent()).toContain('After the article');
    const report = page.getByTestId('report-later');
    const deck = shippedDecks.find((d) => d.topic === 'later')!;
    for (const point of deck.talkingPoints) expect(await report.textContent()).toContain(point);
    expect(await report.locator('.misses > li').count()).toBe(later.length);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
