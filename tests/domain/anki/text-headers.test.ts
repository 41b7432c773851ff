import { describe, expect, it } from 'vitest';
import { ankiText } from '../../../src/domain/anki/text-export';
import { importCsv } from '../../../src/domain/deck/import-csv';
import type { Deck } from '../../../src/domain/deck/types';

const options = { title: '', fileName: 'anki-export.txt', date: '2026-12-02', idPrefix: 'txtab' };

function imported(text: string) {
  const r = importCsv(text, options);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe("a text file with Anki's file headers", () => {
  it("reads Anki's own export: the headers are no bad lines, HTML fields become text, the tags column gives tags", () => {
    const r = imported('#separator:tab\n#html:true\n#tags column:3\nCapital of <b>Azerbaijan</b>\tBaku<br>on the Caspian\tgeo::caucasus capitals\nNakhchivan\texclave\t\n');
    expect(r.ankiHeaders).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([
      ['Capital of Azerbaijan', 'Baku\non the Caspian', ['geo-caucasus', 'capitals']],
      ['Nakhchivan', 'exclave', []],
    ]);
  });

  it('counts lines as the file does, headers included', () => {
    const r = imported('#separator:comma\n#html:false\nBaku,capital\norphan\n');
    expect(r.problems).toEqual([{ line: 4, reason: 'only one field; expected a term and a definition separated by a comma' }]);
  });

  it('reads back our own export: term, definition and explanation by their column names, the guid column left out', () => {
    const deck: Deck = {
      id: 'actors', title: 'Actors', topic: 'actors', version: 1, intro: '', talkingPoints: [],
      cards: [{ id: 'act-001', kind: 'basic', prompt: 'Who is "A & B"?', answer: 'Both\nsides', explanation: 'Because.', source: { type: 'article', quote: 'q' }, tags: ['iran'] }],
    };
    const r = imported(ankiText(deck));
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.explanation])).toEqual([['Who is "A & B"?', 'Both\nsides', 'Because.']]);
    expect(r.deck.cards[0]!.tags).toEqual(['faultlines', 'topic-actors', 'kind-basic', 'iran']);
  });

  it('refuses a separator this import does not read, in words', () => {
    expect(importCsv('#separator:Pipe\na|b\n', options)).toEqual({ error: 'This Anki text file separates its fields by "Pipe"; export it again with tabs, commas or semicolons.' });
  });
});
