import { expect, it } from 'vitest';
import { chooseFollowUp, classroomQuiz, decodeResultCode, decodeSpec, encodeResultCode, followUpDays, localDay, summariseClass } from '../../src/domain/classroom';
import { createRng } from '../../src/domain/quiz/rng';
import { randomResponse } from '../domain/quiz/responses';
import { axeViolations, openControlled, useBrowserAndServer } from './browser';
import { shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();

const specOfLink = (link: string) => {
  const decoded = decodeSpec(link.slice(link.indexOf('#') + 1));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.spec;
};

it('makes a follow-up quiz of the most-missed questions from a class summary, shared like a class quiz, with its two days', async () => {
  const context = await env.browser.newContext();
  const page = await openControlled(context, env.server.url);
  await context.setOffline(true);
  await page.goto(`${env.server.url}/classroom`);
  await page.getByLabel('Title').fill('Week 3');
  await page.getByLabel('Questions').selectOption('10');
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  await page.getByRole('heading', { name: 'Week 3', exact: true }).waitFor();
  const classUrl = page.url();
  const spec = specOfLink(await page.getByLabel('Link', { exact: true }).inputValue());
  const made = classroomQuiz(spec, shippedDecks);
  if (!made.ok) throw new Error(made.error);
  const quiz = made.quiz;

  // No results, no follow-up to offer.
  expect(await page.getByTestId('follow-up').count()).toBe(0);

  const rng = createRng('follow-up', 'class');
  const codes = Array.from({ length: 8 }, (_, i) => encodeResultCode(quiz, `Student ${i + 1}`, quiz.questions.map((q) => randomResponse(q, rng))));
  await page.getByLabel(/Result codes/).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add results' }).click();
  await page.getByTestId('follow-up').waitFor();
  expect(await page.getByTestId('class-students').textContent()).toBe('8');

  // What it offers is what the domain chooses, with the days one and three weeks from today.
  const students = codes.map((c) => { const d = decodeResultCode(c, quiz); if (!d.ok) throw new Error(d.error); return d; });
  const choice = chooseFollowUp(quiz, summariseClass(quiz, students));
  const items = page.getByTestId('follow-up-questions').locator('li');
  expect(await items.count()).toBe(choice.questions.length);
  expect(await items.first().textContent()).toContain(choice.questions[0]!.prompt);
  const days = followUpDays(localDay(Date.now(), new Date().getTimezoneOffset()));
  expect(await page.getByTestId('follow-up').locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(days);
  expect(await page.getByTestId('follow-up').textContent()).toMatch(/fewer than 80% got right, most missed first — at least 3,\s*at most 10/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Make the follow-up quiz' }).click();
  await page.getByRole('heading', { name: 'Follow-up: Week 3' }).waitFor();
  expect(page.url()).not.toBe(classUrl);
  const note = page.getByTestId('follow-up-of');
  expect(await note.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(days);
  expect(await note.getByRole('link', { name: 'Week 3' }).getAttribute('href')).toBe(new URL(classUrl).pathname);
  // Shared the same way: a link (its spec asks only the chosen cards) and its QR code.
  const followSpec = specOfLink(await page.getByLabel('Link', { exact: true }).inputValue());
  expect(followSpec.cardIds).toEqual([...choice.cardIds].sort());
  expect(await page.locator('svg.qr').count()).toBe(1);
  expect(await page.getByTestId('class-empty').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  // Kept with the class: the class page names it and its days later, and offers no second one.
  await note.getByRole('link', { name: 'Week 3' }).click();
  await page.getByRole('heading', { name: 'Week 3', exact: true }).waitFor();
  const panel = page.getByTestId('follow-up');
  await panel.getByRole('link', { name: 'Follow-up: Week 3' }).waitFor();
  expect(await panel.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(days);
  expect(await panel.getByRole('button', { name: 'Make the follow-up quiz' }).count()).toBe(0);
  await page.reload();
  await page.getByTestId('follow-up').getByRole('link', { name: 'Follow-up: Week 3' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
