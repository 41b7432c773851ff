/**
 * Reading CSV and TSV as Quizlet and Anki export them: the separator is detected (tab, comma or
 * semicolon), fields may be quoted with "" for a literal quote and may span lines. Each row keeps
 * the line number it started on, so problems can be reported by line.
 */

export interface Row {
  line: number;
  fields: string[];
}

export type Separator = '\t' | ',' | ';';

/** The separator that splits the first lines most consistently into two or more fields. */
export function detectSeparator(text: string): Separator {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 10);
  let best: Separator = ',';
  let bestScore = -1;
  for (const sep of ['\t', ',', ';'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const min = Math.min(...counts);
    // Every line should have it; tabs win ties because they rarely occur inside text.
    const score = min > 0 ? min * 10 + (sep === '\t' ? 5 : 0) : -1;
    if (score > bestScore) { best = sep; bestScore = score; }
  }
  return best;
}

function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** Splits text into rows of fields; blank lines are skipped. An unclosed quote is an error. */
export function parseDelimited(text: string, sep: Separator): { rows: Row[]; error?: { line: number; message: string } } {
  const rows: Row[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const body = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') { quoted = true; field = ''; quoteLine = line; }
    else if (ch === sep) { fields.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) return { rows, error: { line: quoteLine, message: 'a quoted field is never closed' } };
  endRow();
  return { rows };
}
