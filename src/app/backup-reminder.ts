/**
 * The reminder to back up, for Today. Apart from app/backup.ts so that Today, in the first load,
 * does not carry the code of export, validation and merge.
 */
import { backupReminder, type BackupReminder } from '../domain/backup/reminder';
import type { Services } from './services';

/** Whether Today should remind the learner to back up. */
export async function loadBackupReminder(services: Services): Promise<BackupReminder & { lastBackupAt?: number }> {
  const [settings, ratings] = await Promise.all([services.settings.load(), services.progress.reviewCount()]);
  return { ...backupReminder(settings, ratings), ...(settings.lastBackupAt !== undefined ? { lastBackupAt: settings.lastBackupAt } : {}) };
}

/** "Not now": the reminder waits for another BACKUP_REMINDER_EVERY ratings. */
export async function dismissBackupReminder(services: Services): Promise<void> {
  await services.settings.save({ ratingsAtReminderDismissal: await services.progress.reviewCount() });
}
