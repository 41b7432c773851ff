import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, useFreshIndexedDb } from './helpers';
import { DB_NAME } from '../../src/storage/schema';
import { openDatabase, settingsRepository, StorageProblem, toStorageProblem } from '../../src/storage';

/** Engine wording a learner must never be shown as the message. */
const RAW = /QuotaExceeded|UnknownError|AbortError|VersionError|SecurityError|InvalidStateError|TypeError|requested version|Cannot read|transaction/;

const events = { onBlocked: () => undefined, onVersionChange: () => undefined };

describe('sorting storage failures into plain problems', () => {
  const cases: [string, unknown, 'open' | 'use', StorageProblem['kind']][] = [
    ['a write refused for quota, with Chromium\'s empty message', new DOMException('', 'QuotaExceededError'), 'use', 'quota'],
    ['Chromium\'s full disk, reported as UnknownError', new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'UnknownError'), 'open', 'quota'],
    ['an abort that names the quota', new DOMException('The transaction was aborted: quota exceeded.', 'AbortError'), 'use', 'quota'],
    ['an older app over a newer database', new DOMException('The requested version (4) is less than the existing version (9).', 'VersionError'), 'open', 'newer-version'],
    ['a missing indexedDB', new TypeError("Cannot read properties of undefined (reading 'open')"), 'open', 'unavailable'],
    ['storage blocked for the site', new DOMException('The user denied permission to access the database.', 'UnknownError'), 'open', 'unavailable'],
    ['an opaque origin', new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError'), 'open', 'unavailable'],
    ['Firefox\'s old private mode', new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'), 'open', 'unavailable'],
    ['an aborted open', new DOMException('Version change transaction was aborted in upgradeneeded event handler.', 'AbortError'), 'open', 'unavailable'],
    ['any other failure of a transaction', new DOMException('Internal error committing transaction.', 'UnknownError'), 'use', 'failed'],
  ];
  for (const [what, error, phase, kind] of cases) {
    it(`calls ${what} "${kind}", in words that name no engine error`, () => {
      const problem = toStorageProblem(error, phase);
      expect(problem.kind).toBe(kind);
      expect(problem.message).not.toMatch(RAW);
      expect(problem.message.length).toBeGreaterThan(40);
      // The engine's text is kept, for the "Technical details" disclosure.
      expect(problem.detail).toContain((error as Error).name);
    });
  }

  it('tells a quota problem about the attempt that failed', () => {
    const problem = toStorageProblem(new DOMException('', 'QuotaExceededError'), 'use');
    expect(problem.describe({ notDone: 'this rating could not be saved', retry: 'rate the card again' })).toBe(
      'Your device is out of storage space, so this rating could not be saved. Everything saved before it is safe. '
      + 'Free some space on the device (delete files or apps you no longer need, or clear other websites\' data), then rate the card again. '
      + 'If you can, download a backup from the Library too.',
    );
  });
});

describe('the database, when storage lets it down', () => {
  afterEach(() => useFreshIndexedDb());

  it('turns an engine failure inside a transaction into a StorageProblem', async () => {
    const database = freshDatabase();
    const failure = database.run(async () => { throw new DOMException('', 'QuotaExceededError'); });
    await expect(failure).rejects.toBeInstanceOf(StorageProblem);
    await expect(failure).rejects.toMatchObject({ kind: 'quota', detail: 'QuotaExceededError: (no message)' });
    database.close();
  });

  it('lets an error of our own code pass as it is', async () => {
    const database = freshDatabase();
    const ours = new Error('This backup has no ratings.');
    await expect(database.run(async () => { throw ours; })).rejects.toBe(ours);
    database.close();
  });

  it('says storage is unavailable when the browser has no indexedDB, and opens once it is back', async () => {
    useFreshIndexedDb();
    const factory = globalThis.indexedDB;
    // As some private modes leave it.
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    const database = openDatabase(events);
    const settings = settingsRepository(database);
    await expect(settings.load()).rejects.toMatchObject({ kind: 'unavailable', name: 'StorageProblem' });
    globalThis.indexedDB = factory;
    expect((await settings.load()).newCardsPerDay).toBe(20);
    database.close();
  });

  it('says a newer version saved the progress when the database is ahead of this app, and leaves it alone', async () => {
    useFreshIndexedDb();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 99);
      open.onupgradeneeded = () => { open.result.createObjectStore('future'); };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    });
    const database = openDatabase(events);
    await expect(settingsRepository(database).load()).rejects.toMatchObject({ kind: 'newer-version' });
    const untouched = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    expect(untouched.version).toBe(99);
    expect([...untouched.objectStoreNames]).toEqual(['future']);
    untouched.close();
  });

  it('says so in plain words when the tab was closed for a newer version elsewhere', async () => {
    const database = freshDatabase();
    await database.get();
    const newer = indexedDB.open(DB_NAME, 1000);
    await new Promise<void>((resolve) => { newer.onsuccess = () => resolve(); });
    await expect(settingsRepository(database).load()).rejects.toMatchObject({ kind: 'updated-elsewhere' });
    newer.result.close();
  });
});
