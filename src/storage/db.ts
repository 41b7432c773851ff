/**
 * Opening the database, and keeping it open. Two tabs of different versions meet here: an old tab
 * that blocks an upgrade closes its connection and asks for a reload; a connection the browser drops
 * (iOS does after backgrounding) is reopened on next use. Every failure of the engine leaves here as
 * a StorageProblem, with plain words, so no screen ever shows the engine's own message.
 *
 * The rungs that move stored data (migrations.ts) load only when an upgrade needs them. An upgrade
 * callback cannot wait for a module (the transaction would commit meanwhile), so the first open
 * that finds such an upgrade due aborts it, changing nothing, loads the module and opens again.
 */
import { openDB } from 'idb';
import type { OffsetOf } from '../domain/calendar';
import { createStores, DB_NAME, DB_VERSION, upgradeMovesData, type FaultlinesDB } from './schema';
import { isEngineError, StorageProblem, toStorageProblem } from './storage-problem';

export interface ConnectionEvents {
  /** This tab holds an old version open while a newer tab wants to upgrade: we closed; reload. */
  onVersionChange(): void;
  /** A newer version cannot open until other tabs close. */
  onBlocked(): void;
}

export interface Database {
  /** The open connection, reopened if the browser closed it. */
  get(): Promise<FaultlinesDB>;
  /**
   * Runs `work`, and once more on a fresh connection if the old one had been closed under it. A
   * failure of the engine rejects with a StorageProblem; an error of `work`'s own passes unchanged.
   */
  run<T>(work: (db: FaultlinesDB) => Promise<T>): Promise<T>;
  close(): void;
  /** The zone local days are counted in, for the day summaries: the app clock's. */
  offsetOf: OffsetOf;
}

export const systemOffset: OffsetOf = (time) => new Date(time).getTimezoneOffset();

type Migrations = typeof import('./migrations');

export function openDatabase(events: ConnectionEvents, name = DB_NAME, offsetOf: OffsetOf = systemOffset): Database {
  let connection: Promise<FaultlinesDB> | undefined;
  let closedForUpgrade = false;
  let migrations: Migrations | undefined;
  let migrationsWanted = false;

  const open = (): Promise<FaultlinesDB> => {
    let opening: Promise<FaultlinesDB>;
    try {
      // Private modes and blocked storage may leave `indexedDB` undefined, or make open() throw at once.
      if (typeof indexedDB === 'undefined' || !indexedDB) {
        throw new StorageProblem('unavailable', 'IndexedDB is not available in this browser (window.indexedDB is missing).');
      }
      opening = openDB(name, DB_VERSION, {
        upgrade(db, oldVersion, newVersion, tx) {
          // An aborted upgrade rejects the open, which is where it is reported; idb's own promise
          // for the upgrade transaction would otherwise reject with nobody listening.
          tx.done.catch(() => undefined);
          const version = newVersion ?? DB_VERSION;
          if (upgradeMovesData(oldVersion, version) && !migrations) {
            migrationsWanted = true;
            tx.abort();
            return;
          }
          createStores(db, oldVersion, version);
          migrations?.migrateData(tx, oldVersion, version, offsetOf);
        },
        blocked: () => events.onBlocked(),
        blocking: () => {
          closedForUpgrade = true;
          void opening.then((db) => db.close());
          connection = undefined;
          events.onVersionChange();
        },
        terminated: () => { connection = undefined; },
      });
    } catch (error) {
      opening = Promise.reject(error);
    }
    // A failed open is tried afresh next time: the learner may have freed space or left private mode.
    return opening.catch(async (error: unknown) => {
      if (migrationsWanted && !migrations) {
        migrations = await import('./migrations').catch((missing: unknown) => {
          connection = undefined;
          throw new StorageProblem('failed', `The code that upgrades stored data could not be loaded: ${String(missing)}`);
        });
        return open();
      }
      connection = undefined;
      throw toStorageProblem(error, 'open');
    });
  };

  const get = () => {
    if (closedForUpgrade) return Promise.reject(new StorageProblem('updated-elsewhere', 'This connection was closed for a newer version in another tab.'));
    connection ??= open();
    return connection;
  };

  return {
    get,
    offsetOf,
    async run(work) {
      try {
        return await work(await get());
      } catch (error) {
        if (!isClosedConnection(error) || closedForUpgrade) throw asProblem(error);
        connection = undefined;
        try {
          return await work(await get());
        } catch (again) {
          throw asProblem(again);
        }
      }
    },
    close() {
      void connection?.then((db) => db.close(), () => undefined);
      connection = undefined;
    },
  };
}

/** An engine's failure inside a transaction, as a StorageProblem; our own errors pass as they are. */
function asProblem(error: unknown): unknown {
  return isEngineError(error) ? toStorageProblem(error, 'use') : error;
}

/** The error a transaction throws when its connection was closed by the browser. */
function isClosedConnection(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}
