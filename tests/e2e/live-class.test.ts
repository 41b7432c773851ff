/**
 * A live class against a real CouchDB-protocol server (pouchdb-server on loopback, with a server
 * admin, so that its security and validate_doc_update apply as on CouchDB): the teacher runs the
 * class live from the class page; two students take it in browsers of their own (one goes offline
 * half-way), and 28 more post through the very module the Take screen uses, from this process.
 * The teacher's screen and the projector count every student once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createLiveSender, studentKeyFor, type KeyValueStore } from '../../src/app/live/student';
import {
  answerDoc, classroomQuiz, decodeSpec, encodeResultCode, quizTag, resultDoc, type LiveTarget,
} from '../../src/domain/classroom';
import { kindSpec, type Question, type Quiz, type QuizResponse } from '../../src/domain/quiz';
import { createRng } from '../../src/domain/quiz/rng';
import { startCouchServer, type CouchServer } from '../../scripts/shared/couch-server';
import { randomResponse, rightResponse } from '../domain/quiz/responses';
import { axeViolations, openControlled, useBrowserAndServer } from './browser';
import { answer, next, shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();
const ADMIN = 'teacher';
const PASSWORD = 'staffroom key';
const AUTH = `Basic ${Buffer.from(`${ADMIN}:${PASSWORD}`).toString('base64')}`;
const QUESTIONS = 5;

let couch: CouchServer;
const contexts: BrowserContext[] = [];

async function asAdmin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${couch.url}${path}`, {
    method, headers: { Authorization: AUTH, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  couch = await startCouchServer();
  // A server admin ends pouchdb-server's "admin party": from here on, as on CouchDB, only admins create databases.
  const admin = await fetch(`${couch.url}/_config/admins/${ADMIN}`, { method: 'PUT', body: JSON.stringify(PASSWORD) });
  expect(admin.ok).toBe(true);
  expect((await asAdmin('PUT', '/teacher-sync')).status).toBe(201);
}, 90_000);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await couch?.stop();
});

/** Settings → Sync with the server admin's account: what makes "Run live" available. */
async function syncAsTeacher(teacher: Page): Promise<void> {
  await teacher.goto(`${env.server.url}/settings`);
  await teacher.getByLabel('Server address').fill(couch.url);
  await teacher.getByLabel('User name').fill(ADMIN);
  await teacher.getByLabel('Password').fill(PASSWORD);
  await teacher.getByLabel(/My own database/).uncheck();
  await teacher.getByLabel('Database', { exact: true }).fill('teacher-sync');
  await teacher.getByRole('button', { name: 'Start syncing' }).click();
  await teacher.getByRole('button', { name: 'Sync now' }).waitFor();
}

async function newPage(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext(viewport ? { viewport } : {});
  contexts.push(context);
  return { context, page: await openControlled(context, env.server.url) };
}

const mapStore = (): KeyValueStore => {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => { map.set(k, v); } };
};

/** Takes the quiz in a student's browser; `offlineAfter` answers in, the device loses its network. */
async function takeInBrowser(page: Page, context: BrowserContext, link: string, quiz: Quiz, name: string, offlineAfter?: number): Promise<{ code: string; responses: boolean[] }> {
  await page.goto(link);
  await page.getByLabel('Your name or nickname').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  const rights: boolean[] = [];
  for (const [i, q] of quiz.questions.entries()) {
    if (i === offlineAfter) {
      // Let what was answered online arrive first, as it would in a room.
      await page.locator(`[data-testid="live-take-status"][data-waiting="0"][data-delivered="${i}"]`).waitFor();
      await context.setOffline(true);
    }
    const right = (i + name.length) % 3 !== 0;
    rights.push(right);
    await answer(page, q, right);
    await next(page);
  }
  const code = (await page.getByTestId('result-code').textContent())!;
  return { code, responses: rights };
}

