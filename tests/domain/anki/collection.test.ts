import { describe, expect, it } from 'vitest';
import { importAnkiCollection, noteTypesFromModels, type AnkiCollection } from '../../../src/domain/anki/collection';
import { MAX_IMPORT_CARDS } from '../../../src/domain/deck/import-cards';

const options = { title: '', fileName: 'mine.apkg', date: '2026-12-02', idPrefix: 'ankiy' };
const basic = { id: '1', name: 'Basic', cloze: false, fields: ['Front', 'Back'], questions: ['{{Front}}'] };
const cloze = { id: '2', name: 'Cloze', cloze: true, fields: ['Text', 'Back Extra'], questions: ['{{cloze:Text}}'] };
const typing = { id: '3', name: 'Basic (type in the answer)', cloze: false, fields: ['Front', 'Back'], questions: ['{{Front}}\n\n{{type:Back}}'] };
const collection = (notes: AnkiCollection['notes'], extra: Partial<AnkiCollection> = {}): AnkiCollection =>
  ({ file: 'collection.anki2', noteTypes: [basic, cloze, typing], notes, mediaFiles: 0, ...extra });
const note = (typeId: string, ...fields: string[]) => ({ typeId, fields, tags: '' });

function result(c: AnkiCollection) {
  const r = importAnkiCollection(c, options);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('an Anki collection as a deck of your own', () => {
  it('lists bad notes with their reason, by the rules of the CSV import', () => {
    const r = result(collection([note('1', 'Baku', 'capital'), note('1', 'baku', 'again'), note('9', 'x', 'y'), note('2', 'no deletion here'), note('1', 'long', 'x'.repeat(5000))]));
    expect(r.deck.cards.map((c) => c.prompt)).toEqual(['Baku']);
    expect(r.problems).toEqual([
      { line: 2, reason: 'the same term as note 1' },
      { line: 3, reason: 'its note type is missing from the file' },
      { line: 4, reason: 'a cloze note without a {{c1::…}} deletion' },
      { line: 5, reason: expect.stringMatching(/^field 2 is longer than \d+ characters$/) },
    ]);
  });

  it('gives a cloze number used twice one card with two gaps', () => {
    const r = result(collection([note('2', '{{c1::Baku}} and {{c1::Ganja}} are cities; {{c2::Shusha}} too')]));
    expect(r.deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['_____ and _____ are cities; Shusha too', 'Baku … Ganja'],
      ['Baku and Ganja are cities; _____ too', 'Shusha'],
    ]);
  });

  it('does not take a typing card for a reversed one', () => {
    expect(result(collection([note('3', 'Capital', 'Baku')])).deck.cards).toHaveLength(1);
  });

  it("names the deck after the learner's title, else Anki's deck, else the file", () => {
    expect(result(collection([note('1', 'a', 'b')], { deckName: 'Geo::Caucasus' })).deck.title).toBe('Caucasus');
    expect(result(collection([note('1', 'a', 'b')], { deckName: 'Default' })).deck.title).toBe('mine');
    expect(importAnkiCollection(collection([note('1', 'a', 'b')]), { ...options, title: 'My deck' })).toMatchObject({ deck: { title: 'My deck' } });
  });

  it('refuses an empty collection, and one with more cards than an import takes', () => {
    expect(importAnkiCollection(collection([]), options)).toEqual({ error: 'The Anki package holds no notes.' });
    const many = Array.from({ length: MAX_IMPORT_CARDS + 1 }, (_, i) => note('1', `term ${i}`, 'x'));
    expect(importAnkiCollection(collection(many), options)).toEqual({ error: `The file has ${MAX_IMPORT_CARDS + 1} cards; at most ${MAX_IMPORT_CARDS} can be imported at once.` });
  });

  it('reads note types from the models JSON of an older collection, and skips what is not one', () => {
    expect(noteTypesFromModels({ 5: { id: 5, name: 'Cloze', type: 1, flds: [{ name: 'Text' }, { nope: 1 }], tmpls: [{ qfmt: '{{cloze:Text}}' }] }, 6: 'junk' }))
      .toEqual([{ id: '5', name: 'Cloze', cloze: true, fields: ['Text'], questions: ['{{cloze:Text}}'] }]);
    expect(noteTypesFromModels('not json')).toEqual([]);
  });
});
