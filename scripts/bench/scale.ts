/**
 * Scale: the app's storage and use cases over 10,000 cards and 1,000,000 review-log rows, in real
 * Chromium IndexedDB on an on-disk profile, through the bench-only scale page (scripts/bench/scale/).
 */
import type { Page } from 'playwright-core';
import { launchProfile } from './browser';
import type { Breakdown, ExportResult, ScaleApi, SeedResult } from './scale/api';

export interface ScaleResult {
  seed: SeedResult;
  /** Each on a freshly loaded page, so the connection and the catalogue start cold. */
  openToFirstCard: number[];
  /** JS heap in use with the study session open, after a garbage collection. */
  heapBytes: number;
  breakdown: Breakdown;
  ratings: number[];
  today: number[];
  progress: number[];
  exportBackup: ExportResult;
}

/** Most runs asked for; the scale page stops repeating a measurement after 20 s (at least one run). */
export const RUNS = { openToFirstCard: 10, breakdown: 5, ratings: 200, today: 10, progress: 5 };

/** A step that has not finished in this time is stuck: fail the bench rather than hang it. */
const STEP_TIMEOUT_MS = 300_000;

/** Calls the scale page's API, with a deadline. */
async function call<K extends keyof ScaleApi>(page: Page, name: K, arg?: number): Promise<Awaited<ReturnType<ScaleApi[K]>>> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scale bench: ${name} did not finish in ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  try {
    const work = page.evaluate(([n, a]) => (window.faultlinesBench[n] as (x?: number) => Promise<unknown>)(a), [name, arg] as const);
    return (await Promise.race([work, deadline])) as Awaited<ReturnType<ScaleApi[K]>>;
  } finally {
    clearTimeout(timer);
  }
}

async function heapInUse(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export async function measureScale(url: string, log: (line: string) => void): Promise<ScaleResult> {
  const profile = await launchProfile();
  try {
    const page = await profile.context.newPage();
    page.on('console', (m) => { if (m.type() === 'log') log(`  ${m.text()}`); });
    await page.goto(url);
    log('scale: seeding 10,000 cards and 1,000,000 review-log rows…');
    const seed = await call(page, 'seed');

    log('scale: open → first card…');
    const openToFirstCard: number[] = [];
    for (let i = 0; i < RUNS.openToFirstCard; i++) {
      await page.reload();
      openToFirstCard.push(await call(page, 'openToFirstCard'));
    }
    const heapBytes = await heapInUse(page);
    log('scale: breakdown, Today, Progress, ratings…');
    const breakdown = await call(page, 'breakdown', RUNS.breakdown);
    const today = await call(page, 'loadToday', RUNS.today);
    const progress = await call(page, 'loadProgress', RUNS.progress);
    // After the reads, because each rating adds a row.
    const ratings = await call(page, 'commitRatings', RUNS.ratings);
    // Last: a million rows in one file may exhaust the tab, and nothing may come after a crash.
    log('scale: backup export…');
    const exportResult: ExportResult = await call(page, 'exportBackup').catch((error: unknown) => ({ ms: Number.NaN, error: String(error) }));
    return { seed, openToFirstCard, heapBytes, breakdown, ratings, today, progress, exportBackup: exportResult };
  } finally {
    await profile.close();
  }
}
