/**
 * An Anki collection, as read from a package, turned into a deck of the learner's own by the same
 * rules, limits and preview as a CSV file (domain/deck/import-cards.ts). Basic note types (two
 * fields) and cloze types map to our kinds; any other note type gives basic cards from its first two
 * fields, and the result says so. Fields are HTML: they become inert text. Pictures, sounds and
 * scheduling are left out, and the result says that too.
 */
import { CLOZE_BLANK, type Deck } from '../deck/types.ts';
import { importCards, importedDeck, MAX_IMPORT_CARDS, tooManyCards, type ImportOptions, type ImportRow, type LineProblem } from '../deck/import-cards.ts';
import { isObject } from '../validation.ts';
import { hasMedia, htmlToText } from './html.ts';

export interface AnkiNoteType {
  id: string;
  name: string;
  cloze: boolean;
  fields: string[];
  /** Each card template's question (its front), to tell a reversed card. */
  questions: string[];
}

export interface AnkiNoteRecord {
  typeId: string;
  /** The fields as stored: HTML. */
  fields: string[];
  /** Space-separated, as Anki stores them. */
  tags: string;
}

/** Which file of the package held the collection. */
export type CollectionFile = 'collection.anki21b' | 'collection.anki21' | 'collection.anki2';

export interface AnkiCollection {
  file: CollectionFile;
  noteTypes: AnkiNoteType[];
  /** In the order Anki made them. */
  notes: AnkiNoteRecord[];
  /** The deck most of its cards are in, if the file names one. */
  deckName?: string;
  /** Pictures and sounds the package carries. */
  mediaFiles: number;
}

/** A note type we have no form for: its cards come from its first two fields, and from a field it names an explanation. */
export interface OtherType {
  name: string;
  fields: string[];
  notes: number;
  explanationField?: string;
}

export interface AnkiImport {
  deck: Deck;
  file: CollectionFile;
  /** Notes the file holds. */
  notes: number;
  problems: LineProblem[];
  /** Note types we have no form for, imported as basic cards from their first two fields. */
  otherTypes: OtherType[];
  /** Notes that show a picture or play a sound, which were left out; and the files the package carries. */
  mediaNotes: number;
  mediaFiles: number;
}

/** Note types from the `models` JSON of an older collection (schema 11: `col.models`). */
export function noteTypesFromModels(models: unknown): AnkiNoteType[] {
  if (!isObject(models)) return [];
  return Object.entries(models).flatMap(([id, m]) => {
    if (!isObject(m)) return [];
    const names = (list: unknown, key: string) => (Array.isArray(list) ? list.flatMap((x) => (isObject(x) && typeof x[key] === 'string' ? [x[key]] : [])) : []);
    return [{
      id: String(m.id ?? id),
      name: typeof m.name === 'string' ? m.name : 'unnamed',
      cloze: m.type === 1,
      fields: names(m.flds, 'name'),
      questions: names(m.tmpls, 'qfmt'),
    }];
  });
}

/** The fields a template shows: `{{Front}}`, `{{type:Back}}`, not `{{#Back}}` sections. */
function fieldsShown(template: string): Set<string> {
  return new Set([...template.matchAll(/\{\{\s*([^#^/!{}][^{}]*?)\s*\}\}/g)].map((m) => m[1]!.split(':').pop()!.trim()));
}

/** A basic type (two fields) has a reversed card when a template asks with the second field and does not show the first. */
function isReversible(type: AnkiNoteType): boolean {
  const [first, second] = type.fields;
  return type.questions.some((q) => { const shown = fieldsShown(q); return shown.has(second!) && !shown.has(first!); });
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)\}\}/g;

/** Field names the CSV import also takes for an explanation (its header names), and Anki's cloze "Back Extra". */
const EXPLANATION_FIELD = /^(explanation|extra|back extra|notes?)$/i;

/** One card per cloze number: that number's deletions become the gap, the others show their text. */
function clozeRows(text: string, line: number, base: Omit<ImportRow, 'line' | 'prompt' | 'answer'>): ImportRow[] {
  const deletions = [...text.matchAll(CLOZE)].map((m) => {
    const [shown, ...hint] = m[2]!.split('::');
    return { number: Number(m[1]), text: shown!.trim(), hint: hint.join('::').trim() };
  });
  const numbers = [...new Set(deletions.map((d) => d.number))].sort((a, b) => a - b);
  return numbers.map((n) => {
    let k = 0;
    const prompt = text.replace(CLOZE, () => {
      const d = deletions[k++]!;
      return d.number === n ? `${CLOZE_BLANK}${d.hint ? ` [${d.hint}]` : ''}` : d.text;
    });
    const answer = deletions.filter((d) => d.number === n).map((d) => d.text).join(' … ');
    return { ...base, line, prompt, answer, cloze: true };
  });
}

/** The last part of an Anki deck name ("Geography::Caucasus" is "Caucasus"). */
const lastPart = (name: string) => name.split(/::|\u001f/).pop()!.trim();

export function importAnkiCollection(collection: AnkiCollection, options: ImportOptions): AnkiImport | { error: string } {
  if (collection.notes.length === 0) return { error: 'The Anki package holds no notes.' };
  const types = new Map(collection.noteTypes.map((t) => [t.id, t]));
  const rows: ImportRow[] = [];
  const missingType: LineProblem[] = [];
  const others = new Map<string, OtherType>();
  let mediaNotes = 0;
  collection.notes.forEach((note, i) => {
    const line = i + 1;
    if (note.fields.some(hasMedia)) mediaNotes++;
    const type = types.get(note.typeId);
    if (!type) { missingType.push({ line, reason: 'its note type is missing from the file' }); return; }
    const fields = note.fields.map(htmlToText);
    const tags = note.tags.split(/\s+/).map((t) => t.replace(/::/g, '-'));
    if (type.cloze) {
      const made = clozeRows(fields[0] ?? '', line, { fields, explanation: fields[1] ?? '', tags });
      if (made.length === 0) missingType.push({ line, reason: 'a cloze note without a {{c1::…}} deletion' });
      rows.push(...made);
      return;
    }
    const [prompt = '', answer = ''] = fields;
    const explanationAt = type.fields.findIndex((name, k) => k >= 2 && EXPLANATION_FIELD.test(name.trim()));
    const explanation = explanationAt >= 0 ? fields[explanationAt] ?? '' : '';
    rows.push({ line, fields, prompt, answer, tags, explanation });
    if (type.fields.length === 2) {
      if (isReversible(type)) rows.push({ line, fields, prompt: answer, answer: prompt, tags });
    } else {
      const other = others.get(type.id) ?? { name: type.name, fields: type.fields, notes: 0, ...(explanationAt >= 0 ? { explanationField: type.fields[explanationAt]! } : {}) };
      other.notes++;
      others.set(type.id, other);
    }
  });
  if (rows.length > MAX_IMPORT_CARDS) return { error: tooManyCards(rows.length) };
  const { cards, problems } = importCards(rows, options, 'note');
  // Anki's "Default" deck names nothing; the file's name says more.
  const named = collection.deckName ? lastPart(collection.deckName) : '';
  const fallback = (named && named !== 'Default' ? named : '') || options.fileName.replace(/\.(apkg|colpkg|zip)$/i, '');
  return {
    deck: importedDeck(cards, options, fallback),
    file: collection.file,
    notes: collection.notes.length,
    problems: [...missingType, ...problems].sort((a, b) => a.line - b.line),
    otherTypes: [...others.values()],
    mediaNotes,
    mediaFiles: collection.mediaFiles,
  };
}
