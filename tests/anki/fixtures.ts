/**
 * Anki packages made at test time with the real tools: the `sqlite3` command writes collections in
 * Anki's schemas (schema 11: `col.models` JSON, as collection.anki2/.anki21; schema 18: note types
 * in tables with protobuf settings, as the zstd-compressed collection.anki21b, compressed by the
 * `zstd` command), fflate zips them. Plus a broken file of each kind. Both are Debian packages that
 * scripts/test.mjs installs when missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const US = '\u001f';
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

interface Type { id: number; name: string; cloze?: boolean; fields: string[]; questions: string[] }
interface Note { type: number; fields: string[]; tags: string; cards: number }

export const DECK_ID = 1700000000001;
export const DECK_NAME = 'Caucasus::Geography';

export const TYPES: Type[] = [
  { id: 1001, name: 'Basic', fields: ['Front', 'Back'], questions: ['{{Front}}'] },
  { id: 1002, name: 'Basic (and reversed card)', fields: ['Front', 'Back'], questions: ['{{Front}}', '{{Back}}'] },
  { id: 1003, name: 'Cloze', cloze: true, fields: ['Text', 'Back Extra'], questions: ['{{cloze:Text}}'] },
  { id: 1004, name: 'Japanese (vocab)', fields: ['Expression', 'Meaning', 'Reading'], questions: ['{{Expression}}'] },
];

/** Basic, reversed and cloze notes, HTML in fields, a note type we do not know, a picture and a sound, and one bad note. */
export const NOTES: Note[] = [
  { type: 1001, fields: ['Capital of <b>Azerbaijan</b>', 'Baku<br>on the Caspian&nbsp;Sea'], tags: 'geo::caucasus capitals', cards: 1 },
  { type: 1002, fields: ['Nakhchivan', 'Azerbaijani exclave'], tags: 'exclaves', cards: 2 },
  { type: 1003, fields: ['The {{c1::Aras}} river marks the border with {{c2::Iran::country}}.', 'Rivers &amp; borders'], tags: '', cards: 2 },
  { type: 1004, fields: ['Zangezur', 'a contested corridor', 'zan-ge-zur'], tags: 'routes', cards: 1 },
  { type: 1001, fields: ['<img src="x" onerror="window.hacked=1">Tabriz<script>window.hacked=2</script>', '<div>City in Iran</div><div>[sound:tabriz.mp3]</div>'], tags: '', cards: 1 },
  { type: 1001, fields: ['A note without a back', ''], tags: '', cards: 1 },
];

function sqlite(path: string, script: string): void {
  execFileSync('sqlite3', [path], { input: script });
}

