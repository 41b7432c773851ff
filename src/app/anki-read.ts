/**
 * Reading an Anki package (.apkg): a zip archive holding the collection, an SQLite database —
 * `collection.anki21b` (zstd-compressed, Anki 2.1.50+), else `collection.anki21` or the older
 * `collection.anki2`. Only the collection is unpacked: pictures and sounds are counted, never read.
 * SQLite comes as a factory, so the browser gives sql.js its WebAssembly from our own origin and
 * tests in Node give it the package's. Every way a file can be wrong ends in a sentence for the learner.
 */
import { unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { noteTypesFromModels, type AnkiCollection, type AnkiNoteType, type CollectionFile } from '../domain/anki/collection';
import { isObject } from '../domain/validation';
import { protoFields, protoNumber, protoText } from '../domain/anki/protobuf';

export type ReadApkg = { ok: true; collection: AnkiCollection } | { ok: false; error: string };

/** Newest first: a package from Anki 2.1.50+ also carries a legacy collection.anki2 that only says "please update Anki". */
const COLLECTIONS: readonly CollectionFile[] = ['collection.anki21b', 'collection.anki21', 'collection.anki2'];
/** A collection of a few thousand notes is a few megabytes; beyond this it is not a deck to study here. */
export const MAX_COLLECTION_BYTES = 200_000_000;

const NOT_A_ZIP = 'This is not an Anki package: an .apkg file is a zip archive, and this file is not one.';
const NO_COLLECTION = 'This zip archive holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2), so it is not an Anki deck package.';
const DAMAGED_ZIP = 'The Anki package is damaged: its zip archive cannot be unpacked.';
const DAMAGED_DB = 'The Anki package is damaged: the collection inside it is not a database Anki could read.';
const TOO_LARGE = `The collection in this Anki package is larger than ${MAX_COLLECTION_BYTES / 1_000_000} MB; it is too large to import here.`;

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

export async function readApkg(bytes: Uint8Array, sqlite: () => Promise<SqlJsStatic>): Promise<ReadApkg> {
  if (!isZip(bytes)) return { ok: false, error: NOT_A_ZIP };
  let unpacked: Record<string, Uint8Array>;
  let mediaFiles = 0;
  let tooLarge = false;
  try {
    unpacked = unzipSync(bytes, {
      filter: (f) => {
        // Media are stored as "0", "1", … beside a "media" list: counted, never unpacked.
        if (/^\d+$/.test(f.name)) mediaFiles++;
        const wanted = (COLLECTIONS as readonly string[]).includes(f.name);
        if (wanted && f.originalSize > MAX_COLLECTION_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch {
    return { ok: false, error: DAMAGED_ZIP };
  }
  if (tooLarge) return { ok: false, error: TOO_LARGE };
  const file = COLLECTIONS.find((name) => unpacked[name]);
  if (!file) return { ok: false, error: NO_COLLECTION };
  let data = unpacked[file]!;
  if (file === 'collection.anki21b') {
    try {
      data = decompress(data);
    } catch {
      return { ok: false, error: DAMAGED_DB };
    }
    if (data.length > MAX_COLLECTION_BYTES) return { ok: false, error: TOO_LARGE };
  }
  const SQL = await sqlite();
  let db: Database | undefined;
  try {
    db = new SQL.Database(data);
    return { ok: true, collection: { file, ...readCollection(db), mediaFiles } };
  } catch {
    return { ok: false, error: DAMAGED_DB };
  } finally {
    db?.close();
  }
}

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

const text = (v: SqlValue | undefined): string => (typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : v == null ? '' : String(v));
const blob = (v: SqlValue | undefined): Uint8Array => (v instanceof Uint8Array ? v : new Uint8Array());

function readCollection(db: Database): Omit<AnkiCollection, 'file' | 'mediaFiles'> {
  const tables = new Set(rows(db, "select name from sqlite_master where type = 'table'").map((r) => text(r[0])));
  if (!tables.has('notes') || !tables.has('col')) throw new Error('not an Anki collection');
  const split = tables.has('notetypes');
  const noteTypes = split ? splitNoteTypes(db) : noteTypesFromModels(JSON.parse(text(rows(db, 'select models from col')[0]?.[0]) || '{}'));
  const notes = rows(db, 'select mid, flds, tags from notes order by id').map((r) => ({
    typeId: text(r[0]),
    fields: text(r[1]).split('\u001f'),
    tags: text(r[2]).trim(),
  }));
  return { noteTypes, notes, ...deckName(db, split, tables) };
}

/** Anki 2.1.28+ keeps note types in tables of their own, their settings in protobuf blobs. */
function splitNoteTypes(db: Database): AnkiNoteType[] {
  const fields = new Map<string, string[]>();
  for (const [ntid, name] of rows(db, 'select ntid, name from fields order by ntid, ord')) fields.set(text(ntid), [...(fields.get(text(ntid)) ?? []), text(name)]);
  const questions = new Map<string, string[]>();
  for (const [ntid, config] of rows(db, 'select ntid, config from templates order by ntid, ord')) {
    questions.set(text(ntid), [...(questions.get(text(ntid)) ?? []), protoText(protoFields(blob(config)), 1)]);
  }
  return rows(db, 'select id, name, config from notetypes').map(([id, name, config]) => ({
    id: text(id),
    name: text(name),
    cloze: protoNumber(protoFields(blob(config)), 1) === 1,
    fields: fields.get(text(id)) ?? [],
    questions: questions.get(text(id)) ?? [],
  }));
}

/** The deck that holds most of the cards, by name. */
function deckName(db: Database, split: boolean, tables: Set<string>): { deckName?: string } {
  if (!tables.has('cards')) return {};
  const did = rows(db, 'select did from cards group by did order by count(*) desc limit 1')[0]?.[0];
  if (did === undefined) return {};
  if (split && tables.has('decks')) {
    const name = rows(db, `select name from decks where id = ${Number(did)}`)[0]?.[0];
    return name === undefined ? {} : { deckName: text(name) };
  }
  try {
    const decks: unknown = JSON.parse(text(rows(db, 'select decks from col')[0]?.[0]) || '{}');
    const deck = isObject(decks) ? decks[text(did)] : undefined;
    return isObject(deck) && typeof deck.name === 'string' ? { deckName: deck.name } : {};
  } catch {
    return {};
  }
}
