/**
 * Scale: the app's storage and use cases over 10,000 cards and 1,000,000 review-log rows, in real
 * Chromium IndexedDB on an on-disk profile, through the bench-only scale page (scripts/bench/scale/).
 */
import type { Page } from 'playwright-core';
import { launchProfile } from './browser';
import type { Breakdown, ExportResult, RestoreResult, ScaleApi, SeedResult } from './scale/api';
import { SHAPE } from './scale/shape';

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
  restoreBackup: RestoreResult;
  restoreGzip: RestoreResult;
  /** The review-log rows seeded (SHAPE.reviews unless `--rows` said otherwise). */
  rows: number;
}

/** Most runs asked for; the scale page stops repeating a measurement after 20 s (at least one run). */
export const RUNS = { openToFirstCard: 10, breakdown: 5, ratings: 200, today: 10, progress: 5 };

/**
 * A step that has not finished in this time is stuck: fail the bench rather than hang it. The limit
 * scales with the work — a minute, and a millisecond more per review-log row (17 min at a million)
 * — so a busy machine slows the bench down without failing it (a fixed 300 s failed the seed three
 * times at a million rows on 2026-11-29).
 */
const stepTimeout = (rows: number) => 60_000 + rows;

/** Calls the scale page's API, with a deadline. */
async function call<K extends keyof ScaleApi>(page: Page, name: K, rows: number, arg?: number): Promise<Awaited<ReturnType<ScaleApi[K]>>> {
  let timer: NodeJS.Timeout | undefined;
  const limit = stepTimeout(rows);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scale bench: ${name} did not finish in ${limit / 1000} s`)), limit);
  });
  try {
    const work = page.evaluate(([n, a]) => (window.faultlinesBench[n] as (x?: number) => Promise<unknown>)(a), [name, arg] as const);
    return (await Promise.race([work, deadline])) as Awaited<ReturnType<ScaleApi[K]>>;
  } finally {
    clearTimeout(timer);
  }
}

const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

async function heapInUse(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Runs `work` while sampling the page's JS heap every 100 ms; the largest sample, with the result. */
async function withPeakHeap<T>(page: Page, work: () => Promise<T>): Promise<{ value: T; peakHeapBytes: number }> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sampler = sample();
  try {
    return { value: await work(), peakHeapBytes: peak };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach().catch(() => undefined);
  }
}

export async function measureScale(url: string, log: (line: string) => void, rows: number = SHAPE.reviews): Promise<ScaleResult> {
  const profile = await launchProfile();
  try {
    const page = await profile.context.newPage();
    page.on('console', (m) => { if (m.type() === 'log') log(`  ${m.text()}`); });
    await page.goto(url);
    log(`scale: seeding ${SHAPE.cards.toLocaleString('en')} cards and ${rows.toLocaleString('en')} review-log rows (as version 6), then the app's upgrade…`);
    const seed = await call(page, 'seed', rows, rows);
    log(`scale: seeded in ${(seed.ms / 1000).toFixed(1)} s; upgrade (day summaries) ${(seed.upgradeMs / 1000).toFixed(1)} s`);

    log('scale: open → first card…');
    const openToFirstCard: number[] = [];
    for (let i = 0; i < RUNS.openToFirstCard; i++) {
      await page.reload();
      openToFirstCard.push(await call(page, 'openToFirstCard', rows));
    }
    const heapBytes = await heapInUse(page);
    log('scale: breakdown, Today, Progress, ratings…');
    const breakdown = await call(page, 'breakdown', rows, RUNS.breakdown);
    const today = await call(page, 'loadToday', rows, RUNS.today);
    const progress = await call(page, 'loadProgress', rows, RUNS.progress);
    // After the reads, because each rating adds a row.
    const ratings = await call(page, 'commitRatings', rows, RUNS.ratings);
    // Last: a whole history in one file may exhaust the tab, and nothing may come after a crash.
    log('scale: backup export…');
    const exportResult: ExportResult = await withPeakHeap(page, () => call(page, 'exportBackup', rows))
      .then(({ value, peakHeapBytes }) => ({ ...value, peakHeapBytes }), (error: unknown) => ({ ms: Number.NaN, error: String(error) }));
    if (exportResult.error === undefined) {
      log(`scale: export ${(exportResult.ms / 1000).toFixed(1)} s, ${(exportResult.bytes / 1e6).toFixed(1)} MB (gzip ${(exportResult.gzipMs / 1000).toFixed(1)} s, ${(exportResult.gzipBytes / 1e6).toFixed(1)} MB), peak heap ${mb(exportResult.peakHeapBytes)}`);
    } else log(`scale: export failed: ${exportResult.error}`);
    const restore = async (gzip: boolean): Promise<RestoreResult> => {
      log(`scale: backup restore (replace) of the ${gzip ? 'gzip' : 'plain'} file into a fresh database…`);
      const result: RestoreResult = await withPeakHeap(page, () => call(page, 'restoreBackup', rows, gzip ? 1 : 0))
        .then(({ value, peakHeapBytes }) => ({ ...value, peakHeapBytes }), (error: unknown) => ({ ms: Number.NaN, error: String(error) }));
      log(result.error === undefined
        ? `scale: restore (${gzip ? 'gzip' : 'plain'}, ${((result.bytes ?? 0) / 1e6).toFixed(1)} MB) ${(result.ms / 1000).toFixed(1)} s (check ${((result.checkMs ?? 0) / 1000).toFixed(1)} s, write ${((result.ms - (result.checkMs ?? 0)) / 1000).toFixed(1)} s), ${result.reviews} ratings, peak heap ${mb(result.peakHeapBytes)}`
        : `scale: restore (${gzip ? 'gzip' : 'plain'}) failed: ${result.error}`);
      return result;
    };
    const restoreResult = await restore(false);
    const restoreGzip = await restore(true);
    return { seed, openToFirstCard, heapBytes, breakdown, ratings, today, progress, exportBackup: exportResult, restoreBackup: restoreResult, restoreGzip, rows };
  } finally {
    await profile.close();
  }
}
