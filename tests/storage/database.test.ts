import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from './helpers';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';
import { progressRepository, settingsRepository } from '../../src/storage';

describe('the database', () => {
  it('creates every store and index of the current version on a first open', async () => {
    const database = freshDatabase();
    const db = await database.get();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['memories', 'reviews', 'settings']);
    const tx = db.transaction(['memories', 'reviews']);
    expect([...tx.objectStore('memories').indexNames]).toEqual(['by-due']);
    expect([...tx.objectStore('reviews').indexNames].sort()).toEqual(['by-card', 'by-time']);
    database.close();
  });

  it('closes and asks for a reload when a newer version in another tab needs to upgrade', async () => {
    const onVersionChange = vi.fn();
    const database = freshDatabase({ onVersionChange });
    await database.get();
    // Another tab opens a newer version: this connection must get out of its way.
    const newer = indexedDB.open(DB_NAME, DB_VERSION + 1);
    await new Promise<void>((resolve, reject) => { newer.onsuccess = () => resolve(); newer.onerror = () => reject(newer.error); });
    expect(onVersionChange).toHaveBeenCalledOnce();
    await expect(database.get()).rejects.toThrow(/updated in another tab/);
    newer.result.close();
  });

  it('reopens a connection that the browser closed', async () => {
    const database = freshDatabase();
    const repo = progressRepository(database);
    const first = await database.get();
    first.close(); // as iOS does after backgrounding: the next transaction throws InvalidStateError
    expect(await repo.reviewCount()).toBe(0);
    expect(await database.get()).not.toBe(first);
    database.close();
  });

  it('keeps settings, with defaults for what was never saved', async () => {
    const database = freshDatabase();
    const settings = settingsRepository(database);
    expect((await settings.load()).newCardsPerDay).toBe(20);
    await settings.save({ newCardsPerDay: 35 });
    expect(await settings.load()).toMatchObject({ newCardsPerDay: 35, desiredRetention: 0.9 });
    database.close();
  });
});