it('collects a class of 30 live: every student counted once, the projector shows the counts', async () => {
  // The teacher sets up sync (an admin of the server), makes a quiz and runs it live.
  const { page: teacher } = await newPage({ width: 1280, height: 900 });
  await syncAsTeacher(teacher);

  await teacher.goto(`${env.server.url}/classroom`);
  await teacher.getByLabel('Title').fill('Live, week 4');
  await teacher.getByLabel('Questions').selectOption(String(QUESTIONS));
  await teacher.getByRole('button', { name: 'Create the class quiz' }).click();
  await teacher.getByRole('heading', { name: 'Live, week 4' }).waitFor();
  await teacher.getByRole('button', { name: 'Run live' }).click();
  const status = teacher.getByTestId('live-status');
  await status.filter({ hasText: 'Live: waiting for the first answers.' }).waitFor();
  await teacher.getByTestId('share-live').waitFor();
  expect(await axeViolations(teacher)).toEqual([]);

  const link = await teacher.getByLabel('Link', { exact: true }).inputValue();
  const decoded = decodeSpec(link.slice(link.indexOf('#') + 1));
  if (!decoded.ok) throw new Error(decoded.error);
  const target: LiveTarget = decoded.live!;
  expect(target.url).toMatch(new RegExp(`^${couch.url}/faultlines-class-[a-z0-9-]+$`));
  const made = classroomQuiz(decoded.spec, shippedDecks);
  if (!made.ok) throw new Error(made.error);
  const quiz = made.quiz;
  expect(quiz.questions).toHaveLength(QUESTIONS);

  // The server takes students' answers without an account, and nothing else from them.
  const anonymous = (method: string, path: string, body?: unknown) => fetch(`${target.url}${path}`, {
    method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect((await anonymous('PUT', '/note', { text: 'hello' })).status).toBe(403);
  expect((await anonymous('PUT', '/_design/evil', { validate_doc_update: 'function () {}' })).status).toBeGreaterThanOrEqual(401);
  expect((await anonymous('PUT', '/_security', {})).status).toBeGreaterThanOrEqual(401);
  // A document the server took from an admin but that is no answer is refused by the teacher's screen, and counted.
  expect((await asAdmin('PUT', `/${target.database}/answer:ZZZZZ:0`, { type: 'answer', quiz: 'XXXX', student: 'ZZZZZ', name: 'x', question: 0, answer: '0' })).status).toBe(201);

  const started = performance.now();

  // Two students in browsers: one online throughout, one who loses the network after two answers.
  const online = await newPage({ width: 390, height: 844 });
  const offline = await newPage({ width: 390, height: 844 });
  const [leyla, nodir] = await Promise.all([
    takeInBrowser(online.page, online.context, link, quiz, 'Leyla'),
    takeInBrowser(offline.page, offline.context, link, quiz, 'Nodir', 2),
  ]);
  await offline.page.getByTestId('live-take-status').filter({ hasText: 'No connection: what you answered will be sent when this device is back online.' }).waitFor();
  expect(await offline.page.getByTestId('live-take-status').getAttribute('data-waiting')).toBe(String(QUESTIONS - 2 + 1));

  // 28 more post through the Take screen's own module, four at a time; one sends everything twice.
  const sent: (QuizResponse | null)[][] = [];
  const simulated = Array.from({ length: 28 }, (_, i) => `Student ${i + 1}`);
  const postingStarted = performance.now();
  for (let i = 0; i < simulated.length; i += 4) {
    await Promise.all(simulated.slice(i, i + 4).map(async (name, j) => {
      const store = mapStore();
      const key = studentKeyFor(store, target, quizTag(quiz), name);
      const sender = createLiveSender(target, { store });
      const rng = createRng(`${name}-${i + j}`);
      // Every question answered, so that the last one's count is the whole class.
      const responses = quiz.questions.map((q) => randomResponse(q, rng) ?? rightResponse(q));
      sent.push(responses);
      const times = name === 'Student 5' ? 2 : 1;
      for (let t = 0; t < times; t++) {
        for (const [index, r] of responses.entries()) await sender.send(answerDoc(quiz, key, name, index, r));
        await sender.send(resultDoc(quiz, key, name, encodeResultCode(quiz, name, responses, key)));
      }
      expect(sender.status()).toMatchObject({ waiting: 0, refused: 0, delivered: times * (QUESTIONS + 1) });
      sender.close();
    }));
  }

  const posting = (performance.now() - postingStarted) / 1000;
  // While Nodir is offline, the teacher (who has heard from all 30) types his code: recognised as the student answering live.
  await status.filter({ hasText: / of 30 answered question / }).waitFor({ timeout: 60_000 });
  await teacher.getByLabel(/Result codes/).fill(nodir.code);
  await teacher.getByRole('button', { name: 'Add results' }).click();
  await teacher.getByTestId('code-outcomes').filter({ hasText: 'Added Nodir, who was answering live: counted once.' }).waitFor();

  // Nodir's device comes back: what waited is sent, and he is still one student.
  await offline.context.setOffline(false);
  await offline.page.getByTestId('live-take-status').filter({ hasText: 'Your answers reached your teacher.' }).waitFor({ timeout: 30_000 });
  await online.page.getByTestId('live-take-status').filter({ hasText: 'Your answers reached your teacher.' }).waitFor();

  await status.filter({ hasText: `Live: 30 of 30 answered question ${QUESTIONS} of ${QUESTIONS}; 30 finished.` }).waitFor({ timeout: 60_000 });
  await teacher.getByTestId('class-students').filter({ hasText: '30' }).waitFor({ timeout: 30_000 });
  const seconds = (performance.now() - started) / 1000;
  console.log(`collecting 30 results live took ${seconds.toFixed(1)} s, from the first student starting to the summary showing 30 (2 students in browsers, one offline half-way; 28 posting from the test 4 at a time, which took ${posting.toFixed(1)} s for their ${28 * (QUESTIONS + 1) + QUESTIONS + 1} documents)`);

  // Leyla's code typed by hand after her result arrived live is recognised, not counted again.
  await teacher.getByLabel(/Result codes/).fill(leyla.code);
  await teacher.getByRole('button', { name: 'Add results' }).click();
  await teacher.getByTestId('code-outcomes').filter({ hasText: 'Leyla is already counted live: their device sent this result.' }).waitFor();
  expect(await teacher.getByTestId('class-students').textContent()).toBe('30');
  expect(await teacher.getByTestId('live-refused').textContent()).toBe('1 document on the server was not an answer of this quiz and was ignored.');

  // The tally per question is what was sent: the 28 simulated answers plus the two browser students'.
  const expected = quiz.questions.map((q: Question, i) => {
    const byAnswer = new Map<string, number>();
    let answered = 0;
    for (const r of sent.map((s) => s[i] ?? null)) {
      if (r === null) continue;
      answered++;
      const k = kindSpec(q.kind).code.encode(q as never, r as never).toString();
      byAnswer.set(k, (byAnswer.get(k) ?? 0) + 1);
    }
    return { answered: answered + 2, byAnswer };
  });
  const answeredTexts = await teacher.getByTestId('live-questions').getByTestId('live-answered').allTextContents();
  expect(answeredTexts).toEqual(expected.map((e) => `Answered live: ${e.answered} of 30 students`));
  expect(leyla.responses).toHaveLength(QUESTIONS);
  expect(await axeViolations(teacher)).toEqual([]);

  // The projector shows the counts, and after the reveal how many chose each option.
  await teacher.getByRole('link', { name: 'Present on a projector' }).click();
  await teacher.getByTestId('present').waitFor();
  await teacher.getByTestId('live-answered').filter({ hasText: `Answered live: ${expected[0]!.answered} of 30 students` }).waitFor();
  await teacher.keyboard.press('r');
  await teacher.locator('.present-reveal').waitFor();
  const options = teacher.getByTestId('live-options');
  if (await options.count()) {
    const counts = (await options.getByTestId('live-option-count').allTextContents()).map((t) => Number(t.split(' ')[0]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected[0]!.answered);
  } else {
    expect(await teacher.getByTestId('live-right').textContent()).toMatch(/^\d+ right, \d+ wrong/);
  }
  expect(await axeViolations(teacher)).toEqual([]);
}, 240_000);

it('tells the teacher in words when the server cannot be reached, and the class goes on with codes', async () => {
  const { page: teacher } = await newPage();
  await syncAsTeacher(teacher);
  await teacher.goto(`${env.server.url}/classroom`);
  await teacher.getByRole('button', { name: 'Create the class quiz' }).click();
  await teacher.getByRole('button', { name: 'Run live' }).click();
  const status = teacher.getByTestId('live-status');
  await status.filter({ hasText: 'Live: waiting for the first answers.' }).waitFor();
  await couch.kill();
  try {
    await status.filter({ hasText: "Server unreachable — students' answers will still arrive as codes." }).waitFor({ timeout: 60_000 });
    expect(await teacher.getByLabel(/Result codes/).count()).toBe(1);
    expect(await axeViolations(teacher)).toEqual([]);
  } finally {
    await couch.restart();
  }
}, 120_000);
