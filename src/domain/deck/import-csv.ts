/**
 * Turns a CSV/TSV file into a deck of the learner's own: "term, definition" as Quizlet exports it,
 * or Anki's plain-text export, with optional columns for distractors, explanation and tags. Every
 * bad line is reported with its number and reason; nothing here stores anything.
 */
import { detectSeparator, parseDelimited, type Separator } from './delimited';
import type { Card, Deck } from './types';
import { MAX_TEXT_LENGTH } from '../validation';
import { distractorProblems, MIN_MCQ_DISTRACTORS } from './distractor-rule';

export interface LineProblem {
  line: number;
  reason: string;
}

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
export const MAX_IMPORT_CARDS = 2000;
export const MAX_FIELD_LENGTH = MAX_TEXT_LENGTH;

export interface CsvImportOptions {
  title: string;
  fileName: string;
  /** ISO date of the import, for the cards' source line. */
  date: string;
  /** A fresh id prefix (2–6 lower-case letters) not used by any deck here; card ids are prefix-0001… */
  idPrefix: string;
}

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
  if (rows.length > MAX_IMPORT_CARDS) return { error: `The file has ${rows.length} cards; at most ${MAX_IMPORT_CARDS} can be imported at once.` };

  const problems: LineProblem[] = [];
  const cards: Card[] = [];
  const seenPrompts = new Map<string, number>();
  for (const row of rows) {
    const get = (c: Column) => row.fields[columns.indexOf(c)]?.trim() ?? '';
    const prompt = get('prompt');
    const answer = get('answer');
    if (row.fields.length < 2) { problems.push({ line: row.line, reason: `only one field; expected a term and a definition separated by ${name(separator)}` }); continue; }
    if (!prompt) { problems.push({ line: row.line, reason: 'the term (first field) is empty' }); continue; }
    if (!answer) { problems.push({ line: row.line, reason: 'the definition (second field) is empty' }); continue; }
    const tooLong = row.fields.findIndex((f) => f.length > MAX_FIELD_LENGTH);
    if (tooLong >= 0) { problems.push({ line: row.line, reason: `field ${tooLong + 1} is longer than ${MAX_FIELD_LENGTH} characters` }); continue; }
    const again = seenPrompts.get(prompt.toLowerCase());
    if (again !== undefined) { problems.push({ line: row.line, reason: `the same term as line ${again}` }); continue; }
    const distractors = get('distractors').split('|').map((d) => d.trim()).filter(Boolean);
    // Three wrong answers or more make an mcq card; fewer, a basic one with options to draw from.
    const kind = distractors.length >= MIN_MCQ_DISTRACTORS ? 'mcq' : 'basic';
    const wrong = distractorProblems(kind, answer, distractors);
    if (wrong.length > 0) {
      const isAnswer = wrong.some((p) => p.problem === 'is-answer');
      problems.push({ line: row.line, reason: isAnswer ? 'a wrong answer is the same as the definition' : 'a wrong answer is repeated' });
      continue;
    }
    seenPrompts.set(prompt.toLowerCase(), row.line);
    const tags = get('tags').toLowerCase().split(/[\s,]+/).map((t) => t.replace(/[^a-z0-9-]/g, '')).filter(Boolean);
    cards.push({
      id: `${options.idPrefix}-${String(cards.length + 1).padStart(4, '0')}`,
      kind,
      prompt,
      answer,
      explanation: get('explanation'),
      source: { type: 'imported', file: options.fileName, date: options.date },
      tags,
      ...(distractors.length ? { distractors } : {}),
    });
  }
  const deck: Deck = {
    id: `custom-${options.idPrefix}`,
    title: options.title.trim() || options.fileName.replace(/\.(csv|tsv|txt)$/i, ''),
    topic: 'custom',
    version: 1,
    intro: `Your own cards, imported from ${options.fileName} on ${options.date}.`,
    talkingPoints: [],
    cards,
  };
  return { deck, separator, hasHeader, problems };
}

const name = (sep: Separator) => (sep === '\t' ? 'a tab' : sep === ',' ? 'a comma' : 'a semicolon');
