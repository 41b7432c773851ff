import { normaliseSettings, type Settings } from '../domain/settings';
import type { Database } from './db';

export interface SettingsRepository {
  load(): Promise<Settings>;
  save(changes: Partial<Settings>): Promise<Settings>;
}

export function settingsRepository({ run }: Database): SettingsRepository {
  return {
    load: () => run(async (db) => normaliseSettings(await db.get('settings', 'app'))),
    save: (changes) =>
      run(async (db) => {
        const tx = db.transaction('settings', 'readwrite');
        const next = normaliseSettings({ ...(await tx.store.get('app')), ...changes });
        await tx.store.put(next, 'app');
        await tx.done;
        return next;
      }),
  };
}
