/**
 * Turns a CSV/TSV file into a deck of the learner's own: "term, definition" as Quizlet exports it,
 * or Anki's plain-text export, with optional columns for distractors, explanation and tags. Every
 * bad line is reported with its number and reason; nothing here stores anything.
 */
import { detectSeparator, parseDelimited, type Separator } from './delimited';
import type { Deck } from './types';
import { importCards, importedDeck, MAX_IMPORT_CARDS, tooManyCards, type ImportOptions, type ImportRow, type LineProblem } from './import-cards';

export { MAX_FIELD_LENGTH, MAX_IMPORT_CARDS, type LineProblem } from './import-cards';

export interface CsvImport {
  deck: Deck;
  separator: Separator;
  hasHeader: boolean;
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
  const separator = detectSeparator(text);
  const parsed = parseDelimited(text, separator);
  if (parsed.error) return { error: `Line ${parsed.error.line}: ${parsed.error.message}.` };
  const [first, ...rest] = parsed.rows;
  if (!first) return { error: 'The file has no rows.' };
  const headerColumns = first.fields.map((f) => HEADER_NAMES[f.trim().toLowerCase()]);
  const hasHeader = headerColumns.includes('prompt') && headerColumns.includes('answer');
  const columns: (Column | undefined)[] = hasHeader ? headerColumns : POSITIONAL;
  const rows = hasHeader ? rest : parsed.rows;
  if (rows.length > MAX_IMPORT_CARDS) return { error: tooManyCards(rows.length) };

  const oneField: LineProblem[] = [];
  const candidates: ImportRow[] = [];
  for (const row of rows) {
    const get = (c: Column) => row.fields[columns.indexOf(c)]?.trim() ?? '';
    if (row.fields.length < 2) { oneField.push({ line: row.line, reason: `only one field; expected a term and a definition separated by ${name(separator)}` }); continue; }
    candidates.push({
      line: row.line,
      fields: row.fields,
      prompt: get('prompt'),
      answer: get('answer'),
      distractors: get('distractors').split('|'),
      explanation: get('explanation'),
      tags: get('tags').split(/[\s,]+/),
    });
  }
  const { cards, problems } = importCards(candidates, options);
  const deck = importedDeck(cards, options, options.fileName.replace(/\.(csv|tsv|txt)$/i, ''));
  return { deck, separator, hasHeader, problems: [...oneField, ...problems].sort((a, b) => a.line - b.line) };
}

const name = (sep: Separator) => (sep === '\t' ? 'a tab' : sep === ',' ? 'a comma' : 'a semicolon');
