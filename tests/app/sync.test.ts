/**
 * Sync against a real CouchDB-protocol server (pouchdb-server, started here on a free loopback
 * port and stopped by its PID), with devices on fake-indexeddb. The browser tests
 * (tests/e2e/sync.test.ts) do the same through the UI in Chromium.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/app/backup';
import { startStudy } from '../../src/app/study';
import { setSyncOptions, setUpSync, stopSyncing, syncNow, syncStatus, type SyncStatus } from '../../src/app/sync/controller';
import { startCouchServer, type CouchServer } from '../../scripts/shared/couch-server';
import { useFreshIndexedDb } from '../storage/helpers';
import { clock, makeDevice, progressDump, rate, startProxy, type Device, type Proxy } from './sync-fixtures';
import { T0, exportText } from './fixtures';

const USER = 'learner';
const PASSWORD = 'correct horse';

let couch: CouchServer;
let proxies: Proxy[] = [];
let devices: Device[] = [];
let dbCount = 0;
let database = '';

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createUser(USER, PASSWORD);
}, 90_000);
afterAll(async () => { await couch?.stop(); });
beforeEach(async () => {
  useFreshIndexedDb();
  clock.time = T0;
  database = `sync-test-${++dbCount}`;
  await couch.createDatabase(database);
  setSyncOptions({});
});
afterEach(async () => {
  devices.forEach((d) => d.database.close());
  devices = [];
  await Promise.all(proxies.map((p) => p.close()));
  proxies = [];
  setSyncOptions({});
});

function device(name: string): Device {
  const d = makeDevice(`${name}-${dbCount}`);
  devices.push(d);
  return d;
}

async function setUp(d: Device, server = couch.url, password = PASSWORD) {
  return setUpSync(d, { server, user: USER, password, database, perUser: false });
}

async function configured(d: Device): Promise<Extract<SyncStatus, { configured: true }>> {
  const status = await syncStatus(d);
  if (!status.configured) throw new Error(`${d.name} is not syncing`);
  return status;
}

async function proxy(): Promise<Proxy> {
  const p = await startProxy(couch.url);
  proxies.push(p);
  return p;
}

/** The documents the server holds, by id. */
async function serverDocs(): Promise<Map<string, Record<string, unknown>>> {
  const response = await fetch(`${couch.url}/${database}/_all_docs?include_docs=true`);
  const body = await response.json() as { rows: { id: string; doc: Record<string, unknown> }[] };
  return new Map(body.rows.map((r) => [r.id, r.doc]));
}

