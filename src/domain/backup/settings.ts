/**
 * How settings travel in a backup. Most are the learner's preferences and go with their data; a
 * few describe this browser (its storage permission, its backup bookkeeping) and stay with it.
 */
import { normaliseSettings, type Settings } from '../settings';

/** Settings about this device: never exported, and kept through any restore. */
export const DEVICE_SETTINGS = [
  'persistenceRequestedAt', 'lastBackupAt', 'ratingsAtLastBackup', 'ratingsAtReminderDismissal', 'seenDecks',
] as const satisfies readonly (keyof Settings)[];

/** The settings as a backup carries them. */
export function portableSettings(settings: Settings): Settings {
  const portable: Partial<Settings> = { ...settings };
  for (const key of DEVICE_SETTINGS) delete portable[key];
  return portable as Settings;
}

/**
 * The settings after "replace": the file's preferences, this device's own fields, and the backup
 * bookkeeping reset to the file, since what is here now is exactly what that file holds.
 */
export function settingsAfterReplace(here: Settings, file: Settings, backup: { exportedAt: number; ratings: number }): Settings {
  const next: Settings = {
    ...portableSettings(normaliseSettings(file)),
    lastBackupAt: backup.exportedAt,
    ratingsAtLastBackup: backup.ratings,
  };
  if (here.persistenceRequestedAt !== undefined) next.persistenceRequestedAt = here.persistenceRequestedAt;
  // What this device last studied of each deck: what its "What changed" compares with.
  if (here.seenDecks !== undefined) next.seenDecks = here.seenDecks;
  return next;
}
