/**
 * Opening the database, and keeping it open. Two tabs of different versions meet here: an old tab
 * that blocks an upgrade closes its connection and asks for a reload; a connection the browser drops
 * (iOS does after backgrounding) is reopened on next use.
 */
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type FaultlinesDB } from './schema';

export interface ConnectionEvents {
  /** This tab holds an old version open while a newer tab wants to upgrade: we closed; reload. */
  onVersionChange(): void;
  /** A newer version cannot open until other tabs close. */
  onBlocked(): void;
}

export interface Database {
  /** The open connection, reopened if the browser closed it. */
  get(): Promise<FaultlinesDB>;
  /** Runs `work`, and once more on a fresh connection if the old one had been closed under it. */
  run<T>(work: (db: FaultlinesDB) => Promise<T>): Promise<T>;
  close(): void;
}

export function openDatabase(events: ConnectionEvents, name = DB_NAME): Database {
  let connection: Promise<FaultlinesDB> | undefined;
  let closedForUpgrade = false;

  const open = () => {
    const opening = openDB(name, DB_VERSION, {
      upgrade,
      blocked: () => events.onBlocked(),
      blocking: () => {
        closedForUpgrade = true;
        void opening.then((db) => db.close());
        connection = undefined;
        events.onVersionChange();
      },
      terminated: () => { connection = undefined; },
    });
    opening.catch(() => { connection = undefined; });
    return opening;
  };

  const get = () => {
    if (closedForUpgrade) return Promise.reject(new Error('Faultlines was updated in another tab; reload this one.'));
    connection ??= open();
    return connection;
  };

  return {
    get,
    async run(work) {
      try {
        return await work(await get());
      } catch (error) {
        if (!isClosedConnection(error) || closedForUpgrade) throw error;
        connection = undefined;
        return work(await get());
      }
    },
    close() {
      void connection?.then((db) => db.close());
      connection = undefined;
    },
  };
}

/** The error a transaction throws when its connection was closed by the browser. */
function isClosedConnection(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}
