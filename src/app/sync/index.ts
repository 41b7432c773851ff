/** Sync's use cases for the screens: what the Settings → Sync panel calls. */
import type { Services } from '../services';
import { startAutoSync, stopAutoSync } from './auto';
import { setUpSync, stopSyncing, syncNow, type SetUpResult, type SyncForm } from './controller';

export { subscribeToSync, syncNow, syncStatus, type SetUpResult, type SyncForm, type SyncStatus } from './controller';
export { startAutoSync } from './auto';

/** Sets sync up and, once the server has accepted the credentials, syncs now and from then on automatically. */
export async function startSyncing(services: Services, form: SyncForm): Promise<SetUpResult> {
  const result = await setUpSync(services, form);
  if (result.ok) startAutoSync(services);
  return result;
}

/** "Stop syncing": automatic sync ends and the credentials are forgotten; progress stays here. */
export async function stopSync(services: Services): Promise<void> {
  stopAutoSync();
  await stopSyncing(services);
}

export const syncAgain = (services: Services) => syncNow(services);
