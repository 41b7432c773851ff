import { describe, expect, it } from 'vitest';
import { detectSeparator, parseDelimited } from '../../src/domain/deck/delimited';
import { importCsv } from '../../src/domain/deck/import-csv';
import { freshIdPrefix } from '../../src/domain/deck/namespace';

const options = { title: '', fileName: 'caucasus.csv', date: '2026-11-29', idPrefix: 'qzabc' };
const ok = (text: string) => {
  const r = importCsv(text, options);
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('reading delimited text', () => {
  it('detects tabs, commas and semicolons', () => {
    expect(detectSeparator('a\tb\nc\td')).toBe('\t');
    expect(detectSeparator('a,b\nc,d')).toBe(',');
    expect(detectSeparator('a;b\nc;"d, e"')).toBe(';');
  });

  it('keeps quoted separators, doubled quotes and line breaks inside a field, and line numbers', () => {
    const { rows } = parseDelimited('term,definition\n"Baku, capital","He said ""no""\nand left"\r\nx,y\n', ',');
    expect(rows).toEqual([
      { line: 1, fields: ['term', 'definition'] },
      { line: 2, fields: ['Baku, capital', 'He said "no"\nand left'] },
      { line: 4, fields: ['x', 'y'] },
    ]);
  });

  it('reports an unclosed quote with the line it opened on', () => {
    expect(parseDelimited('a,b\nc,"open\nmore', ',').error).toEqual({ line: 2, message: 'a quoted field is never closed' });
  });
});

describe('importing a CSV deck', () => {
  it('reads Quizlet\'s "term, definition" lines into basic cards with fresh ids', () => {
    const r = ok('Nakhchivan\tAzerbaijani exclave\nSyunik\tArmenian province\n');
    expect(r.hasHeader).toBe(false);
    expect(r.deck).toMatchObject({ id: 'custom-qzabc', title: 'caucasus', topic: 'custom' });
    expect(r.deck.cards.map((c) => [c.id, c.kind, c.prompt, c.answer])).toEqual([
      ['qzabc-0001', 'basic', 'Nakhchivan', 'Azerbaijani exclave'],
      ['qzabc-0002', 'basic', 'Syunik', 'Armenian province'],
    ]);
    expect(r.deck.cards[0]!.source).toEqual({ type: 'imported', file: 'caucasus.csv', date: '2026-11-29' });
  });

  it('uses a header row to find optional columns, and makes cards with three wrong answers multiple choice', () => {
    const r = ok('Explanation,Term,Definition,Distractors,Tags\nWhy,Who leads Iran?,Pezeshkian,Aliyev|Erdoğan|Putin,iran leaders\n');
    expect(r.hasHeader).toBe(true);
    expect(r.deck.cards[0]).toMatchObject({ kind: 'mcq', explanation: 'Why', distractors: ['Aliyev', 'Erdoğan', 'Putin'], tags: ['iran', 'leaders'] });
  });

  it('lists every bad line with its number and reason, and keeps the good ones', () => {
    const r = ok('a,1\nonly-one-field\n,2\nb,\na,again\nc,3,x|y|x\nd,4\n');
    expect(r.problems).toEqual([
      { line: 2, reason: 'only one field; expected a term and a definition separated by a comma' },
      { line: 3, reason: 'the term (first field) is empty' },
      { line: 4, reason: 'the definition (second field) is empty' },
      { line: 5, reason: 'the same term as line 1' },
      { line: 6, reason: 'a wrong answer is repeated' },
    ]);
    expect(r.deck.cards.map((c) => c.prompt)).toEqual(['a', 'd']);
  });

  it('refuses an empty, binary or half-quoted file with a reason', () => {
    expect(importCsv('  \n', options)).toEqual({ error: 'The file is empty.' });
    expect(importCsv('PK\u0003\u0004\u0000\u0000', options)).toEqual({ error: 'This is not a text file (it contains binary data).' });
    expect(importCsv('a,"b\n', options)).toEqual({ error: 'Line 1: a quoted field is never closed.' });
  });

  it('keeps markup as plain text', () => {
    const r = ok('<img src=x onerror=alert(1)>,<script>alert(1)</script>\n');
    expect(r.deck.cards[0]!.answer).toBe('<script>alert(1)</script>');
  });

  it('picks an id prefix no deck uses', () => {
    const seq = [0, 0, 0, 0, 0, 0.99, 0, 0, 0, 0];
    let i = 0;
    expect(freshIdPrefix(() => seq[i++]!, new Set(['aaaaa']))).toBe('zaaaa');
  });
});
