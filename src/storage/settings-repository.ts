import { normaliseSettings, type Settings } from '../domain/settings';
import type { Database } from './db';

export interface SettingsRepository {
  load(): Promise<Settings>;
  /** The given changes, or those `change` makes of the settings as stored, in one transaction (another tab's write is not lost). */
  save(changes: Partial<Settings> | ((stored: Settings) => Partial<Settings>)): Promise<Settings>;
}

export function settingsRepository({ run }: Database): SettingsRepository {
  return {
    load: () => run(async (db) => normaliseSettings(await db.get('settings', 'app'))),
    save: (changes) =>
      run(async (db) => {
        const tx = db.transaction('settings', 'readwrite');
        const stored = normaliseSettings(await tx.store.get('app'));
        const next = normaliseSettings({ ...stored, ...(typeof changes === 'function' ? changes(stored) : changes) });
        await tx.store.put(next, 'app');
        await tx.done;
        return next;
      }),
  };
}
