/**
 * The backup file: one versioned JSON document holding every store of the database, signed with a
 * SHA-256 checksum over its canonical form. The list of stores lives in one table
 * (storage/backup-repository.ts); this file describes what an entry of that table says.
 */
import type { Problem } from '../validation';
import type { ShippedIds } from '../trust';

export type { ShippedIds };

export const BACKUP_FORMAT = 'faultlines-backup';
/** Bump when an older app could no longer read the file correctly; it then refuses, never guesses. */
export const BACKUP_VERSION = 1;

export interface BackupFile<Data = BackupData> {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  app: { dbVersion: number };
  /** `sha256:` and 64 hex digits, over `canonicalJson` of the file without this field. */
  checksum: string;
  data: Data;
}

/** The data of a backup, store by store: a list of records, or one value (settings). */
export type BackupData = Record<string, unknown>;

/** One thing wrong with a backup, and where: `data.reviews[41].grade`. */
/** A problem with a backup, by its path in the file (domain/validation.ts). */
export type BackupProblem = Problem;

export const formatProblem = ({ path, message }: BackupProblem): string => (path ? `${path} ${message}` : message);


/** What a record's check knows beyond the record: when the file was made, and what Faultlines ships. */
export interface CheckContext {
  /** The file's own time (its exportedAt): nothing in it happened later. */
  madeAt: number;
  shipped: ShippedIds;
}

/** Checks one record of a store, reporting each problem with its path; `value` is untrusted JSON. */
export type RecordCheck = (value: unknown, path: string, report: (problem: BackupProblem) => void, context: CheckContext) => void;

/**
 * How a merge treats a store: `union` keeps every record of both (this device's wins on the same
 * key); `rebuilt` is recomputed from the merged review log; `keep-here` keeps this device's value.
 */
export type MergeRule = 'union' | 'rebuilt' | 'keep-here';

/** What the store table says about one store. */
export type StoreSpec =
  | {
    shape: 'list';
    /** The field that identifies a record: the store's key path. Two records with one key are refused. */
    key: string;
    check: RecordCheck;
    merge: 'union' | 'rebuilt';
    /** A store added after backups already existed: a file without it restores with none. */
    optional?: boolean;
  }
  | { shape: 'single'; key: string; check: RecordCheck; merge: 'keep-here' };

export type StoreTable = Readonly<Record<string, StoreSpec>>;

/** The file name, with the local date of the export: `faultlines-backup-2026-11-29.json`. */
export function backupFileName(exportedAt: number, timezoneOffsetMinutes: number): string {
  const local = new Date(exportedAt - timezoneOffsetMinutes * 60_000);
  return `${BACKUP_FORMAT}-${local.toISOString().slice(0, 10)}.json`;
}