describe('syncing through CouchDB', () => {
  it('brings two devices that rated offline to the same log and memories, byte for byte', async () => {
    const a = device('a');
    const b = device('b');
    await rate(a, 'act-001', 3);
    await rate(b, 'act-001', 1);
    await rate(a, 'act-002', 4);
    await rate(b, 'act-003', 3);
    await rate(a, 'act-001', 3);
    await rate(b, 'act-001', 2);
    expect(await setUp(a)).toEqual({ ok: true });
    expect(await setUp(b)).toEqual({ ok: true });
    // Three ratings; the settings are still the defaults, which nobody chose, so they wait for nothing.
    expect((await configured(a)).waiting).toBe(3);
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    const dumpA = await progressDump(a);
    expect(dumpA).toBe(await progressDump(b));
    expect(JSON.parse(dumpA).reviews).toHaveLength(6);
    for (const d of [a, b]) expect(await configured(d)).toMatchObject({ waiting: 0, lastSyncedAt: clock.time, refused: [] });
    const docs = await serverDocs();
    expect([...docs.keys()].filter((id) => id.startsWith('review:'))).toHaveLength(6);
    // A rating travels without memories: each device rebuilds them.
    expect(Object.keys(docs.get([...docs.keys()].find((id) => id.startsWith('review:'))!)!).sort()).toEqual(['_id', '_rev', 'cardId', 'grade', 'source', 'time', 'v']);
  });

  it('refuses a wrong password with a clear message, and changes nothing', async () => {
    const a = device('a');
    await rate(a, 'act-001', 3);
    const before = await progressDump(a);
    expect(await setUp(a, couch.url, 'wrong')).toEqual({ ok: false, error: 'The server refused the user name or password. Nothing was changed.' });
    expect(await syncStatus(a)).toEqual({ configured: false, running: false });
    expect(await progressDump(a)).toBe(before);
    expect(await serverDocs()).toEqual(new Map());
  });

  it('says so when the database does not exist or the address is no CouchDB', async () => {
    const a = device('a');
    expect(await setUpSync(a, { server: couch.url, user: USER, password: PASSWORD, database: 'no-such-db', perUser: false }))
      .toEqual({ ok: false, error: 'There is no database "no-such-db" on this server. Check its name, or ask whoever runs the server to create it. Nothing was changed.' });
    const p = await proxy();
    p.decide = () => 'garbage';
    expect(await setUp(a, p.url)).toEqual({ ok: false, error: `${new URL(p.url).origin} does not answer like a CouchDB server. Check the address. Nothing was changed.` });
    expect(await setUpSync(a, { server: 'http://example.org', user: USER, password: PASSWORD, database, perUser: false })).toMatchObject({ ok: false, field: 'server' });
  });

  it('resumes an interrupted pull from the last checkpoint: nothing lost, nothing twice', async () => {
    const a = device('a');
    for (let i = 0; i < 25; i++) await rate(a, `act-${String((i % 12) + 1).padStart(3, '0')}`, 3);
    await setUp(a);
    await syncNow(a);
    setSyncOptions({ batchSize: 10 });
    const p = await proxy();
    const b = device('b');
    await setUp(b, p.url);
    let changesRequests = 0;
    p.decide = (_, path) => (path.includes('/_changes') && ++changesRequests === 2 ? 'drop' : 'pass');
    await syncNow(b);
    const cut = await configured(b);
    expect(cut.lastError).toBe(`The connection to ${new URL(p.url).origin} was cut in the middle of an answer. Your progress on this device is safe; the next sync goes on from where this one stopped.`);
    const db = await b.database.get();
    const firstBatch = await db.count('reviews');
    expect(firstBatch).toBeGreaterThan(0);
    expect(firstBatch).toBeLessThan(25);
    p.seen.length = 0;
    await syncNow(b);
    expect((await configured(b)).lastError).toBeUndefined();
    // The next pull starts after the batch already written, not from the beginning.
    expect(p.seen.find((r) => r.includes('/_changes'))).not.toMatch(/since=0&/);
    expect(await db.count('reviews')).toBe(25);
    expect(await progressDump(b)).toBe(await progressDump(a));
  });

  it('leaves local data as it was when the server answers garbage or not at all', async () => {
    const a = device('a');
    await rate(a, 'act-001', 3);
    await setUp(a);
    await syncNow(a);
    const b = device('b');
    await rate(b, 'act-002', 4);
    const p = await proxy();
    await setUp(b, p.url);
    const before = await progressDump(b);
    p.decide = (_, path) => (path.includes('/_changes') ? 'garbage' : 'pass');
    await syncNow(b);
    expect((await configured(b)).lastError).toMatch(/answered with something that is not CouchDB data \(it begins "<html>Welcome to our"\)\. Your progress on this device is safe/);
    expect(await progressDump(b)).toBe(before);
    setSyncOptions({ timeoutMs: 300 });
    p.decide = (_, path) => (path.includes('/_changes') ? 'hang' : 'pass');
    await syncNow(b);
    expect((await configured(b)).lastError).toBe(`${new URL(p.url).origin} did not answer within 1 second. Your progress on this device is safe; the next sync goes on from where this one stopped.`);
    expect(await progressDump(b)).toBe(before);
    setSyncOptions({});
    p.decide = () => 'pass';
    await syncNow(b);
    await syncNow(a);
    expect(await progressDump(b)).toBe(await progressDump(a));
  });

  it('refuses a malformed document, lists it with its reason, and applies the rest', async () => {
    const a = device('a');
    await rate(a, 'act-001', 3);
    await setUp(a);
    await syncNow(a);
    const bad = await fetch(`${couch.url}/${database}/review:bad`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ v: 1, cardId: 'act-002', time: T0, grade: 9, source: 'study' }),
    });
    expect(bad.status).toBe(201);
    const b = device('b');
    await setUp(b);
    await syncNow(b);
    const status = await configured(b);
    expect(status.refused).toEqual([{ id: 'review:bad', reason: 'grade must be 1–4, found 9' }]);
    expect(status.lastError).toBeUndefined();
    const db = await b.database.get();
    expect((await db.getAll('reviews')).map((r) => r.cardId)).toEqual(['act-001']);
    expect(await db.get('memories', 'act-002')).toBeUndefined();
  });

  it('takes an undo on one device to the other', async () => {
    const a = device('a');
    const b = device('b');
    await rate(a, 'act-001', 3);
    await rate(a, 'act-002', 3);
    await setUp(a);
    await setUp(b);
    await syncNow(a);
    await syncNow(b);
    const study = await startStudy(a, { cardIds: ['act-003', 'act-001'] });
    await study.rate(4);
    clock.time += 60_000;
    await study.rate(1);
    await study.undo(); // the rating of act-001 just made
    study.close();
    await syncNow(a);
    await syncNow(b);
    const dump = JSON.parse(await progressDump(b));
    expect(dump.reviews.map((r: { cardId: string }) => r.cardId).sort()).toEqual(['act-001', 'act-002', 'act-003']);
    expect(await progressDump(b)).toBe(await progressDump(a));
    expect([...(await serverDocs()).keys()].filter((id) => id.startsWith('undo:'))).toHaveLength(1);
  });

  it('sends and takes settings, the latest winning', async () => {
    const a = device('a');
    const b = device('b');
    await setUp(a);
    await setUp(b);
    await a.settings.save({ newCardsPerDay: 7 });
    await syncNow(a);
    clock.time += 60_000;
    await b.settings.save({ theme: 'dark' });
    await syncNow(b);
    await syncNow(a);
    for (const d of [a, b]) expect(await d.settings.load()).toMatchObject({ newCardsPerDay: 7, theme: 'dark' });
  });

  it('sends and reads everything again when the server lost it (a new, empty database)', async () => {
    const a = device('a');
    const b = device('b');
    await rate(a, 'act-001', 3);
    await rate(b, 'act-002', 3);
    await setUp(a);
    await setUp(b);
    await syncNow(a);
    await syncNow(b);
    await rate(a, 'act-003', 4);
    await fetch(`${couch.url}/${database}`, { method: 'DELETE' });
    await couch.createDatabase(database);
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    expect(await progressDump(a)).toBe(await progressDump(b));
    expect([...(await serverDocs()).keys()].filter((id) => id.startsWith('review:'))).toHaveLength(3);
  });

  it('never puts the sync credentials in a backup, and "Stop syncing" forgets them and keeps progress', async () => {
    const a = device('a');
    await rate(a, 'act-001', 3);
    await setUp(a);
    await syncNow(a);
    const backup = { text: await exportText(a) };
    expect(backup.text).not.toContain(PASSWORD);
    expect(Object.keys(JSON.parse(backup.text).data)).not.toContain('sync');
    const before = await progressDump(a);
    await stopSyncing(a);
    expect(await syncStatus(a)).toEqual({ configured: false, running: false });
    const db = await a.database.get();
    expect(await db.count('sync')).toBe(0);
    expect(await progressDump(a)).toBe(before);
  });
});
