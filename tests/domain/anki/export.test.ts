import { describe, expect, it } from 'vitest';
import { cardNote, deckNotes, sortNote } from '../../../src/domain/anki/notes';
import { ankiText } from '../../../src/domain/anki/text-export';
import type { Card, Deck } from '../../../src/domain/deck/types';

const source = { type: 'article', quote: 'a verbatim quote' } as const;
const card = (over: Partial<Card>): Card => ({ id: 'act-001', kind: 'basic', prompt: 'Who?', answer: 'Baku', explanation: 'Because.', source, tags: ['iran'], ...over });
const deck: Deck = {
  id: 'actors', title: 'Actors', topic: 'actors', version: 3, intro: 'Intro', talkingPoints: ['x'],
  cards: [
    card({}),
    card({ id: 'act-002', kind: 'cloze', prompt: 'The capital is _____.', answer: 'Baku' }),
    card({ id: 'act-003', kind: 'truefalse', prompt: 'Baku is in Iran.', answer: 'False. It is in Azerbaijan.', truth: false, correction: 'It is in Azerbaijan.' }),
    card({ id: 'act-004', kind: 'order', prompt: 'Put the events in order.', answer: '1. first\n2. second', steps: ['first', 'second'] }),
    card({ id: 'act-005', prompt: '#hashtag "quoted"\tand a tab', answer: 'x', source: { type: 'background', date: '2026-01-05', citation: 'Reuters, 5 January 2026', url: 'https://example.org/a' } }),
  ],
  sorts: [{ id: 'camps', question: 'Which side?', sides: [{ label: 'Tehran', members: ['b item', 'a item'] }, { label: 'Baku', members: ['c item'] }], source }],
};

describe('a deck as Anki notes', () => {
  it('gives every card a note with its id as guid, and tags for topic and kind', () => {
    const notes = deckNotes(deck);
    expect(notes.map((n) => n.guid)).toEqual(['act-001', 'act-002', 'act-003', 'act-004', 'act-005', 'actors:camps']);
    expect(notes[0]!.tags).toEqual(['faultlines', 'topic::actors', 'kind::basic', 'iran']);
    expect(notes[5]!.tags).toContain('kind::which-side');
  });

  it('keeps the explanation and the source (quote or citation) as fields of their own', () => {
    const [basic, , , , background] = deckNotes(deck);
    expect(basic!.explanation).toBe('Because.');
    expect(basic!.source).toContain('“a verbatim quote”');
    expect(background!.source).toBe('Background, as of 2026-01-05: Reuters, 5 January 2026 https://example.org/a');
  });

  it('makes a cloze card a cloze note and writes out the answer of the kinds Anki has no form for', () => {
    expect(cardNote(deck.cards[1]!, deck)).toMatchObject({ type: 'cloze', cloze: 'The capital is {{c1::Baku}}.' });
    expect(cardNote(deck.cards[2]!, deck)).toMatchObject({ type: 'basic', front: 'True or false? Baku is in Iran.', back: 'False. It is in Azerbaijan.' });
    const order = cardNote(deck.cards[3]!, deck);
    expect(order.front).toMatch(/^Put the events in order\.\n\nPut in order:\n• (first|second)\n• (first|second)$/);
    expect(order.back).toBe('1. first\n2. second');
    const sort = sortNote(deck.sorts![0]!, deck);
    expect(sort.front).toBe('Which side?\n\n• a item\n• b item\n• c item');
    expect(sort.back).toBe('Tehran:\n• b item\n• a item\n\nBaku:\n• c item');
  });
});

describe("a deck as Anki's text format", () => {
  const text = ankiText(deck);
  const lines = text.trimEnd().split('\n');

  it('starts with the file headers Anki 2.1.54+ reads', () => {
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab', '#html:true', '#columns:Front\tBack\tExplanation\tSource\tTags\tGUID', '#notetype:Basic',
      '#deck:Faultlines::Actors', '#tags column:5', '#guid column:6',
    ]);
  });

  it('has one row per note, line breaks as <br>, and quotes a field that starts with # or holds a quote or a tab', () => {
    const rows = lines.slice(7);
    expect(rows).toHaveLength(6);
    expect(rows[1]!.split('\t').slice(0, 2)).toEqual(['The capital is _____.', 'Baku']);
    expect(rows[3]).toContain('Put in order:<br>• ');
    expect(rows[4]!.startsWith('"#hashtag &quot;quoted&quot;\tand a tab"\tx\t')).toBe(true);
    expect(rows[5]!.endsWith('\tactors:camps')).toBe(true);
  });
});
