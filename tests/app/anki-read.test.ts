import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { readApkg } from '../../src/app/anki-read';
import { importAnkiCollection, type AnkiImport } from '../../src/domain/anki/collection';
import { BROKEN, DECK_NAME, legacyApkg, modernApkg, zip, legacyCollection } from '../anki/fixtures';

const options = { title: '', fileName: 'geography.apkg', date: '2026-12-02', idPrefix: 'ankix' };
const sqlite = () => initSqlJs();

async function imported(bytes: Uint8Array): Promise<AnkiImport> {
  const read = await readApkg(bytes, sqlite);
  if (!read.ok) throw new Error(read.error);
  const result = importAnkiCollection(read.collection, options);
  if ('error' in result) throw new Error(result.error);
  return result;
}

const cardsOf = (r: AnkiImport) => r.deck.cards.map((c) => [c.kind, c.prompt, c.answer]);

const EXPECTED = [
  ['basic', 'Capital of Azerbaijan', 'Baku\non the Caspian Sea'],
  ['basic', 'Nakhchivan', 'Azerbaijani exclave'],
  ['basic', 'Azerbaijani exclave', 'Nakhchivan'],
  ['cloze', 'The _____ river marks the border with Iran.', 'Aras'],
  ['cloze', 'The Aras river marks the border with _____ [country].', 'Iran'],
  ['basic', 'Zangezur', 'a contested corridor'],
  ['basic', 'Tabriz', 'City in Iran'],
];

describe('reading an Anki package', () => {
  for (const [name, make, file] of [['an older package (collection.anki2)', legacyApkg, 'collection.anki2'], ['a package of Anki 2.1.50+ (zstd collection.anki21b)', modernApkg, 'collection.anki21b']] as const) {
    it(`reads ${name}: basic, reversed and cloze notes, HTML as text, an unknown note type from its first two fields`, async () => {
      const result = await imported(make());
      expect(result.file).toBe(file);
      expect(cardsOf(result)).toEqual(EXPECTED);
      expect(result.notes).toBe(6);
      expect(result.problems).toEqual([{ line: 6, reason: 'the definition (second field) is empty' }]);
      expect(result.otherTypes).toEqual([{ name: 'Japanese (vocab)', fields: ['Expression', 'Meaning', 'Reading'], notes: 1 }]);
      expect(result.mediaNotes).toBe(1);
      expect(result.deck.title).toBe(DECK_NAME.split('::')[1]);
      expect(result.deck.cards[0]!.tags).toEqual(['geo-caucasus', 'capitals']);
      expect(result.deck.cards[3]!.explanation).toBe('Rivers & borders');
      expect(result.deck.cards.every((c) => c.source.type === 'imported' && c.source.file === 'geography.apkg')).toBe(true);
    });
  }

  it('counts the media files of a package without unpacking them', async () => {
    expect((await imported(legacyApkg())).mediaFiles).toBe(1);
  });

  it('reads collection.anki21 as it reads collection.anki2', async () => {
    const result = await imported(zip({ 'collection.anki21': legacyCollection(), media: '{}' }));
    expect(result.file).toBe('collection.anki21');
    expect(cardsOf(result)).toEqual(EXPECTED);
  });

  for (const [what, broken] of Object.entries(BROKEN)) {
    it(`refuses a broken file (${what}) with a sentence for the learner`, async () => {
      expect(await readApkg(broken.bytes, sqlite)).toEqual({ ok: false, error: broken.says });
    });
  }

  it('says a zip archive that cannot be unpacked is damaged', async () => {
    const bytes = legacyApkg();
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    expect(await readApkg(cut, sqlite)).toEqual({ ok: false, error: 'The Anki package is damaged: its zip archive cannot be unpacked.' });
  });

  it('says a zstd collection that does not decompress is damaged', async () => {
    const bytes = zip({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]) });
    expect(await readApkg(bytes, sqlite)).toEqual({ ok: false, error: BROKEN.corruptDatabase.says });
  });
});

describe("the build's own packages", () => {
  it('read back with the importer: every note, its note type named in the preview', async () => {
    const { apkgOf } = await import('../../scripts/anki-package');
    const { loadDecks } = await import('../../scripts/deck-loader');
    const deck = loadDecks(new URL('../../decks', import.meta.url).pathname).decks[0]!;
    const result = await imported(await apkgOf(deck, 0, Date.UTC(2026, 11, 2)));
    const notes = deck.cards.length + (deck.sorts?.length ?? 0);
    expect(result.notes).toBe(notes);
    expect(result.problems).toEqual([]);
    expect(result.otherTypes).toEqual([{ name: 'Faultlines', fields: ['Front', 'Back', 'Explanation', 'Source'], notes: notes - deck.cards.filter((c) => c.kind === 'cloze').length, explanationField: 'Explanation' }]);
    expect(result.deck.title).toBe(deck.title);
    const first = deck.cards.find((c) => c.kind === 'basic')!;
    expect(result.deck.cards.find((c) => c.prompt === first.prompt)).toMatchObject({ answer: first.answer, explanation: first.explanation });
    const cloze = deck.cards.find((c) => c.kind === 'cloze');
    if (cloze) expect(result.deck.cards.find((c) => c.kind === 'cloze' && c.answer === cloze.answer)).toMatchObject({ prompt: cloze.prompt, explanation: cloze.explanation });
    // Loading every deck and SQLite takes a few seconds on a busy two-core machine.
  }, 30_000);
});
