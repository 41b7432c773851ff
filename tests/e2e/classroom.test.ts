import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { classroomQuiz, decodeSpec } from '../../src/domain/classroom';
import { openControlled, useBrowserAndServer, axeViolations as axe } from './browser';
import { answer, next, shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();


/** One character of a result code changed to another symbol of its alphabet. */
const tamper = (code: string) => {
  const i = code.search(/[0-9A-Z]/);
  return code.slice(0, i) + (code[i] === '7' ? '8' : '7') + code.slice(i + 1);
};

it('runs the whole classroom loop offline: create, share, take on another device, collect, summarise', async () => {
  const teacherContext = await env.browser.newContext();
  const studentContext = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const teacher = await openControlled(teacherContext, env.server.url);
  const student = await openControlled(studentContext, env.server.url);
  await teacherContext.setOffline(true);
  await studentContext.setOffline(true);

  // The teacher makes a 5-question quiz and shares it.
  await teacher.goto(`${env.server.url}/classroom`);
  await teacher.getByLabel('Title').fill('Caucasus, week 3');
  await teacher.getByLabel('Questions').selectOption('5');
  await teacher.getByRole('button', { name: 'Create the class quiz' }).click();
  await teacher.getByRole('heading', { name: 'Caucasus, week 3' }).waitFor();
  expect(await axe(teacher)).toEqual([]);
  const link = await teacher.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/take#/);
  expect(await teacher.locator('svg.qr').count()).toBe(1);

  // The student's device regenerates the same quiz from the link alone.
  const decoded = decodeSpec(link.slice(link.indexOf('#') + 1));
  if (!decoded.ok) throw new Error(decoded.error);
  const made = classroomQuiz(decoded.spec, shippedDecks);
  if (!made.ok) throw new Error(made.error);
  await student.goto(link);
  await student.getByLabel('Your name or nickname').fill('Leyla');
  await student.getByRole('button', { name: 'Start' }).click();
  for (const [i, q] of made.quiz.questions.entries()) { await answer(student, q, i !== 1); await next(student); }
  const codeText = (await student.getByTestId('result-code').textContent())!;
  expect(codeText).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  expect(await student.getByTestId('take-score').textContent()).toBe('4 / 5');
  expect(await axe(student)).toEqual([]);

  // A tampered code is refused and stores nothing; the real one is added; the same student again is refused.
  const codes = teacher.getByLabel(/Result codes/);
  await codes.fill(tamper(codeText));
  await teacher.getByRole('button', { name: 'Add results' }).click();
  await teacher.getByTestId('code-outcomes').waitFor();
  expect(await teacher.getByTestId('code-outcomes').textContent()).toContain('mistake');
  expect(await teacher.getByTestId('class-empty').count()).toBe(1);
  await codes.fill(codeText.toLowerCase());
  await teacher.getByRole('button', { name: 'Add results' }).click();
  await teacher.getByTestId('class-summary').waitFor();
  expect(await teacher.getByTestId('class-students').textContent()).toBe('1');
  const row = teacher.getByTestId('class-students-table').locator('tbody tr');
  expect(await row.textContent()).toContain('Leyla');
  expect(await row.textContent()).toContain('4 / 5');
  expect(await row.locator('td').nth(1).textContent()).toBe('2');
  await codes.fill(codeText);
  await teacher.getByRole('button', { name: 'Add results' }).click();
  await teacher.getByText(/already entered/).waitFor();
  expect(await teacher.getByTestId('class-students').textContent()).toBe('1');
  expect(await axe(teacher)).toEqual([]);

  // The CSV has the student's row.
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download as CSV' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(csv).toContain('Leyla');

  await teacherContext.close();
  await studentContext.close();
});

it('refuses a truncated link and a link for a deck version this device does not have', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/classroom`);
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.goto(link.slice(0, link.length - 12));
  await page.getByTestId('take-error').waitFor();
  expect(await page.getByTestId('take-error').textContent()).toMatch(/incomplete|damaged|cut off/i);

  const decoded = decodeSpec(link.slice(link.indexOf('#') + 1));
  if (!decoded.ok) throw new Error(decoded.error);
  const { encodeSpec } = await import('../../src/domain/classroom');
  const future = encodeSpec({ ...decoded.spec, decks: decoded.spec.decks.map((d) => ({ ...d, version: d.version + 5 })) });
  await page.goto(`${env.server.url}/take#${future}`);
  await page.reload();
  await page.getByTestId('take-error').waitFor();
  expect(await page.getByTestId('take-error').textContent()).toMatch(/version/);
  await page.close();
});

it('presents full screen with type readable from the back of the room', async () => {
  const page = await (await env.browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto(`${env.server.url}/classroom`);
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  await page.getByRole('link', { name: 'Present on a projector' }).click();
  const question = page.getByTestId('present-question');
  await question.waitFor();
  const size = await question.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  expect(await axe(page)).toEqual([]);
  const first = await question.textContent();
  await page.keyboard.press('p');
  await page.getByText(/Resume/).waitFor();
  await page.keyboard.press('r');
  await page.locator('.present-reveal').waitFor();
  await page.keyboard.press('Space');
  await page.waitForFunction((before) => document.querySelector('[data-testid="present-question"]')?.textContent !== before, first);
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Share with students' }).waitFor();
  await page.close();
});
