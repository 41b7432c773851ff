/**
 * The class as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break in double quotes). A cell that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) gets a leading apostrophe: a student's "name" is not a formula
 * (https://owasp.org/www-community/attacks/CSV_Injection). Prepend U+FEFF to the file for Excel to
 * read it as UTF-8.
 */
import type { Quiz } from '../quiz/types.ts';
import type { ClassSummary } from './summary.ts';

const PROMPT_IN_HEADER = 60;

/** One field, guarded and quoted as needed. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One row per student: name, score, out of, then right / wrong / unanswered for each question. */
export function classCsv(summary: ClassSummary, quiz: Quiz): string {
  if (summary.questions !== quiz.questions.length) {
    throw new RangeError(`the summary has ${summary.questions} questions, the quiz ${quiz.questions.length}`);
  }
  const header = quiz.questions.map((q, i) => {
    const prompt = q.prompt.replace(/\s+/g, ' ').trim();
    return `Q${i + 1}: ${prompt.length > PROMPT_IN_HEADER ? `${prompt.slice(0, PROMPT_IN_HEADER - 1)}…` : prompt}`;
  });
  return toCsv([
    ['Name', 'Score', 'Out of', ...header],
    ...summary.perStudent.map((s) => [s.name, s.score, summary.questions, ...s.outcomes]),
  ]);
}
