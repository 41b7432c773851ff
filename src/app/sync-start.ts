/**
 * Starts automatic sync at launch when it is on, after the first screen has painted: only then is
 * sync's code (a chunk of its own) loaded. When sync is off this costs one key lookup.
 */
import { syncIsOn } from '../storage/sync-flag';
import type { Services } from './services';

export function startSyncIfOn(services: Services): void {
  const later = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  later(() => {
    syncIsOn(services.database).then((on) => {
      if (on) return import('./sync/auto').then((m) => m.startAutoSync(services));
    }).catch(() => undefined);
  });
}
