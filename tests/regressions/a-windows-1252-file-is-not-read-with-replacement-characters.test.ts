// Regression: a CSV saved by Excel or Quizlet on Western Windows (Windows-1252) was read with
// File.text(), which turns every byte that is not UTF-8 into "�": the preview showed "Bak� … G�nc�"
// and the import saved it so. The bytes are now decoded strictly; a file that is not UTF-8 is
// refused as such, and read as Windows-1252 only when the learner asks.
import { expect, it } from 'vitest';
import { importCsv } from '../../src/domain/deck/import-csv';
import { decodeTextFile, decodeWindows1252 } from '../../src/domain/deck/text-file';

const bytes = Buffer.from('term,definition\r\nCapital,Bakü\r\nSecond city,Gänçä\r\n', 'latin1');

it('never reads a Windows-1252 file as UTF-8 with replacement characters', () => {
  expect(decodeTextFile(bytes)).toEqual({ ok: false, problem: 'not-utf8', line: 2 });
});

it('imports the same file, read as Windows-1252, with every letter as written', () => {
  const result = importCsv(decodeWindows1252(bytes), { title: '', fileName: 'export.csv', date: '2026-12-02', idPrefix: 'qzabc' });
  if ('error' in result) throw new Error(result.error);
  expect(result.deck.cards.map((c) => c.answer)).toEqual(['Bakü', 'Gänçä']);
});
