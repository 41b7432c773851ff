import { expect, it } from 'vitest';
import { BACKUP_REMINDER_EVERY, backupReminder } from '../../../src/domain/backup/reminder';
import { backupFileName } from '../../../src/domain/backup/format';
import { summariseBackup } from '../../../src/domain/backup/summary';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';

it('reminds every 200 ratings since the last backup, and "Not now" waits for another 200', () => {
  expect(BACKUP_REMINDER_EVERY).toBe(200);
  expect(backupReminder(DEFAULT_SETTINGS, 199)).toEqual({ due: false, ratingsSinceBackup: 199 });
  expect(backupReminder(DEFAULT_SETTINGS, 200)).toEqual({ due: true, ratingsSinceBackup: 200 });
  const backedUp = { ...DEFAULT_SETTINGS, ratingsAtLastBackup: 300 };
  expect(backupReminder(backedUp, 499).due).toBe(false);
  expect(backupReminder(backedUp, 500).due).toBe(true);
  const dismissed = { ...backedUp, ratingsAtReminderDismissal: 500 };
  expect(backupReminder(dismissed, 699)).toEqual({ due: false, ratingsSinceBackup: 399 });
  expect(backupReminder(dismissed, 700).due).toBe(true);
});

it('counts afresh when the log shrank below the mark (progress reset or replaced)', () => {
  expect(backupReminder({ ...DEFAULT_SETTINGS, ratingsAtLastBackup: 900 }, 250)).toEqual({ due: true, ratingsSinceBackup: 250 });
});

it('names the file with the local date of the export', () => {
  const lateEvening = Date.UTC(2026, 10, 29, 23, 30);
  expect(backupFileName(lateEvening, 0)).toBe('faultlines-backup-2026-11-29.json');
  expect(backupFileName(lateEvening, -120)).toBe('faultlines-backup-2026-11-30.json');
});

it('sums up a backup and compares its newest rating with the newest here', () => {
  const file = { exportedAt: 5, data: { memories: [{}], reviews: [{ time: 10 }, { time: 30 }], quizResults: [] } };
  expect(summariseBackup(file, 20)).toEqual({ exportedAt: 5, reviews: 2, cards: 1, quizResults: 0, importedDecks: 0, classSessions: 0, newestInFile: 30, newestHere: 20, comparison: 'newer' });
  expect(summariseBackup(file, 40).comparison).toBe('older');
  expect(summariseBackup(file, 30).comparison).toBe('same');
  expect(summariseBackup(file, undefined).comparison).toBe('nothing-here');
  expect(summariseBackup({ ...file, data: { ...file.data, reviews: [] } }, 40).comparison).toBe('nothing-in-file');
});
