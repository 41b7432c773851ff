/**
 * Writing a backup file a piece at a time. The file is the same JSON the importer has always read —
 * `format` first, then the version, the export time, the app, the data and, last, the checksum — but
 * the data is written record by record, in canonical form (keys sorted, as the checksum signs it),
 * so each record's text is both a piece of the file and a piece of the signed text: the checksum is
 * computed as the file is written, and no string ever holds the whole log. A reader finds the
 * checksum by name; its place at the end of the file changes nothing for the importer.
 * Pure: the pieces go to `emit`.
 */
import { canonicalJson } from '../canonical-json';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import { createSha256 } from './sha256';

export interface BackupHead {
  exportedAt: number;
  dbVersion: number;
}

export interface BackupWriter {
  /** Starts a list store. Stores must come in the order of their names (the canonical order). */
  beginList(name: string): void;
  /** Records of the list store begun last, in any number of calls. */
  records(records: readonly unknown[]): void;
  endList(): void;
  /** A store that is one value (settings). */
  single(name: string, value: unknown): void;
  /** Ends the file; returns the checksum written at its end. */
  finish(): string;
}

export function createBackupWriter({ exportedAt, dbVersion }: BackupHead, emit: (piece: string) => void): BackupWriter {
  const hash = createSha256();
  const app = canonicalJson({ dbVersion });
  // The signed text is canonicalJson of the file without its checksum: keys app, data, exportedAt, format, version.
  hash.update(`{"app":${app},"data":{`);
  emit(`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"app":${app},"data":{`);
  const both = (piece: string) => { hash.update(piece); emit(piece); };
  let stores = 0;
  let last = '';
  let inList = false;
  let first = true;
  const begin = (name: string) => {
    if (inList) throw new Error(`backup writer: store ${last} is still open`);
    if (name <= last) throw new Error(`backup writer: store ${name} comes after ${last}; stores go in the order of their names`);
    both(`${stores++ > 0 ? ',' : ''}${JSON.stringify(name)}:`);
    last = name;
  };
  return {
    beginList(name) {
      begin(name);
      both('[');
      inList = true;
      first = true;
    },
    records(records) {
      if (!inList) throw new Error('backup writer: records outside a list store');
      // One piece per call: a page of records, not a string per record.
      const texts = records.map((r) => canonicalJson(r));
      if (texts.length === 0) return;
      both(`${first ? '' : ','}${texts.join(',')}`);
      first = false;
    },
    endList() {
      both(']');
      inList = false;
    },
    single(name, value) {
      begin(name);
      both(canonicalJson(value));
    },
    finish() {
      if (inList) throw new Error(`backup writer: store ${last} is still open`);
      emit('}');
      hash.update(`},"exportedAt":${JSON.stringify(exportedAt)},"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION}}`);
      const checksum = `sha256:${hash.hex()}`;
      emit(`,"checksum":${JSON.stringify(checksum)}}\n`);
      return checksum;
    },
  };
}
