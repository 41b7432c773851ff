/**
 * Backup and restore. Export reads every store at one moment, signs it and names the file; import
 * parses, validates the whole file, summarises it against what is here, and only then — when the
 * learner has chosen "replace" or "merge" — writes, in one transaction. A refused file changes nothing.
 */
import { backupFileName, formatProblem, type BackupFile } from '../domain/backup/format';
import { mergeBackups } from '../domain/backup/merge';
import { rebuildFromLog } from '../domain/backup/rebuild';
import { portableSettings, settingsAfterReplace } from '../domain/backup/settings';
import { summariseBackup, type BackupSummary } from '../domain/backup/summary';
import { validateBackup, type Digest } from '../domain/backup/validate';
import { createBackupWriter } from '../domain/backup/writer';
import { createReplay } from '../domain/scheduler';
import { normaliseSettings } from '../domain/settings';
import { BACKUP_STORES, backupRepository, DB_VERSION, type BackupData } from '../storage';
import type { Services } from './services';

export type { BackupSummary } from '../domain/backup/summary';
export type RestoreMode = 'replace' | 'merge';

/** SHA-256 through Web Crypto, as lower-case hex. */
export const sha256: Digest = async (text) => {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
};

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

const countsOf = (data: BackupData): BackupCounts => ({ reviews: data.reviews.length, cards: data.memories.length, quizResults: data.quizResults.length });

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

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * A backup file's text, decompressed first when it is gzip (recognised by its first bytes, not its
 * name). A compressed file cut short is refused in plain words; nothing is written either way.
 */
export async function readBackupFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; reason: string; problems: string[] }> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return { ok: true, text: await file.text() };
  try {
    return { ok: true, text: await new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text() };
  } catch (error) {
    return {
      ok: false,
      reason: 'This compressed backup is incomplete or damaged: it could not be unpacked to its end, as if cut off while downloading or copying.',
      problems: [`Unpacking stopped with: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

export type BackupCheck =
  | { ok: true; file: BackupFile<BackupData>; summary: BackupSummary }
  | {
    ok: false;
    /** Why the file is refused, in one sentence. */
    reason: string;
    /** Where: each problem with its path. */
    problems: string[];
  };

/** Checks a backup file as chosen (JSON, or gzip-compressed JSON): readBackupFile, then checkBackup. */
export async function checkBackupFile(services: Services, file: Blob): Promise<BackupCheck> {
  const read = await readBackupFile(file);
  return read.ok ? checkBackup(services, read.text) : read;
}

/**
 * Parses and validates a file's text, rebuilds its card memories from its review log (see
 * domain/backup/rebuild.ts), and sums it up against what is here. Writes nothing. The file it
 * returns is the one to restore: its memories are the rebuilt ones.
 */
export async function checkBackup(services: Services, text: string): Promise<BackupCheck> {
  try {
    const parsed = parseJson(text);
    if (!parsed.ok) return parsed;
    const result = await validateBackup<BackupData>(parsed.value, BACKUP_STORES, sha256, { now: services.clock.now(), shipped: services.catalog.shipped });
    if (!result.ok) {
      const more = result.more > 0 ? [`… and ${result.more} more.`] : [];
      return { ok: false, reason: result.reason, problems: [...result.problems.map(formatProblem), ...more] };
    }
    // Replayed as the file's own device rated: with its desired retention (fuzz is seeded, so it replays exactly).
    const options = { desiredRetention: normaliseSettings(result.file.data.settings).desiredRetention, fuzz: services.fuzz };
    const { data, recomputed } = rebuildFromLog(result.file.data, createReplay(options));
    const file = { ...result.file, data };
    const newestHere = await backupRepository(services.database).newestReviewTime();
    return { ok: true, file, summary: { ...summariseBackup(file, newestHere), recomputed: recomputed.length } };
  } catch (error) {
    // The engine's own limits (the call stack, the longest string) are not a learner's words.
    if (error instanceof RangeError) {
      return { ok: false, reason: 'This file could not be checked: it is too large or too deeply nested to be a Faultlines backup.', problems: [] };
    }
    throw error;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string; problems: string[] } {
  // Editors on Windows may add a byte-order mark; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'This file is empty, so it is not a Faultlines backup.', problems: [] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (error instanceof RangeError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const start = body.trimStart();
    if (!start.startsWith('{') && !start.startsWith('[')) {
      return { ok: false, reason: 'This is not a Faultlines backup: it is not JSON.', problems: [`The file begins with ${JSON.stringify(start.slice(0, 30))}${start.length > 30 ? '…' : ''}.`] };
    }
    // A parser stopped at the very end, or an object that never closes, is a file cut short.
    const at = /position (\d+)/.exec(message)?.[1];
    const end = body.trimEnd();
    if (/end of (JSON )?input|unterminated/i.test(message) || (at !== undefined && Number(at) >= end.length) || (start.startsWith('{') && !end.endsWith('}'))) {
      return {
        ok: false,
        reason: 'This backup is incomplete: the file stops before its end, as if cut off while downloading or copying.',
        problems: [`The JSON ends unfinished after ${body.length} characters (${message}).`],
      };
    }
    return { ok: false, reason: 'This file is not valid JSON, so it cannot be a Faultlines backup.', problems: [message] };
  }
}

export interface RestoreReport extends BackupCounts {
  mode: RestoreMode;
  /** For a merge: ratings and quiz results the file added, and the cards whose memory was rebuilt. */
  addedReviews: number;
  addedQuizResults: number;
  rebuiltCards: number;
}

/**
 * Writes a backup checked by checkBackup (its memories rebuilt from its log) in one transaction.
 * "replace" makes this device hold exactly the file (its preferences too); "merge" unites the logs
 * by review id, rebuilds the memory of every card rated on both sides, unites quiz results by id,
 * and keeps this device's settings.
 */
export async function restoreBackup(services: Services, file: BackupFile<BackupData>, mode: RestoreMode): Promise<RestoreReport> {
  let added: Record<string, number> = { reviews: file.data.reviews.length, quizResults: file.data.quizResults.length };
  let rebuiltCards = 0;
  const result = await backupRepository(services.database).rewrite((here) => {
    if (mode === 'replace') {
      const settings = settingsAfterReplace(here.settings, file.data.settings, { exportedAt: file.exportedAt, ratings: file.data.reviews.length });
      return { ...file.data, settings };
    }
    // Replayed with this device's settings, which a merge keeps.
    const options = { desiredRetention: here.settings.desiredRetention, fuzz: services.fuzz };
    const merged = mergeBackups(BACKUP_STORES, here, file.data, createReplay(options));
    added = merged.added;
    rebuiltCards = merged.rebuilt.length;
    return merged.data;
  });
  // The catalogue lists imported decks; a restore may have brought or removed some.
  services.catalog.setImported(result.importedDecks);
  return {
    mode,
    ...countsOf(result),
    addedReviews: added.reviews ?? 0,
    addedQuizResults: added.quizResults ?? 0,
    rebuiltCards,
  };
}

/** When a backup was last made here, for the Backup panel. */
export async function lastBackupTime(services: Services): Promise<number | undefined> {
  return (await services.settings.load()).lastBackupAt;
}
