/**
 * Collecting a class by camera: Chromium's fake camera plays a film of 30 students' result-code QR
 * codes, made here with the app's own result-code encoder and QR encoder, and the teacher collects
 * them all without typing: with BarcodeDetector removed (the bundled decoder in its worker, offline
 * from the precache), and through a BarcodeDetector that claims QR codes (the browser's own reader).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classroomQuiz, decodeSpec, encodeResultCode } from '../../src/domain/classroom';
import type { Quiz } from '../../src/domain/quiz';
import { createRng } from '../../src/domain/quiz/rng';
import { qrMatrix } from '../../src/ui/components/qr-matrix';
import { randomResponse } from '../domain/quiz/responses';
import { axeViolations, openControlled, useBrowserAndServer } from './browser';
import { launchWithCamera, writeQrFilm } from './fake-camera';
import { shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();
const STUDENTS = 30;

let work: string;
let camera: BrowserContext;
const classes = {} as Record<'filmed' | 'native', { url: string; quiz: Quiz; codes: string[] }>;

/** Makes a 5-question class quiz in the app and returns where it lives and its quiz. */
async function makeClass(page: Page, title: string): Promise<{ url: string; quiz: Quiz }> {
  await page.goto(`${env.server.url}/classroom`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Questions').selectOption('5');
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  const decoded = decodeSpec(link.slice(link.indexOf('#') + 1));
  if (!decoded.ok) throw new Error(decoded.error);
  const made = classroomQuiz(decoded.spec, shippedDecks);
  if (!made.ok) throw new Error(made.error);
  return { url: page.url(), quiz: made.quiz };
}

/** Each student's result code, as their phone would show it, answers drawn from a seeded rng. */
function studentCodes(quiz: Quiz, count: number, seed: string): string[] {
  const rng = createRng(seed, 'answers');
  return Array.from({ length: count }, (_, i) =>
    encodeResultCode(quiz, `Student ${String(i + 1).padStart(2, '0')}`, quiz.questions.map((q) => randomResponse(q, rng))));
}

// Records every camera stream the page opens, and every worker it starts, so the tests can check
// that the camera is released and which QR reader ran. Runs before the app's own scripts.
function watchCameraAndWorkers(): void {
  const w = window as unknown as { __streams: MediaStream[]; __workers: number };
  w.__streams = [];
  w.__workers = 0;
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    w.__streams.push(stream);
    return stream;
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) { super(url, options); w.__workers += 1; }
  };
}

const streamsLive = (page: Page) => page.evaluate(() =>
  (window as unknown as { __streams: MediaStream[] }).__streams.map((s) => s.getTracks().some((t) => t.readyState === 'live')));

