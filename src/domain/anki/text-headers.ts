/**
 * The file headers of Anki's text format ("Importing text files", File Headers): `#key:value` lines
 * at the top of a file Anki 2.1.54+ exported (or our own export made, text-export.ts), and the old
 * `tags:` first line. Read so that such a file imports here too: the headers are no bad lines, the
 * separator and columns they name are used, and HTML fields become text.
 */
import type { Separator } from '../deck/delimited.ts';

export interface AnkiTextHeaders {
  /** Whether the file has any Anki header. */
  found: boolean;
  /** The text with each header line left blank, so that every other line keeps its number. */
  body: string;
  separator?: Separator;
  html?: boolean;
  /** `#columns:` names, one per column. */
  columns?: string[];
  /** 1-based, as Anki numbers them. */
  tagsColumn?: number;
  /** Columns of guids, note types and decks (1-based): not card text. */
  metaColumns: Set<number>;
}

const SEPARATORS: Record<string, Separator | 'other'> = {
  tab: '\t', '\t': '\t', comma: ',', ',': ',', semicolon: ';', ';': ';', space: 'other', ' ': 'other', pipe: 'other', '|': 'other', colon: 'other', ':': 'other',
};

export function readAnkiHeaders(text: string): AnkiTextHeaders | { error: string } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const result: AnkiTextHeaders = { found: false, body: text, metaColumns: new Set() };
  let i = 0;
  if (lines[0]?.startsWith('tags:')) { result.found = true; i = 1; }
  let columnsLine: string | undefined;
  for (; i < lines.length; i++) {
    const m = /^#([a-z ]+):(.*?)\r?$/i.exec(lines[i]!);
    if (!m) break;
    result.found = true;
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!;
    const column = Number.parseInt(value.trim(), 10);
    if (key === 'separator') {
      const sep = SEPARATORS[value.trim().toLowerCase()] ?? SEPARATORS[value];
      if (sep === 'other') return { error: `This Anki text file separates its fields by "${value.trim()}"; export it again with tabs, commas or semicolons.` };
      if (sep) result.separator = sep;
    } else if (key === 'html') result.html = value.trim().toLowerCase() === 'true';
    else if (key === 'columns') columnsLine = value;
    else if (key === 'tags column' && column > 0) result.tagsColumn = column;
    else if ((key === 'guid column' || key === 'notetype column' || key === 'deck column') && column > 0) result.metaColumns.add(column);
  }
  if (!result.found) return result;
  // The columns line is split by the file's separator, which may come after it.
  if (columnsLine !== undefined) result.columns = columnsLine.split(result.separator ?? '\t');
  result.body = [...lines.slice(0, i).map(() => ''), ...lines.slice(i)].join('\n');
  return result;
}
