/**
 * The scale page's script: runs the app's own code (src/storage through createServices, startStudy,
 * loadToday, loadProgress, exportBackup) over the seeded collection and times it in the page, where
 * IndexedDB is real.
 */
import { checkBackupFile, exportBackup, restoreBackup } from '../../../src/app/backup';
import { CALENDAR_WEEKS, loadProgress } from '../../../src/app/progress';
import { createServices, type Services } from '../../../src/app/services';
import { planRating } from '../../../src/app/rating-plan';
import { startStudy } from '../../../src/app/study';
import { countStreak, loadToday } from '../../../src/app/today';
import { addDays, dayKey } from '../../../src/domain/calendar';
import { DB_NAME } from '../../../src/storage/schema';
import { DAY } from '../../../src/domain/interval';
import { createScheduler } from '../../../src/domain/scheduler';
import { LEARN_AHEAD_MS, startOfDay } from '../../../src/domain/study-queue';
import { setUpSync, syncNow, syncStatus } from '../../../src/app/sync/controller';
import type { Breakdown, ScaleApi } from './api';
import { seed } from './seed';
import { SHAPE } from './shape';
import { cardId, syntheticCatalog } from './synthetic-catalog';

/**
 * Repeats stop once a measurement has used this much time (after at least one run): at this scale
 * one read of the log can take seconds, and the bench must end in minutes.
 */
const TIME_CAP_MS = 20_000;

const services = (): Services =>
  createServices({ events: { onVersionChange: () => undefined, onBlocked: () => undefined }, catalog: syntheticCatalog(SHAPE) });

/** Resolves once the frame with the latest DOM change has been painted (as src/ui/perf.ts marks it). */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Runs `work` up to `runs` times (fewer if TIME_CAP_MS runs out); the time of each run, and the last result. */
async function repeat<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last: T;
  do {
    const start = performance.now();
    last = await work();
    ms.push(performance.now() - start);
  } while (ms.length < runs && ms.reduce((a, b) => a + b, 0) < TIME_CAP_MS);
  return { ms, last };
}

/** Warm services: the connection is open and the catalogue loaded, as after the first screen. */
let warm: Promise<Services> | undefined;
const warmServices = () => (warm ??= (async () => {
  const s = services();
  await s.database.get();
  await s.catalog.cards();
  return s;
})());

/** The backups exportBackup made, plain and gzip, for restoreBackup. */
let exported: Blob | undefined;
let exportedGzip: Blob | undefined;

/** Held so the heap the bench reads includes the open study session. */
const held: unknown[] = [];

/** The device sync is measured on: empty to begin with, a database of its own, the synthetic cards. */
let syncDevice: Services | undefined;