function inTemp<T>(make: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'anki-fixture-'));
  try { return make(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

const SCHEMA_11 = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null,
  data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
`;

function notesAndCards(notes: readonly Note[]): string {
  return notes.map((n, i) => {
    const nid = 1600000000000 + i;
    const cards = Array.from({ length: n.cards }, (_, ord) =>
      // Some scheduling, which the import must leave out: the first card is a review card due in 10 days.
      `insert into cards values (${nid * 10 + ord}, ${nid}, ${DECK_ID}, ${ord}, 0, 0, ${ord === 0 ? 2 : 0}, ${ord === 0 ? 2 : 0}, ${ord === 0 ? 500 : i}, ${ord === 0 ? 10 : 0}, 2500, 3, 0, 0, 0, 0, 0, '');`);
    return [`insert into notes values (${nid}, ${q(`guid${i}`)}, ${n.type}, 0, 0, ${q(n.tags ? ` ${n.tags} ` : '')}, ${q(n.fields.join(US))}, ${q(n.fields[0]!)}, 0, 0, '');`, ...cards].join('\n');
  }).join('\n');
}

/** A collection in schema 11, as collection.anki2 (and .anki21) hold it. */
export function legacyCollection(notes: readonly Note[] = NOTES, types: readonly Type[] = TYPES): Uint8Array {
  const models = Object.fromEntries(types.map((t) => [String(t.id), {
    id: t.id, name: t.name, type: t.cloze ? 1 : 0, mod: 0, usn: 0, sortf: 0, did: DECK_ID,
    flds: t.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    tmpls: t.questions.map((qfmt, ord) => ({ name: `Card ${ord + 1}`, ord, qfmt, afmt: '{{FrontSide}}<hr id=answer>', did: null, bqfmt: '', bafmt: '' })),
    css: '', latexPre: '', latexPost: '', req: [], tags: [], vers: [],
  }]));
  const decks = { 1: { id: 1, name: 'Default' }, [DECK_ID]: { id: DECK_ID, name: DECK_NAME, desc: '', dyn: 0, conf: 1 } };
  return inTemp((dir) => {
    const path = join(dir, 'collection.anki2');
    sqlite(path, `${SCHEMA_11}
insert into col values (1, 1600000000, 0, 0, 11, 0, 0, 0, '{}', ${q(JSON.stringify(models))}, ${q(JSON.stringify(decks))}, '{}', '{}');
${notesAndCards(notes)}`);
    return new Uint8Array(readFileSync(path));
  });
}

/** A protobuf length-delimited field, as hex. */
function protoString(field: number, text: string): string {
  const bytes = Buffer.from(text);
  if (bytes.length > 127) throw new Error('keep fixture protobuf strings short');
  return Buffer.concat([Buffer.from([(field << 3) | 2, bytes.length]), bytes]).toString('hex');
}

/** A collection in schema 18 (Anki 2.1.50+), as collection.anki21b holds it before compression. */
export function splitCollection(notes: readonly Note[] = NOTES, types: readonly Type[] = TYPES): Uint8Array {
  const typeRows = types.map((t) => {
    // Notetype.Config: kind = 1 (field 1) for cloze, and some css (field 3), as Anki writes it.
    const config = `${t.cloze ? '0801' : ''}${protoString(3, '.card { color: black }')}`;
    const fields = t.fields.map((name, ord) => `insert into fields values (${t.id}, ${ord}, ${q(name)}, X'');`);
    // Template.Config: q_format (field 1), a_format (field 2).
    const templates = t.questions.map((qfmt, ord) => `insert into templates values (${t.id}, ${ord}, 'Card ${ord + 1}', 0, 0, X'${protoString(1, qfmt)}${protoString(2, '{{FrontSide}}')}');`);
    return [`insert into notetypes values (${t.id}, ${q(t.name)}, 0, 0, X'${config}');`, ...fields, ...templates].join('\n');
  }).join('\n');
  return inTemp((dir) => {
    const path = join(dir, 'collection.anki21b');
    sqlite(path, `${SCHEMA_11}
create table fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord)) without rowid;
create table templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null,
  config blob not null, primary key (ntid, ord)) without rowid;
create table notetypes (id integer not null primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null);
create table decks (name text not null primary key, id integer not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
insert into col values (1, 1600000000, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
insert into decks values ('Default', 1, 0, 0, X'', X'');
insert into decks values (${q(DECK_NAME.replace('::', US))}, ${DECK_ID}, 0, 0, X'', X'');
${typeRows}
${notesAndCards(notes)}`);
    execFileSync('zstd', ['-q', '-f', path, '-o', `${path}.zst`]);
    return new Uint8Array(readFileSync(`${path}.zst`));
  });
}

export const zip = (files: Record<string, Uint8Array | string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));

/** The package older Anki versions (and AnkiDroid) export: collection.anki2 and a media list. */
export const legacyApkg = (): Uint8Array => zip({ 'collection.anki2': legacyCollection(), media: JSON.stringify({ 0: 'tabriz.mp3' }), 0: 'ID3 not really a sound' });

/**
 * The package Anki 2.1.50+ exports: collection.anki21b, beside a legacy collection.anki2 whose one
 * note asks the user to update Anki (which an importer must not take for the deck).
 */
export function modernApkg(): Uint8Array {
  const updateNote = [{ type: 1001, fields: ['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', ''], tags: '', cards: 1 }];
  return zip({ 'collection.anki2': legacyCollection(updateNote), 'collection.anki21b': splitCollection(), meta: new Uint8Array([0x08, 0x03]), media: new Uint8Array() });
}

/** A broken file of each kind, with what the learner is told. */
export const BROKEN = {
  notAZip: { bytes: strToU8('term,definition\nBaku,capital\n'), says: 'This is not an Anki package: an .apkg file is a zip archive, and this file is not one.' },
  noCollection: { bytes: zip({ media: '{}', 'deck.csv': 'Baku,capital' }), says: 'This zip archive holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2), so it is not an Anki deck package.' },
  corruptDatabase: {
    bytes: zip({ 'collection.anki2': strToU8(`SQLite format 3\u0000${'garbage '.repeat(200)}`) }),
    says: 'The Anki package is damaged: the collection inside it is not a database Anki could read.',
  },
} as const;
