/** Persistent storage: asked for once, after the first rating, and reported in Settings. */
import type { Services } from './services';

export interface StorageStatus {
  persisted: boolean | undefined;
  usedBytes: number | undefined;
  quotaBytes: number | undefined;
  requestedAt: number | undefined;
}

let asking: Promise<void> | undefined;

export function requestPersistenceOnce(services: Services): Promise<void> {
  asking ??= (async () => {
    const settings = await services.settings.load();
    if (settings.persistenceRequestedAt !== undefined || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
    await services.settings.save({ persistenceRequestedAt: services.clock.now() });
  })().catch(() => { asking = undefined; });
  return asking;
}

export async function storageStatus(services: Services): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate, settings] = await Promise.all([
    storage?.persisted?.(),
    storage?.estimate?.(),
    services.settings.load(),
  ]);
  return { persisted, usedBytes: estimate?.usage, quotaBytes: estimate?.quota, requestedAt: settings.persistenceRequestedAt };
}