const api: ScaleApi = {
  async syncSetUp(server, user, password, database) {
    syncDevice = createServices({
      events: { onVersionChange: () => undefined, onBlocked: () => undefined },
      catalog: syntheticCatalog(SHAPE),
      databaseName: 'faultlines-sync-bench',
    });
    const result = await setUpSync(syncDevice, { server, user, password, database, perUser: false });
    if (!result.ok) throw new Error(result.error);
  },

  async syncRun() {
    const s = syncDevice;
    if (!s) throw new Error('sync is not set up');
    const start = performance.now();
    const report = await syncNow(s);
    const ms = performance.now() - start;
    if (!report) {
      const status = await syncStatus(s);
      throw new Error(status.configured ? status.lastError ?? 'sync failed' : 'sync is off');
    }
    const { received, sent, ratingsAdded, bytesSent, bytesReceived } = report;
    return { ms, received, sent, ratingsAdded, bytesSent, bytesReceived, reviews: await s.progress.reviewCount() };
  },

  async seed(rows) {
    const now = Date.now();
    const seeded = await seed(DB_NAME, SHAPE, rows, now, startOfDay(now, new Date(now).getTimezoneOffset()));
    // The app's own open: rung 7 of the schema counts the day summaries from the whole log.
    const s = services();
    const start = performance.now();
    await s.database.get();
    const upgradeMs = performance.now() - start;
    s.database.close();
    return { ...seeded, upgradeMs };
  },

  async openToFirstCard() {
    const start = performance.now();
    const s = services();
    const controller = await startStudy(s);
    const view = controller.view();
    if (view.status !== 'studying' || !view.card) throw new Error(`no card to study: ${view.status} ${view.error ?? ''}`);
    const prompt = document.createElement('p');
    prompt.textContent = view.card.prompt;
    document.body.append(prompt);
    await painted();
    held.push(s, controller);
    return performance.now() - start;
  },

  async breakdown(runs) {
    const s = await warmServices();
    const { progress, clock } = s;
    const now = clock.now();
    const today = startOfDay(now, clock.timezoneOffset(now));
    const steps: Breakdown['steps'] = [];
    const step = async <T>(name: string, work: () => Promise<T>, describe: (result: T) => string) => {
      const { ms, last } = await repeat(runs, work);
      steps.push({ name, detail: describe(last), ms });
      console.log(`${name}: ${ms.map((t) => t.toFixed(1)).join(', ')} ms`);
    };
    // The reads startStudy and loadToday make, each alone, to show which one the time goes to.
    await step('progress.dueBy (the due index)', () => progress.dueBy(now + LEARN_AHEAD_MS), (r) => `${r.length} memories`);
    await step('progress.seenIds (getAllKeys of memories)', () => progress.seenIds(), (r) => `${r.size} ids`);
    await step('progress.reviewsSince(midnight) (today\'s ratings)', () => progress.reviewsSince(today), (r) => `${r.length} rows`);
    await step('catalog.cards (all decks)', () => s.catalog.cards(), (r) => `${r.size} cards`);
    await step('startStudy, warm connection (builds the due queue)', () => startStudy(s), (c) => `front card ${c.view().card?.id}`);
    await step('progress.nextDueAfter', () => progress.nextDueAfter(now), () => 'one cursor step');
    // The reads loadProgress adds.
    await step('progress.all (every memory)', () => progress.all(), (r) => `${r.length} memories`);
    const todayKey = dayKey(now, (t) => clock.timezoneOffset(t));
    await step(`progress.daySummaries(${CALENDAR_WEEKS} weeks) (Progress: calendar and retention)`,
      () => progress.daySummaries(addDays(todayKey, 1 - CALENDAR_WEEKS * 7), todayKey), (r) => `${r.length} day rows`);
    await step('progress.reviewCount (the running total)', () => progress.reviewCount(), (r) => `${r.toLocaleString('en')} ratings`);
    await step('countStreak (progress.streak, as in the app)', () => countStreak(s, dayKey(now, (t) => clock.timezoneOffset(t))), (r) => `streak ${r.streak} days`);
    return { steps };
  },

  async commitRatings(count) {
    const s = await warmServices();
    const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: true });
    const ms: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = cardId((i * 37) % (SHAPE.cards - SHAPE.unseen));
      const plan = planRating(scheduler, { id: s.newId(), cardId: id, time: s.clock.now(), grade: 3, source: 'study' });
      // Timed as the app rates: the memory is read, scheduled and written in one transaction.
      const start = performance.now();
      await s.progress.record(plan);
      ms.push(performance.now() - start);
    }
    return ms;
  },

  async loadToday(runs) {
    const s = await warmServices();
    return (await repeat(runs, () => loadToday(s))).ms;
  },

  async exportBackup() {
    const s = await warmServices();
    const start = performance.now();
    try {
      const plain = await exportBackup(s);
      const ms = performance.now() - start;
      exported = plain.blob;
      const gzipStart = performance.now();
      const packed = await exportBackup(s, { compress: true });
      exportedGzip = packed.blob;
      return { ms, bytes: plain.blob.size, gzipMs: performance.now() - gzipStart, gzipBytes: packed.blob.size };
    } catch (error) {
      return { ms: performance.now() - start, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  },

  async restoreBackup(gzip) {
    const file = gzip ? exportedGzip : exported;
    if (!file) return { ms: 0, error: 'no backup was exported' };
    const s = createServices({
      events: { onVersionChange: () => undefined, onBlocked: () => undefined }, catalog: syntheticCatalog(SHAPE),
      databaseName: gzip ? 'faultlines-restore-bench-gzip' : 'faultlines-restore-bench',
    });
    const start = performance.now();
    try {
      const check = await checkBackupFile(s, file);
      const checkMs = performance.now() - start;
      if (!check.ok) return { ms: performance.now() - start, error: `${check.reason} ${check.problems.slice(0, 2).join(' ')}` };
      const report = await restoreBackup(s, check.file, 'replace');
      const ms = performance.now() - start;
      // The restored log must be the whole log: its running total, as Today reads it.
      const total = await s.progress.reviewCount();
      if (total !== report.reviews) return { ms, checkMs, error: `restored ${report.reviews} ratings but the running total says ${total}` };
      return { ms, checkMs, bytes: file.size, reviews: report.reviews };
    } catch (error) {
      return { ms: performance.now() - start, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    } finally {
      s.database.close();
    }
  },

  async loadProgress(runs) {
    const s = await warmServices();
    return (await repeat(runs, () => loadProgress(s))).ms;
  },
};

window.faultlinesBench = api;
