/**
 * Reading an Anki package into a deck the learner can look over before saving it, as a CSV file is
 * (csv-import.ts). Loaded only when the learner chooses a package: SQLite (sql.js, WebAssembly from
 * our own origin, precached for offline use), the zip and zstd readers are in no other chunk.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { importAnkiCollection, type AnkiCollection, type AnkiImport } from '../domain/anki/collection';
import type { ImportOptions } from '../domain/deck/import-cards';
import { readApkg, type ReadApkg } from './anki-read';

export type { AnkiCollection, AnkiImport } from '../domain/anki/collection';

/** Unpacks and reads the package once; previewAnki may then run again for each deck name typed. */
export const readAnkiPackage = (bytes: Uint8Array): Promise<ReadApkg> => readApkg(bytes, () => initSqlJs({ locateFile: () => wasmUrl }));

/** `options` come from importOptions (csv-import.ts), as for a CSV file. */
export function previewAnki(collection: AnkiCollection, options: ImportOptions): AnkiImport | { error: string } {
  return importAnkiCollection(collection, options);
}