describe('scanning result codes with the camera', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'faultlines-scan-'));
    const profile = join(work, 'profile');
    // First launch: the teacher makes the classes (and the app is cached). Its codes depend on its
    // quiz, so the film can only be made now, and Chromium reads the film's path at launch.
    const setUp = await launchWithCamera(profile);
    const page = await openControlled(setUp, env.server.url);
    const filmed = await makeClass(page, 'Filmed class');
    const native = await makeClass(page, 'Native reader class');
    await setUp.close();
    classes.filmed = { ...filmed, codes: studentCodes(filmed.quiz, STUDENTS, 'filmed') };
    classes.native = { ...native, codes: studentCodes(native.quiz, 5, 'native') };

    const film = join(work, 'codes.y4m');
    const made = writeQrFilm(film, classes.filmed.codes.map((c) => qrMatrix(c, 4)), { side: 320, fps: 10, secondsEach: 1, moduleSize: 8 });
    console.log(`film: ${STUDENTS} codes, ${made.frames} frames, ${(made.bytes / 1e6).toFixed(1)} MB`);
    camera = await launchWithCamera(profile, film);
    await camera.addInitScript(watchCameraAndWorkers);
  }, 120_000);

  afterAll(async () => {
    await camera?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('collects 30 codes with no typing and BarcodeDetector removed, offline: each once, the camera released after Done', async () => {
    const page = await camera.newPage();
    await page.addInitScript(() => { delete (window as { BarcodeDetector?: unknown }).BarcodeDetector; });
    await page.goto(classes.filmed.url);
    await page.getByRole('heading', { name: 'Filmed class' }).waitFor();
    // The decoder's worker must come from the precache, like the rest of the app.
    await camera.setOffline(true);
    expect(await page.getByTestId('class-empty').count()).toBe(1);

    const started = Date.now();
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await page.locator('[data-testid="scanner"][data-engine="bundled"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __workers: number }).__workers)).toBe(1);
    expect(await page.getByRole('button', { name: 'Done' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForFunction((n) => document.querySelector('[data-testid="scan-count"]')?.textContent === String(n), STUDENTS, { timeout: 120_000, polling: 100 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`collected ${STUDENTS} codes by camera (bundled decoder) in ${seconds.toFixed(1)} s`);

    const status = await page.getByTestId('scan-status').textContent();
    expect(status).toMatch(new RegExp(`Added Student \\d\\d\\. ${STUDENTS} collected\\.`));
    expect(await page.getByTestId('class-students').textContent()).toBe(String(STUDENTS));
    expect(await axeViolations(page)).toEqual([]);

    // The film loops: the first codes come round again and are refused as already entered, never counted twice.
    await page.getByTestId('scan-log').getByText(/Not added: This code is already entered \(Student \d\d\)\./).first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('scan-count').textContent()).toBe(String(STUDENTS));
    expect(await page.getByTestId('class-students').textContent()).toBe(String(STUDENTS));
    const names = await page.getByTestId('class-students-table').locator('tbody th').allTextContents();
    expect([...names].sort()).toEqual(Array.from({ length: STUDENTS }, (_, i) => `Student ${String(i + 1).padStart(2, '0')}`));

    expect(await streamsLive(page)).toEqual([true]);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('scan-summary').textContent()).toBe(`Scanning stopped: ${STUDENTS} collected.`);
    // The tracks end as the scanner unmounts, a moment after the summary shows.
    await expect.poll(() => streamsLive(page)).toEqual([false]);
    expect(await page.getByRole('button', { name: 'Scan with the camera' }).evaluate((el) => el === document.activeElement)).toBe(true);

    // Leaving the screen while scanning releases the camera too.
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await page.locator('[data-testid="scanner"][data-engine]').waitFor();
    expect(await streamsLive(page)).toEqual([false, true]);
    await page.getByRole('link', { name: '← Classroom' }).click();
    await page.getByRole('heading', { name: 'Classroom', exact: true }).waitFor();
    await page.waitForFunction(() => (window as unknown as { __streams: MediaStream[] }).__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));
    expect(await streamsLive(page)).toEqual([false, false]);
    await camera.setOffline(false);
    await page.close();
  }, 240_000);

  it("uses the browser's own reader when BarcodeDetector reads QR codes, and starts no decoder", async () => {
    const page = await camera.newPage();
    await page.addInitScript((codes: string[]) => {
      // A BarcodeDetector that claims QR codes and "sees" each code in three frames in a row.
      let frame = 0;
      (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
        static getSupportedFormats() { return Promise.resolve(['ean_13', 'qr_code']); }
        detect() {
          const code = codes[Math.floor(frame++ / 3)];
          return Promise.resolve(code ? [{ rawValue: code, format: 'qr_code' }] : []);
        }
      };
    }, [...classes.native.codes.slice(0, 2), classes.filmed.codes[0]!, ...classes.native.codes.slice(2)]);
    await page.goto(classes.native.url);
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await page.locator('[data-testid="scanner"][data-engine="native"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="scan-count"]')?.textContent === '5');
    expect(await page.getByTestId('class-students').textContent()).toBe('5');
    // The other class's code, shown in between, is refused with the reason.
    expect(await page.getByTestId('scan-log').textContent()).toMatch(/Not added: This code is for a different quiz \(quiz [0-9A-Z]{4}; this class's quiz is [0-9A-Z]{4}\)/);
    expect(await page.evaluate(() => (window as unknown as { __workers: number }).__workers)).toBe(0);
    // Esc, from the Done button where the scanner put the focus, ends scanning as Done does.
    await page.keyboard.press('Escape');
    await page.getByTestId('scan-summary').getByText('Scanning stopped: 5 collected.').waitFor();
    expect(await streamsLive(page)).toEqual([false]);
    await page.close();
  });
});

it('explains a camera the browser refuses, in plain words, with typing as the way on', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto(`${env.server.url}/classroom`);
  await page.getByRole('button', { name: 'Create the class quiz' }).click();
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  const problem = page.getByTestId('scan-problem');
  await problem.waitFor();
  const text = await problem.evaluate((el) => [...el.childNodes].filter((n) => n.nodeName !== 'DETAILS').map((n) => n.textContent).join(''));
  expect(text).toContain('Faultlines was not allowed to use the camera.');
  expect(text).toContain('Type or paste the codes in the box above instead.');
  expect(text).not.toContain('NotAllowedError');
  expect(await problem.locator('details').textContent()).toContain('NotAllowedError');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Done' }).click();
  expect(await page.getByTestId('scanner').count()).toBe(0);
  await context.close();
});
