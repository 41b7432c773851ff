/**
 * The rules every imported card meets, whatever file it came from (a CSV/TSV file, an Anki
 * package): the limits, the bad rows with their reason, the ids and the deck around the cards.
 * Each reader turns its file into rows; this decides which rows become cards. Nothing here stores anything.
 */
import { CLOZE_BLANK, type Card, type Deck } from './types';
import { importedCardId } from '../trust-ids';
import { MAX_TEXT_LENGTH } from '../validation';
import { distractorProblems, MIN_MCQ_DISTRACTORS } from './distractor-rule';

export const MAX_IMPORT_CARDS = 2000;
export const MAX_FIELD_LENGTH = MAX_TEXT_LENGTH;

/** A row that will be skipped: where it is (a line of a CSV file, a note of an Anki package) and why. */
export interface LineProblem {
  line: number;
  reason: string;
}

/** One would-be card as a reader found it. */
export interface ImportRow {
  /** Where the learner finds it: the line of a CSV file, the note of an Anki package (from 1). */
  line: number;
  /** Every field as read, for the length rule. */
  fields: readonly string[];
  prompt: string;
  answer: string;
  distractors?: readonly string[];
  explanation?: string;
  /** Tags as the file has them; each is reduced to lower-case letters, digits and dashes. */
  tags?: readonly string[];
  /** A fill-the-gap card: the prompt shows the gap as CLOZE_BLANK. */
  cloze?: boolean;
}

export interface ImportOptions {
  title: string;
  fileName: string;
  /** ISO date of the import, for the cards' source line. */
  date: string;
  /** A fresh id prefix (2–6 lower-case letters) not used by any deck here; card ids are prefix-0001… */
  idPrefix: string;
}

/** "the same term as line 3" or "… as note 3": how the file numbers its rows. */
export type RowUnit = 'line' | 'note';

/** The cards the rows make, and every row that makes none with its reason. */
export function importCards(rows: readonly ImportRow[], options: ImportOptions, unit: RowUnit = 'line'): { cards: Card[]; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const cards: Card[] = [];
  const seenPrompts = new Map<string, number>();
  for (const row of rows) {
    const prompt = row.prompt.trim();
    const answer = row.answer.trim();
    const skip = (reason: string) => { problems.push({ line: row.line, reason }); };
    if (!prompt) { skip('the term (first field) is empty'); continue; }
    if (!answer) { skip('the definition (second field) is empty'); continue; }
    const tooLong = row.fields.findIndex((f) => f.length > MAX_FIELD_LENGTH);
    if (tooLong >= 0) { skip(`field ${tooLong + 1} is longer than ${MAX_FIELD_LENGTH} characters`); continue; }
    if (row.cloze && !prompt.includes(CLOZE_BLANK)) { skip('the gap to fill is missing'); continue; }
    const again = seenPrompts.get(prompt.toLowerCase());
    if (again !== undefined) { skip(`the same term as ${unit} ${again}`); continue; }
    const distractors = (row.distractors ?? []).map((d) => d.trim()).filter(Boolean);
    // Three wrong answers or more make an mcq card; fewer, a basic one with options to draw from.
    const kind = row.cloze ? 'cloze' : distractors.length >= MIN_MCQ_DISTRACTORS ? 'mcq' : 'basic';
    const wrong = distractorProblems(kind, answer, distractors);
    if (wrong.length > 0) {
      skip(wrong.some((p) => p.problem === 'is-answer') ? 'a wrong answer is the same as the definition' : 'a wrong answer is repeated');
      continue;
    }
    seenPrompts.set(prompt.toLowerCase(), row.line);
    const tags = [...new Set((row.tags ?? []).map((t) => t.toLowerCase().replace(/[^a-z0-9-]/g, '')).filter(Boolean))];
    cards.push({
      id: importedCardId(options.idPrefix, cards.length + 1),
      kind,
      prompt,
      answer,
      explanation: row.explanation?.trim() ?? '',
      source: { type: 'imported', file: options.fileName, date: options.date },
      tags,
      ...(distractors.length ? { distractors } : {}),
    });
  }
  return { cards, problems };
}

/** The message when a file holds more cards than one import takes. */
export const tooManyCards = (count: number): string => `The file has ${count} cards; at most ${MAX_IMPORT_CARDS} can be imported at once.`;

/** The learner's own deck around the imported cards; `title` is the learner's, else `fallbackTitle`. */
export function importedDeck(cards: Card[], options: ImportOptions, fallbackTitle: string): Deck {
  return {
    id: `custom-${options.idPrefix}`,
    title: options.title.trim() || fallbackTitle,
    topic: 'custom',
    version: 1,
    intro: `Your own cards, imported from ${options.fileName} on ${options.date}.`,
    talkingPoints: [],
    cards,
  };
}
