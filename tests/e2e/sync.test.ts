/**
 * Sync between real browsers: each device is a browser context of its own (its own profile and
 * IndexedDB), rating offline, then syncing through Settings → Sync with a real CouchDB-protocol
 * server (pouchdb-server, started here on a free loopback port and stopped by its PID).
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { canonicalJson } from '../../src/domain/canonical-json';
import { startCouchServer, type CouchServer } from '../../scripts/shared/couch-server';
import { axeViolations, openControlled, rateFront, readProgress, useBrowserAndServer } from './browser';
import { startProxy, type Proxy } from './couch-proxy';

const env = useBrowserAndServer();
const USER = 'learner';
const PASSWORD = 'correct horse battery';

let couch: CouchServer;
let database = '';
let count = 0;
const contexts: BrowserContext[] = [];
const proxies: Proxy[] = [];

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createUser(USER, PASSWORD);
}, 90_000);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await Promise.all(proxies.map((p) => p.close()));
  await couch?.stop();
});
beforeEach(async () => {
  database = `devices-${++count}`;
  await couch.createDatabase(database);
});

interface Device { context: BrowserContext; page: Page }

async function device(): Promise<Device> {
  const context = await env.browser.newContext();
  contexts.push(context);
  return { context, page: await openControlled(context, env.server.url) };
}

/** Rates `n` cards with no network at all, as on a bus. */
async function rateOffline({ context, page }: Device, n: number): Promise<void> {
  await context.setOffline(true);
  await page.goto(`${env.server.url}/study`);
  for (let i = 0; i < n; i++) await rateFront(page, (['3', '4', '1', '2'] as const)[i % 4]!);
  await context.setOffline(false);
}

async function fillSetUp(page: Page, password = PASSWORD, server = couch.url): Promise<void> {
  await page.goto(`${env.server.url}/settings`);
  await page.getByLabel('Server address').fill(server);
  await page.getByLabel('User name').fill(USER);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel(/My own database/).uncheck();
  await page.getByLabel('Database', { exact: true }).fill(database);
  await page.getByRole('button', { name: 'Start syncing' }).click();
}

/** When this device last synced, and whether a sync is running, as the panel shows it. */
async function syncedAt(page: Page): Promise<number> {
  const at = await page.getByTestId('sync-last').getAttribute('data-synced-at');
  return at ? Number(at) : 0;
}

/** Waits for a sync that finishes after `since`, with nothing left running. */
async function waitForSync(page: Page, since: number): Promise<void> {
  await expect.poll(async () => (await page.getByTestId('sync-running').getAttribute('data-running')) === 'false' && (await syncedAt(page)) > since, { timeout: 30_000 }).toBe(true);
}

async function setUp({ page }: Device): Promise<void> {
  await fillSetUp(page);
  await waitForSync(page, 0);
}

async function syncNow({ page }: Device): Promise<void> {
  if (!page.url().endsWith('/settings')) await page.goto(`${env.server.url}/settings`);
  const button = page.getByRole('button', { name: 'Sync now' });
  await expect.poll(() => button.isEnabled()).toBe(true);
  const before = await syncedAt(page);
  await button.click();
  await waitForSync(page, before);
}

/** The review log and the memories, canonically: byte-identical on devices in step. */
async function dump({ page }: Device): Promise<string> {
  return canonicalJson(await readProgress(page));
}

async function todayCounts({ page }: Device): Promise<string[]> {
  await page.goto(env.server.url);
  return Promise.all(['due-total', 'new-total', 'streak'].map((id) => page.getByTestId(id).textContent().then((t) => t ?? '')));
}

async function serverReviewIds(): Promise<string[]> {
  const response = await fetch(`${couch.url}/${database}/_all_docs`);
  const { rows } = await response.json() as { rows: { id: string }[] };
  return rows.map((r) => r.id).filter((id) => id.startsWith('review:'));
}

const reviewIds = (text: string): string[] => (JSON.parse(text) as { reviews: { id: string }[] }).reviews.map((r) => r.id);

it('brings two devices that rated offline into step: the same log, memories and Today', async () => {
  const a = await device();
  const b = await device();
  await rateOffline(a, 3);
  await rateOffline(b, 2);
  await setUp(a);
  await setUp(b);
  await syncNow(a);
  const [dumpA, dumpB] = [await dump(a), await dump(b)];
  expect(reviewIds(dumpA)).toHaveLength(5);
  expect(dumpB).toBe(dumpA);
  expect(await todayCounts(b)).toEqual(await todayCounts(a));
  await a.page.goto(`${env.server.url}/settings`);
  expect(await a.page.getByTestId('sync-waiting').textContent()).toBe('Nothing: the server has everything from here.');
  expect(await axeViolations(a.page)).toEqual([]);
});

