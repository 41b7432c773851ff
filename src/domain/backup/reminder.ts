/** The gentle reminder to back up: every BACKUP_REMINDER_EVERY ratings since the last backup. */
import type { Settings } from '../settings';

export const BACKUP_REMINDER_EVERY = 200;

export interface BackupReminder {
  due: boolean;
  /** Ratings made since the last backup (all of them, if there never was one). */
  ratingsSinceBackup: number;
}

/** `ratingCount` is the size of the review log now; settings hold its size at the last backup and "Not now". */
export function backupReminder(settings: Settings, ratingCount: number): BackupReminder {
  // A log smaller than at the mark was reset or replaced since: count its ratings afresh.
  const since = (mark = 0) => (ratingCount >= mark ? ratingCount - mark : ratingCount);
  const sinceBackup = since(settings.ratingsAtLastBackup);
  const sinceDismissal = settings.ratingsAtReminderDismissal === undefined ? sinceBackup : since(settings.ratingsAtReminderDismissal);
  return { due: Math.min(sinceBackup, sinceDismissal) >= BACKUP_REMINDER_EVERY, ratingsSinceBackup: sinceBackup };
}
