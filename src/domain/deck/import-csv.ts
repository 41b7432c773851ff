/**
 * Turns a CSV/TSV file into a deck of the learner's own: "term, definition" as Quizlet exports it,
 * or Anki's plain-text export, with optional columns for distractors, explanation and tags. Every
 * bad line is reported with its number and reason; nothing here stores anything.
 */
import { detectSeparator, parseDelimited, type Separator } from './delimited';
import type { Deck } from './types';
import { htmlToText } from '../anki/html';
import { readAnkiHeaders, type AnkiTextHeaders } from '../anki/text-headers';
import { importCards, importedDeck, MAX_IMPORT_CARDS, tooManyCards, type ImportOptions, type ImportRow, type LineProblem } from './import-cards';

export { MAX_FIELD_LENGTH, MAX_IMPORT_CARDS, type LineProblem } from './import-cards';

export interface CsvImport {
  deck: Deck;
  separator: Separator;
  hasHeader: boolean;
  /** Read with the file headers of Anki's text format (#separator, #columns, …). */
  ankiHeaders: boolean;
  problems: LineProblem[];
}

type Column = 'prompt' | 'answer' | 'distractors' | 'explanation' | 'tags';
const HEADER_NAMES: Record<string, Column> = {
  term: 'prompt', front: 'prompt', question: 'prompt', prompt: 'prompt', word: 'prompt',
  definition: 'answer', back: 'answer', answer: 'answer', meaning: 'answer',
  distractors: 'distractors', 'wrong answers': 'distractors', options: 'distractors',
  explanation: 'explanation', notes: 'explanation', note: 'explanation', extra: 'explanation',
  tags: 'tags', tag: 'tags',
};
const POSITIONAL: Column[] = ['prompt', 'answer', 'distractors', 'explanation', 'tags'];

export type CsvImportOptions = ImportOptions;

export function importCsv(text: string, options: CsvImportOptions): CsvImport | { error: string } {
  if (!text.trim()) return { error: 'The file is empty.' };
  if (/\u0000/.test(text)) return { error: 'This is not a text file (it contains binary data).' };
  const anki = readAnkiHeaders(text);
  if ('error' in anki) return anki;
  const separator = anki.separator ?? detectSeparator(anki.body);
  const parsed = parseDelimited(anki.body, separator);
  if (parsed.error) return { error: `Line ${parsed.error.line}: ${parsed.error.message}.` };
  const [first, ...rest] = parsed.rows;
  if (!first) return { error: 'The file has no rows.' };
  const headerColumns = first.fields.map((f) => HEADER_NAMES[f.trim().toLowerCase()]);
  const hasHeader = !anki.found && headerColumns.includes('prompt') && headerColumns.includes('answer');
  const columns: (Column | undefined)[] = anki.found ? ankiColumns(anki, first.fields.length) : hasHeader ? headerColumns : POSITIONAL;
  const rows = hasHeader ? rest : parsed.rows;
  if (rows.length > MAX_IMPORT_CARDS) return { error: tooManyCards(rows.length) };

  const oneField: LineProblem[] = [];
  const candidates: ImportRow[] = [];
  for (const row of rows) {
    const fields = anki.html ? row.fields.map(htmlToText) : row.fields;
    const get = (c: Column) => fields[columns.indexOf(c)]?.trim() ?? '';
    if (row.fields.length < 2) { oneField.push({ line: row.line, reason: `only one field; expected a term and a definition separated by ${name(separator)}` }); continue; }
    candidates.push({
      line: row.line,
      fields,
      prompt: get('prompt'),
      answer: get('answer'),
      distractors: get('distractors').split('|'),
      explanation: get('explanation'),
      tags: get('tags').split(/[\s,]+/).map((t) => t.replace(/::/g, '-')),
    });
  }
  const { cards, problems } = importCards(candidates, options);
  const deck = importedDeck(cards, options, options.fileName.replace(/\.(csv|tsv|txt)$/i, ''));
  return { deck, separator, hasHeader, ankiHeaders: anki.found, problems: [...oneField, ...problems].sort((a, b) => a.line - b.line) };
}

const name = (sep: Separator) => (sep === '\t' ? 'a tab' : sep === ',' ? 'a comma' : 'a semicolon');

/** Columns as Anki's headers name them: by #columns, else in order, leaving out the tags, guid, note type and deck columns. */
function ankiColumns(anki: AnkiTextHeaders, width: number): (Column | undefined)[] {
  const special = (n: number) => anki.metaColumns.has(n) || anki.tagsColumn === n;
  let columns: (Column | undefined)[] = (anki.columns ?? []).map((label, k) => (special(k + 1) ? undefined : HEADER_NAMES[label.trim().toLowerCase()]));
  // Names we do not know (a cloze type's "Text", another language's): the columns in order, as Anki maps them.
  if (!columns.includes('prompt') || !columns.includes('answer')) {
    const free = POSITIONAL.filter((c) => c !== 'tags' || !anki.tagsColumn);
    let next = 0;
    columns = Array.from({ length: Math.max(width, anki.tagsColumn ?? 0) }, (_, k) => (special(k + 1) ? undefined : free[next++]));
  }
  if (anki.tagsColumn) columns[anki.tagsColumn - 1] = 'tags';
  return columns;
}
