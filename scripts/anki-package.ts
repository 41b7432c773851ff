/**
 * A shipped deck as an Anki package (.apkg), made at build time: a zip holding `collection.anki2`,
 * an SQLite database in Anki's schema 11 (rslib/src/storage/schema11.sql), which every Anki since
 * 2.0 and AnkiDroid import, and an empty `media` list. Two note types of our own carry the fields
 * (Front, Back, Explanation, Source; a cloze type with Text, Explanation, Source); one note per card
 * and per sort, its guid the card id (domain/anki/notes.ts), one new card per note in deck order.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { ankiDeckName, BASIC_FIELDS, CLOZE_FIELDS, deckNotes, noteFields } from '../src/domain/anki/notes.ts';
import { htmlToText, textToHtml } from '../src/domain/anki/html.ts';
import type { Deck } from '../src/domain/deck/types.ts';

/** Fixed ids, so that a newer package updates the note types it made before instead of adding copies. */
export const BASIC_MODEL_ID = 1764633600001;
export const CLOZE_MODEL_ID = 1764633600002;

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
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

const CSS = '.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; max-width: 40em; margin: 0 auto; }\n.explanation { color: #444; }\n.source { font-size: 16px; color: #666; }';
const EXTRA = '{{#Explanation}}<p class="explanation">{{Explanation}}</p>{{/Explanation}}{{#Source}}<p class="source">{{Source}}</p>{{/Source}}';

function model(id: number, name: string, cloze: boolean, fields: readonly string[], qfmt: string, afmt: string, deckId: number, mod: number) {
  return {
    id, name, type: cloze ? 1 : 0, mod, usn: -1, sortf: 0, did: deckId,
    flds: fields.map((f, ord) => ({ name: f, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    tmpls: [{ name: cloze ? 'Cloze' : 'Card 1', ord: 0, qfmt, afmt, did: null, bqfmt: '', bafmt: '' }],
    css: CSS, latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}', latexsvg: false, req: [[0, 'any', [0]]], tags: [], vers: [],
  };
}

/** A stable number from a text (FNV-1a), for note ids that do not change from one build to the next. */
function stableNumber(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text, as a number. */
const checksum = (text: string) => parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);

let sqlite: ReturnType<typeof initSqlJs> | undefined;

/** `now` (epoch ms) stamps the notes, so that Anki takes a newer package's notes as updates. */
export async function apkgOf(deck: Deck, deckIndex: number, now: number): Promise<Uint8Array> {
  const SQL = await (sqlite ??= initSqlJs());
  const db = new SQL.Database();
  try {
    const secs = Math.floor(now / 1000);
    const deckId = 1764633600100 + deckIndex;
    db.run(SCHEMA_11);
    const models = {
      [BASIC_MODEL_ID]: model(BASIC_MODEL_ID, 'Faultlines', false, BASIC_FIELDS, '{{Front}}', `{{FrontSide}}<hr id="answer">{{Back}}${EXTRA}`, deckId, secs),
      [CLOZE_MODEL_ID]: model(CLOZE_MODEL_ID, 'Faultlines Cloze', true, CLOZE_FIELDS, '{{cloze:Text}}', `{{cloze:Text}}${EXTRA}`, deckId, secs),
    };
    const common = { newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0], collapsed: false, browserCollapsed: false, extendNew: 0, extendRev: 0 };
    const decks = {
      1: { ...common, id: 1, name: 'Default', desc: '', mod: secs, usn: -1, dyn: 0, conf: 1 },
      [deckId]: { ...common, id: deckId, name: ankiDeckName(deck), desc: deck.intro, mod: secs, usn: -1, dyn: 0, conf: 1 },
    };
    const dconf = {
      1: {
        id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
        new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
        rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
        lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      },
    };
    const conf = { activeDecks: [deckId], curDeck: deckId, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: null, nextPos: 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [secs, now, now, JSON.stringify(conf), JSON.stringify(models), JSON.stringify(decks), JSON.stringify(dconf), '{}']);
    const addNote = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const addCard = db.prepare('insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    deckNotes(deck).forEach((note, position) => {
      const id = 1_500_000_000_000 + stableNumber(note.guid);
      const fields = noteFields(note).map(textToHtml);
      const sortField = htmlToText(fields[0]!);
      addNote.run([id, note.guid, note.type === 'cloze' ? CLOZE_MODEL_ID : BASIC_MODEL_ID, secs, ` ${note.tags.join(' ')} `, fields.join('\u001f'), sortField, checksum(sortField)]);
      addCard.run([id, id, deckId, secs, position + 1]);
    });
    addNote.free();
    addCard.free();
    const collection = db.export();
    return zipSync({ 'collection.anki2': collection, media: strToU8('{}') });
  } finally {
    db.close();
  }
}
