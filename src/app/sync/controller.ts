/**
 * Sync as the app uses it: set up (the server is checked before anything is saved), sync now (one
 * sync at a time; a request during one runs once more after it), stop (the credentials are
 * forgotten, progress stays), and a status that the Settings panel shows and follows.
 */
import { checkDatabaseName, checkServerAddress, checkUser, perUserDatabase, type SyncConfig } from '../../domain/sync/config';
import type { Refusal } from '../../domain/sync/validate';
import { addRefusals } from '../../domain/sync/state';
import { syncRepository } from '../../storage/sync-repository';
import { createListeners } from '../listeners';
import type { Services } from '../services';
import { couchClient, SyncFailure } from './couch';
import { checkServer, runSync, type SyncOptions, type SyncReport } from './engine';

export type SyncStatus =
  | { configured: false; running: false }
  | {
    configured: true;
    server: string;
    database: string;
    user: string;
    perUser: boolean;
    running: boolean;
    lastSyncedAt?: number;
    /** Changes made here that the server does not have yet. */
    waiting: number;
    lastError?: string;
    refused: Refusal[];
  };

export interface SyncForm {
  server: string;
  user: string;
  password: string;
  /** Ignored when `perUser`: the database is then the user's own. */
  database: string;
  perUser: boolean;
}

export type SetUpResult = { ok: true } | { ok: false; error: string; field?: keyof SyncForm };

const changes = createListeners();
/** The sync running on each device's database (the app has one; tests and the bench several), and whether to run again after it. */
const runs = new WeakMap<object, { running: Promise<SyncReport | undefined>; again: boolean }>();
/** Options for tests and the bench: a fetch of their own, other limits. */
let options: SyncOptions = {};

export const subscribeToSync = changes.subscribe;
export function setSyncOptions(next: SyncOptions): void { options = next; }

export async function syncStatus(services: Services): Promise<SyncStatus> {
  const repo = syncRepository(services.database);
  const config = await repo.config();
  if (!config) return { configured: false, running: false };
  const [state, outbox] = await Promise.all([repo.state(), repo.outbox()]);
  return {
    configured: true,
    server: config.server,
    database: config.database,
    user: config.user,
    perUser: config.perUser,
    running: runs.has(services.database),
    ...(state.lastSyncedAt !== undefined ? { lastSyncedAt: state.lastSyncedAt } : {}),
    waiting: outbox.count,
    ...(state.lastError !== undefined ? { lastError: state.lastError } : {}),
    refused: state.refused,
  };
}

/** Checks the form, then the server with these credentials; saves the configuration only if both pass. */
export async function setUpSync(services: Services, form: SyncForm): Promise<SetUpResult> {
  const server = checkServerAddress(form.server);
  if (!server.ok) return { ok: false, error: server.error, field: 'server' };
  const user = checkUser(form.user);
  if (!user.ok) return { ok: false, error: user.error, field: 'user' };
  if (form.password === '') return { ok: false, error: 'Enter your password on the sync server.', field: 'password' };
  const database = form.perUser ? { ok: true as const, value: perUserDatabase(user.value) } : checkDatabaseName(form.database);
  if (!database.ok) return { ok: false, error: database.error, field: 'database' };
  const config: SyncConfig = {
    server: server.value, database: database.value, user: user.value, password: form.password, perUser: form.perUser, device: services.newId(),
  };
  try {
    await checkServer(couchClient(config, options), config);
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
  const repo = syncRepository(services.database);
  await repo.begin(config);
  await repo.stampSettings(services.clock.now(), config.device);
  changes.emit();
  return { ok: true };
}

/**
 * Syncs, unless sync is off. One at a time: asked during a sync, it waits for that one and runs
 * once more, so a change made meanwhile is not left waiting until the next cue.
 */
export function syncNow(services: Services): Promise<SyncReport | undefined> {
  const current = runs.get(services.database);
  if (current) {
    current.again = true;
    return current.running;
  }
  const run = { again: false, running: Promise.resolve<SyncReport | undefined>(undefined) };
  run.running = (async () => {
    let report: SyncReport | undefined;
    do {
      run.again = false;
      report = await syncOnce(services);
    } while (run.again);
    return report;
  })().finally(() => {
    runs.delete(services.database);
    changes.emit();
  });
  runs.set(services.database, run);
  changes.emit();
  return run.running;
}

async function syncOnce(services: Services): Promise<SyncReport | undefined> {
  const repo = syncRepository(services.database);
  const config = await repo.config();
  if (!config) return undefined;
  try {
    const report = await runSync(services, repo, config, options);
    const state = await repo.state();
    await repo.saveState({ lastError: undefined, lastSyncedAt: services.clock.now(), refused: addRefusals(state.refused, report.refused) });
    return report;
  } catch (error) {
    // Sync may have been stopped while this one ran: then there is nothing to record.
    if (await repo.config()) await repo.saveState({ lastError: messageOf(error) });
    if (!(error instanceof SyncFailure)) console.error(error);
    return undefined;
  } finally {
    changes.emit();
  }
}

/** Only stamps settings changed since sync last looked, without going online (see domain/sync/settings.ts). */
export async function stampSettings(services: Services): Promise<void> {
  const repo = syncRepository(services.database);
  const config = await repo.config();
  if (config) await repo.stampSettings(services.clock.now(), config.device);
}

/** Forgets the server and the credentials; everything learnt stays on this device, and the server is not touched. */
export async function stopSyncing(services: Services): Promise<void> {
  await runs.get(services.database)?.running.catch(() => undefined);
  await syncRepository(services.database).forget();
  changes.emit();
}

function messageOf(error: unknown): string {
  if (error instanceof SyncFailure) return error.message;
  return 'Sync stopped on a problem in this app. Your progress on this device is safe; the next sync tries again.';
}
