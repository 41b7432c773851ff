import { describe, expect, it } from 'vitest';
import { formatProblem, validateDeck, type DeckResult } from '../../../src/domain/deck/validate';

const card = (id: string) => ({
  id, kind: 'basic', prompt: 'Who supplies arms to Azerbaijan?', answer: 'Israel',
  explanation: 'Why it matters.', quote: 'Israel has become a key arms supplier to Azerbaijan',
});
const link = (over: Record<string, unknown> = {}) => ({
  id: 'azerbaijan-israel-arms', from: 'azerbaijan', to: 'israel', type: 'arms', label: 'Israel supplies arms to Azerbaijan.',
  cards: ['ali-001'], quote: 'Israel has become a key arms supplier to Azerbaijan', ...over,
});
const deck = (links: unknown) => ({
  id: 'alignments', title: 'Alignments', topic: 'alignments', version: 1, intro: 'Intro.', talkingPoints: ['A point.'],
  cards: [card('ali-001'), card('ali-002')], links,
});
const problems = (r: DeckResult) => (r.ok ? [] : r.problems.map(formatProblem));
const check = (links: unknown) => problems(validateDeck(deck(links), 'decks/alignments.yaml'));

describe('deck links (edges of the alignment web)', () => {
  it('accepts a well-formed link and keeps it in the deck', () => {
    const r = validateDeck(deck([link()]), 'decks/alignments.yaml');
    expect(problems(r)).toEqual([]);
    if (r.ok) expect(r.deck.links).toEqual([{
      id: 'azerbaijan-israel-arms', from: 'azerbaijan', to: 'israel', type: 'arms', label: 'Israel supplies arms to Azerbaijan.',
      cards: ['ali-001'], source: { type: 'article', quote: 'Israel has become a key arms supplier to Azerbaijan' },
    }]);
  });

  it('leaves a deck without links unchanged', () => {
    const r = validateDeck({ ...deck(undefined), links: undefined }, 'f.yaml');
    expect(r.ok && 'links' in r.deck).toBe(false);
  });

  it('names file, link id and field for an unknown actor', () => {
    expect(check([link({ to: 'georgia' })])).toEqual([
      'decks/alignments.yaml link azerbaijan-israel-arms to: "georgia" is not one of iran, azerbaijan, israel, turkey, russia, armenia, pakistan',
    ]);
  });

  it('names file, link id and field for an unknown type', () => {
    expect(check([link({ type: 'friendship' })])).toEqual([
      'decks/alignments.yaml link azerbaijan-israel-arms type: "friendship" is not one of arms, military, exercises, detente, rivalry, condemned, interests',
    ]);
  });

  it('rejects a link from an actor to itself', () => {
    expect(check([link({ to: 'azerbaijan' })])).toEqual(['decks/alignments.yaml link azerbaijan-israel-arms to: "azerbaijan" is the same actor as from']);
  });

  it('rejects a card that is not in the deck, a repeated card and a link without cards', () => {
    expect(check([link({ cards: ['ali-001', 'act-009', 'ali-001'] })])).toEqual([
      'decks/alignments.yaml link azerbaijan-israel-arms cards[1]: "act-009" is not a card of this deck',
      'decks/alignments.yaml link azerbaijan-israel-arms cards[2]: "ali-001" is repeated',
    ]);
    expect(check([link({ cards: [] })])).toEqual(['decks/alignments.yaml link azerbaijan-israel-arms cards: needs a list of at least one card id of this deck']);
  });

  it('requires exactly one source, quote or dated background', () => {
    expect(check([link({ quote: undefined })])).toEqual([
      'decks/alignments.yaml link azerbaijan-israel-arms source: needs exactly one of quote (from the article) or background (dated and cited)',
    ]);
    expect(check([link({ quote: undefined, background: { date: 'June 2025', citation: 'X' } })])).toEqual([
      'decks/alignments.yaml link azerbaijan-israel-arms background.date: must be a date written YYYY-MM-DD',
    ]);
    expect(check([link({ quote: undefined, background: { date: '2025-06-13', citation: 'X' } })])).toEqual([]);
  });

  it('rejects a duplicate link id, a missing id and a missing label', () => {
    expect(check([link(), link()])).toEqual(['decks/alignments.yaml link azerbaijan-israel-arms id: is used twice']);
    expect(check([link({ id: undefined })])).toEqual(['decks/alignments.yaml link #1 id: is missing']);
    expect(check([link({ label: ' ' })])).toEqual(['decks/alignments.yaml link azerbaijan-israel-arms label: is missing or empty']);
  });

  it('rejects an unknown field and a links value that is not a list', () => {
    expect(check([link({ colour: 'red' })])).toEqual(['decks/alignments.yaml link azerbaijan-israel-arms colour: is not a link field']);
    expect(check({ a: 1 })[0]).toMatch(/^decks\/alignments\.yaml links: must be a list of links/);
  });
});
