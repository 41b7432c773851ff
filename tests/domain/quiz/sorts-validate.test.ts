import { describe, expect, it } from 'vitest';
import { formatProblem, validateDeck, type DeckResult } from '../../../src/domain/deck/validate.ts';
import { basicCard, rawDeck } from './fixtures.ts';

const sort = (over: Record<string, unknown> = {}) => ({
  id: 'camps',
  question: 'Which side is each state on?',
  sides: [{ label: 'Baku–Ankara', members: ['Azerbaijan', 'Turkey'] }, { label: 'Tehran–Moscow', members: ['Iran', 'Russia'] }],
  cards: ['ali-001'],
  quote: 'a quote',
  ...over,
});
const deck = (sorts: unknown) => rawDeck('alignments', 'alignments', [basicCard('ali-001', 'Who?', 'Turkey')], { sorts });
const problems = (r: DeckResult) => (r.ok ? [] : r.problems.map(formatProblem));
const check = (sorts: unknown) => problems(validateDeck(deck(sorts), 'decks/alignments.yaml'));

describe('validating a deck\'s sorts', () => {
  it('accepts a well-formed sort and returns it typed', () => {
    const r = validateDeck(deck([sort({ explanation: ' Why. ' })]), 'f.yaml');
    expect(r.ok && r.deck.sorts).toEqual([{
      id: 'camps',
      question: 'Which side is each state on?',
      sides: [{ label: 'Baku–Ankara', members: ['Azerbaijan', 'Turkey'] }, { label: 'Tehran–Moscow', members: ['Iran', 'Russia'] }],
      cards: ['ali-001'],
      explanation: 'Why.',
      source: { type: 'article', quote: 'a quote' },
    }]);
  });

  it('leaves a deck without sorts as it was', () => {
    const r = validateDeck(rawDeck('alignments', 'alignments', [basicCard('ali-001', 'Who?', 'Turkey')]), 'f.yaml');
    expect(r.ok && 'sorts' in r.deck).toBe(false);
  });

  it('needs exactly two sides', () => {
    expect(check([sort({ sides: [{ label: 'A', members: ['x', 'y'] }] })])).toEqual([
      'decks/alignments.yaml sort camps sides: needs exactly two sides, each with label and members',
    ]);
  });

  it('needs at least two members on each side, and a label', () => {
    expect(check([sort({ sides: [{ label: 'A', members: ['x'] }, { label: '', members: ['y', 'z'] }] })])).toEqual([
      'decks/alignments.yaml sort camps sides[0].members: needs at least 2, found 1',
      'decks/alignments.yaml sort camps sides[1].label: is missing or empty',
    ]);
  });

  it('puts no member on both sides, whatever its case', () => {
    expect(check([sort({ sides: [{ label: 'A', members: ['Turkey', 'Azerbaijan'] }, { label: 'B', members: ['turkey ', 'Iran'] }] })])).toEqual([
      'decks/alignments.yaml sort camps sides[1].members[0]: "turkey" is on both sides',
    ]);
  });

  it('names only cards of the deck', () => {
    expect(check([sort({ cards: ['ali-001', 'ali-999'] })])).toEqual([
      'decks/alignments.yaml sort camps cards[1]: "ali-999" is not a card of this deck',
    ]);
  });

  it('needs a source, as a card does', () => {
    expect(check([sort({ quote: undefined })])[0]).toMatch(/^decks\/alignments.yaml sort camps source: needs exactly one of quote/);
    expect(check([sort({ quote: undefined, background: { citation: 'x' } })])[0]).toBe(
      'decks/alignments.yaml sort camps background.date: must be a date written YYYY-MM-DD',
    );
  });

  it('rejects a missing or repeated id, a missing question and an unknown field', () => {
    expect(check([sort({ id: undefined, question: '' }), sort(), sort({ side: [] })])).toEqual([
      'decks/alignments.yaml sort #1 id: is missing',
      'decks/alignments.yaml sort #1 question: is missing or empty',
      'decks/alignments.yaml sort camps id: is used twice',
      'decks/alignments.yaml sort camps side: is not a sort field',
    ]);
  });

  it('rejects sorts that are not a list', () => {
    expect(check({ id: 'camps' })).toEqual(['decks/alignments.yaml sorts: must be a list of sorts, each with id, question, sides and a quote or background']);
  });
});
