/**
 * Backup and restore. Export reads every store at one moment and writes the signed file in pieces;
 * import (backup-restore.ts) reads the file as a stream, checks it whole and sums it up against
 * what is here, and only then — when the learner has chosen "replace" or "merge" — reads it again
 * and writes it, in one transaction. A refused file changes nothing.
 */
import { backupFileName } from '../domain/backup/format';
import { portableSettings } from '../domain/backup/settings';
import { createBackupWriter } from '../domain/backup/writer';
import { backupRepository, DB_VERSION, type BackupData } from '../storage';
import type { Services } from './services';

export type { BackupSummary } from '../domain/backup/summary';
export {
  checkBackup, checkBackupFile, restoreBackup, sha256,
  type BackupCheck, type CheckedBackup, type RestoreMode, type RestoreReport,
} from './backup-restore';

export interface BackupCounts {
  reviews: number;
  cards: number;
  quizResults: number;
}

export interface PreparedBackup {
  fileName: string;
  /** The file: JSON, or JSON compressed with gzip when asked for. */
  blob: Blob;
  counts: BackupCounts;
  /** The JSON's size in bytes, before any compression. */
  jsonBytes: number;
}

/** Pieces of the file gathered before they become one part of the Blob: a few megabytes at a time. */
const PART_CHARS = 4_000_000;

/**
 * The backup of everything here, and a note in settings that it was made (the reminder counts from
 * it). The file is written into a Blob a page of records at a time, its checksum computed as it
 * goes (domain/backup/writer.ts): no single string holds the log, however long it is. With
 * `compress`, the file is gzip-compressed (the import recognises it by its first bytes).
 */
export async function exportBackup(services: Services, { compress = false }: { compress?: boolean } = {}): Promise<PreparedBackup> {
  const exportedAt = services.clock.now();
  const parts: Blob[] = [];
  let pieces: string[] = [];
  let chars = 0;
  const flush = () => {
    parts.push(new Blob(pieces));
    pieces = [];
    chars = 0;
  };
  const writer = createBackupWriter({ exportedAt, dbVersion: DB_VERSION }, (piece) => {
    pieces.push(piece);
    chars += piece.length;
    if (chars >= PART_CHARS) flush();
  });
  const counts: BackupCounts = { reviews: 0, cards: 0, quizResults: 0 };
  const counted: Partial<Record<string, keyof BackupCounts>> = { reviews: 'reviews', memories: 'cards', quizResults: 'quizResults' };
  let current: keyof BackupCounts | undefined;
  await backupRepository(services.database).readInPages({
    beginList: (name) => { current = counted[name]; writer.beginList(name); },
    records: (records) => { if (current) counts[current] += records.length; writer.records(records); },
    endList: () => { current = undefined; writer.endList(); },
    single: (name, value) => writer.single(name, name === 'settings' ? portableSettings(value as BackupData['settings']) : value),
  });
  writer.finish();
  flush();
  const json = new Blob(parts, { type: 'application/json' });
  const blob = compress ? await new Response(json.stream().pipeThrough(new CompressionStream('gzip'))).blob() : json;
  await services.settings.save({ lastBackupAt: exportedAt, ratingsAtLastBackup: counts.reviews });
  const fileName = backupFileName(exportedAt, services.clock.timezoneOffset(exportedAt));
  return { fileName: compress ? `${fileName}.gz` : fileName, blob, counts, jsonBytes: json.size };
}

/** What "replace" would delete here: the records of each kind, for the confirmation that names them. */
export interface ReplaceLoss extends BackupCounts {
  importedDecks: number;
  classSessions: number;
}

export async function replaceLoss(services: Services): Promise<ReplaceLoss> {
  const n = await backupRepository(services.database).storeCounts();
  return { reviews: n.reviews ?? 0, cards: n.memories ?? 0, quizResults: n.quizResults ?? 0, importedDecks: n.importedDecks ?? 0, classSessions: n.classSessions ?? 0 };
}

/** When a backup was last made here, for the Backup panel. */
export async function lastBackupTime(services: Services): Promise<number | undefined> {
  return (await services.settings.load()).lastBackupAt;
}
