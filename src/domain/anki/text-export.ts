/**
 * A deck as Anki's text format ("Importing text files", File Headers, Anki 2.1.54+): tab-separated,
 * HTML fields, with headers that preset the note type and deck and name the tags and guid columns.
 * Every note is Anki's "Basic" type (a text file has one); the columns are named after the fields,
 * so a note type with Explanation and Source fields takes those too, and Basic takes Front and Back.
 */
import { ankiDeckName, BASIC_FIELDS, deckNotes, type AnkiNote } from './notes.ts';
import { textToHtml } from './html.ts';
import type { Deck } from '../deck/types.ts';

const COLUMNS = [...BASIC_FIELDS, 'Tags', 'GUID'];
export const TAGS_COLUMN = COLUMNS.indexOf('Tags') + 1;
export const GUID_COLUMN = COLUMNS.indexOf('GUID') + 1;

/**
 * A field Anki's reader (a CSV reader with `#` comments and `"` quotes) reads back unchanged: quoted
 * when it holds a quote or a tab, or starts with the comment sign. textToHtml leaves no line breaks.
 */
function field(html: string): string {
  return /["\t]|^#/.test(html) ? `"${html.replace(/"/g, '""')}"` : html;
}

function row(note: AnkiNote): string {
  // A text file has one note type, so a cloze card goes as a basic note: its gap on the front, the answer on the back.
  const values = [note.front, note.back, note.explanation, note.source].map(textToHtml);
  return [...values, note.tags.join(' '), note.guid].map(field).join('\t');
}

export function ankiText(deck: Deck): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    `#columns:${COLUMNS.join('\t')}`,
    '#notetype:Basic',
    `#deck:${ankiDeckName(deck)}`,
    `#tags column:${TAGS_COLUMN}`,
    `#guid column:${GUID_COLUMN}`,
  ];
  return `${[...headers, ...deckNotes(deck).map(row)].join('\n')}\n`;
}

/** The file name the export is saved as: the deck's id, which is short and safe on every system. */
export const ankiTextFileName = (deck: Deck): string => `faultlines-${deck.id}-anki.txt`;
