/**
 * A backup of a 100,000-rating history round-trips byte for byte (issue 18): the history is written
 * into the built app's IndexedDB in bulk transactions (its day summaries counted by the app's own
 * domain code, as the schema upgrade counts them), every store is dumped canonically, a backup is
 * downloaded from the Library, restored with "replace" in a fresh browser profile, and every store
 * is dumped again: the same bytes (settings apart from this device's own bookkeeping).
 */
import { expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadDecks } from '../../scripts/deck-loader';
import { summariseLog } from '../../src/domain/day-summary';
import type { CardMemory, Grade } from '../../src/domain/memory';
import type { ReviewRecord } from '../../src/domain/records';
import { timeOrderedId } from '../../src/domain/review-id';
import { createScheduler } from '../../src/domain/scheduler';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../src/domain/settings';
import { useBrowserAndServer } from './browser';

const env = useBrowserAndServer();
/** 100,000 as the issue asks; FAULTLINES_SCALE_RATINGS sets fewer for a quick look at the test itself. */
const RATINGS = Number(process.env.FAULTLINES_SCALE_RATINGS ?? 100_000);
const DAY = 86_400_000;

/** 100,000 ratings of 300 shipped cards over 400 days, rated through FSRS as study rates them. */
function history(now: number) {
  const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));
  const cardIds = decks.flatMap((d) => d.cards.map((c) => c.id)).slice(0, 300);
  const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: true });
  const memories = new Map<string, CardMemory>();
  const reviews: ReviewRecord[] = [];
  const start = now - 400 * DAY;
  for (let i = 0; i < RATINGS; i++) {
    const cardId = cardIds[i % cardIds.length]!;
    const time = start + Math.floor((i * 399 * DAY) / RATINGS);
    const grade = ([3, 3, 4, 2, 3, 1, 3, 4] as const)[i % 8]! as Grade;
    const before = memories.get(cardId);
    const { after } = scheduler.rate(before, cardId, time, grade);
    memories.set(cardId, after);
    const random = `${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
    reviews.push({ id: timeOrderedId(time, random), cardId, time, grade, source: i % 10 === 0 ? 'quiz' : 'study', after, ...(before ? { before } : {}) });
  }
  const days = [...summariseLog(reviews, [], () => 0).values()];
  return { reviews, memories: [...memories.values()], days };
}

/** Writes records into the app's database, a large transaction at a time (sent as JSON text, which the page parses fast). */
async function seed(page: Page, store: string, records: unknown[]) {
  for (let i = 0; i < records.length; i += 25_000) {
    await page.evaluate(([name, json]) => new Promise<void>((resolve, reject) => {
      const batch = JSON.parse(json) as unknown[];
      const open = indexedDB.open('faultlines');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(name, 'readwrite', { durability: 'relaxed' });
        for (const r of batch) tx.objectStore(name).put(r);
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), [store, JSON.stringify(records.slice(i, i + 25_000))] as const);
  }
}

/**
 * Every store's keys and values as canonical JSON (keys sorted), hashed with SHA-256 in the page,
 * with the records' count per store. Settings leave out what describes this device (its backup
 * bookkeeping), which a restore sets by design.
 */
function dump(page: Page) {
  return page.evaluate(async () => {
    const canonical = (v: unknown): string => {
      if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
      if (typeof v === 'object' && v !== null) {
        const r = v as Record<string, unknown>;
        return `{${Object.keys(r).filter((k) => r[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(r[k])}`).join(',')}}`;
      }
      return JSON.stringify(v) ?? 'null';
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('faultlines');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names);
    const read = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const out: Record<string, { count: number; sha256: string }> = {};
    for (const name of names) {
      const store = tx.objectStore(name);
      let values = await read(store.getAll());
      const keys = await read(store.getAllKeys());
      if (name === 'settings') {
        values = values.map((s: Record<string, unknown>) => {
          const { lastBackupAt: _a, ratingsAtLastBackup: _b, ratingsAtReminderDismissal: _c, persistenceRequestedAt: _d, seenDecks: _e, ...rest } = s;
          return rest;
        });
      }
      const bytes = new TextEncoder().encode(canonical([keys, values]));
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      out[name] = { count: values.length, sha256: Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('') };
    }
    db.close();
    return out;
  });
}

it('round-trips a 100,000-rating history byte for byte: canonical dump, export, restore in a fresh profile, dump again', async () => {
  const started = Date.now();
  const step = (what: string) => console.log(`backup-scale: ${what} at ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const downloads = mkdtempSync(join(tmpdir(), 'faultlines-backup-scale-'));
  try {
    const now = Date.now();
    const { reviews, memories, days } = history(now);
    const source = await env.browser.newContext({ acceptDownloads: true, timezoneId: 'UTC' });
    const page = await source.newPage();
    await page.goto(`${env.server.url}/library`);
    await page.getByRole('button', { name: 'Download a backup' }).waitFor();
    step('history made');
    await seed(page, 'reviews', reviews);
    await seed(page, 'memories', memories);
    await seed(page, 'days', days);
    // Preferences of its own, as a learner who changed one has (settings never saved are not a row).
    await page.evaluate((settings) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('faultlines');
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put(settings, 'app');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), normaliseSettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 25 }));
    await page.reload();
    step('seeded');
    const before = await dump(page);
    step('dumped');
    expect(before.reviews?.count).toBe(RATINGS);
    expect(before.days?.count).toBe(days.length);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    await source.close();
    step('exported');

    const fresh = await env.browser.newContext({ timezoneId: 'UTC' });
    const other = await fresh.newPage();
    await other.goto(`${env.server.url}/library`);
    await other.getByLabel('Restore from a file').setInputFiles(path);
    await other.getByRole('heading', { name: /^In .*faultlines-backup-.*\.json$/ }).waitFor({ timeout: 180_000 });
    step('checked');
    expect(await other.getByTestId('backup-reviews').textContent()).toBe(String(RATINGS));
    // Nothing here would be lost, so "replace" asks nothing.
    await other.getByRole('button', { name: 'Replace everything here' }).click();
    await other.getByText(new RegExp(`^Restored\\. This device now holds the backup: ${RATINGS} ratings`)).waitFor({ timeout: 480_000 });
    step('restored');
    const after = await dump(other);
    expect(after).toEqual(before);
    await fresh.close();
    console.log(`backup-scale: ${RATINGS} ratings round-tripped in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
}, 900_000);