it('brings three devices into step, whatever order they sync in', async () => {
  const devices = [await device(), await device(), await device()];
  for (const [i, d] of devices.entries()) await rateOffline(d, 2 + i);
  for (const d of devices) await setUp(d);
  for (const d of [devices[0]!, devices[1]!]) await syncNow(d);
  const dumps = await Promise.all(devices.map(dump));
  expect(reviewIds(dumps[0]!)).toHaveLength(2 + 3 + 4);
  expect(new Set(dumps).size).toBe(1);
  const counts = [];
  for (const d of devices) counts.push(await todayCounts(d));
  expect(counts[1]).toEqual(counts[0]);
  expect(counts[2]).toEqual(counts[0]);
});

it('loses nothing and doubles nothing when the server dies in the middle of a sync', async () => {
  const a = await device();
  const b = await device();
  await rateOffline(a, 3);
  await rateOffline(b, 4);
  await setUp(a);
  const proxy = await startProxy(couch.url);
  proxies.push(proxy);
  let killed = false;
  // The server dies as B sends its ratings, after B has read A's.
  proxy.decide = async (method, path): Promise<'pass'> => {
    if (!killed && method === 'POST' && path.includes('/_bulk_docs')) {
      killed = true;
      await couch.kill();
    }
    return 'pass';
  };
  await fillSetUp(b.page, PASSWORD, proxy.url);
  await expect.poll(() => b.page.getByTestId('sync-error').textContent().catch(() => ''), { timeout: 30_000 })
    .toMatch(/^Could not reach http:\/\/127\.0\.0\.1:\d+: this device may be offline, or the address may be wrong\. Your progress on this device is safe/);
  expect(killed).toBe(true);
  // A's ratings, read before the server died, are kept; so are B's own.
  expect(reviewIds(await dump(b))).toHaveLength(7);

  // Back, in memory and so empty: as a server restored to nothing. The administrator recreates it.
  await couch.restart();
  await couch.createUser(USER, PASSWORD);
  await couch.createDatabase(database);
  await syncNow(b);
  await syncNow(a);
  await syncNow(b);
  const [dumpA, dumpB] = [await dump(a), await dump(b)];
  expect(dumpB).toBe(dumpA);
  expect(new Set(reviewIds(dumpA)).size).toBe(7);
  expect((await serverReviewIds()).sort()).toEqual(reviewIds(dumpA).map((id) => `review:${id}`).sort());
  expect(await b.page.getByTestId('sync-error').count()).toBe(0);
});

it('refuses a wrong password with a clear message, and changes nothing', async () => {
  const a = await device();
  await rateOffline(a, 1);
  const before = await dump(a);
  await fillSetUp(a.page, 'not the password');
  const alert = a.page.getByRole('alert');
  await expect.poll(() => alert.textContent()).toBe('The server refused the user name or password. Nothing was changed.');
  expect(await a.page.getByRole('button', { name: 'Start syncing' }).isVisible()).toBe(true);
  expect(await dump(a)).toBe(before);
  expect(await serverReviewIds()).toEqual([]);
  expect(await axeViolations(a.page)).toEqual([]);
  // Nothing was kept of the attempt: after a reload, sync is still to be set up.
  await a.page.reload();
  await a.page.getByRole('button', { name: 'Start syncing' }).waitFor();
});

it('refuses a malformed document from the server, lists it, and changes nothing else', async () => {
  const a = await device();
  await rateOffline(a, 1);
  await setUp(a);
  const bad = await fetch(`${couch.url}/${database}/review:bad`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ v: 1, cardId: 'act-002', time: Date.now() - 1000, grade: 9, source: 'study' }),
  });
  expect(bad.status).toBe(201);
  const b = await device();
  await setUp(b);
  const refused = b.page.getByTestId('sync-refused');
  await refused.waitFor();
  expect(await refused.getByRole('listitem').allTextContents()).toEqual(['review:bad: grade must be 1–4, found 9']);
  expect(await dump(b)).toBe(await dump(a));
  expect(await axeViolations(b.page)).toEqual([]);
});

it('takes an undo on one device to the other', async () => {
  const a = await device();
  const b = await device();
  await setUp(a);
  await setUp(b);
  await a.page.goto(`${env.server.url}/study?cards=act-001`);
  await rateFront(a.page, '4');
  // Easy: the card leaves the session, which is over, so A syncs by itself; B then has the rating.
  await a.page.getByRole('heading', { name: 'Done for today' }).waitFor();
  await expect.poll(() => serverReviewIds(), { timeout: 30_000 }).toHaveLength(1);
  await syncNow(b);
  expect(reviewIds(await dump(b))).toHaveLength(1);
  await a.page.keyboard.press('u');
  await expect.poll(async () => reviewIds(await dump(a))).toEqual([]);
  await syncNow(a);
  await syncNow(b);
  const after = await dump(b);
  expect(JSON.parse(after)).toEqual({ reviews: [], memories: [] });
  expect(after).toBe(await dump(a));
});
