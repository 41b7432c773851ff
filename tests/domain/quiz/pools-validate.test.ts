/** Distractor pools: reviewed wrong options shared by cards that declare them mutually exclusive answers. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDeck, type DeckResult } from '../../../src/domain/deck/validate';

const card = (id: string, answer: string, over: Record<string, unknown> = {}) => ({
  id, kind: 'basic', prompt: `When did event ${id} happen?`, answer, explanation: 'Why.', quote: 'a quote', pool: 'dates', ...over,
});
const dates = { id: 'dates', about: 'Days of different events: each card asks the day of one of them.', members: ['13 June 2025', '24 June 2025', '4 July 2025', '21 July 2025'] };
const deck = (cards: unknown[], pools: unknown = [dates]) => ({
  id: 'flashpoints', title: 'F', topic: 'flashpoints', version: 1, intro: 'Intro.', talkingPoints: ['A point.'], cards, pools,
});
const problems = (r: DeckResult) => (r.ok ? [] : r.problems.map(formatProblem));

describe('distractor pools in a deck', () => {
  it('accepts a pool that holds the answer of every card naming it, and keeps it on the deck', () => {
    const r = validateDeck(deck([card('fla-001', '13 June 2025'), card('fla-002', '24 june 2025')]), 'decks/f.yaml');
    expect(problems(r)).toEqual([]);
    if (r.ok) {
      expect(r.deck.pools).toEqual([dates]);
      expect(r.deck.cards.map((c) => c.pool)).toEqual(['dates', 'dates']);
    }
  });

  it('refuses a card whose answer is not a member: the pool is not its set of alternatives', () => {
    expect(problems(validateDeck(deck([card('fla-001', '8 August 2025')]), 'decks/f.yaml'))).toEqual([
      'decks/f.yaml card fla-001 pool: the answer "8 August 2025" is not a member of pool "dates": a card draws options from a pool only when its answer is one of the pool\'s mutually exclusive members',
    ]);
  });

  it('refuses a pool name that matches no pool, and a pool on a card that is never asked with options', () => {
    expect(problems(validateDeck(deck([card('fla-001', '13 June 2025', { pool: 'datez' }), card('fla-002', '24 June 2025')]), 'decks/f.yaml'))).toEqual([
      'decks/f.yaml card fla-001 pool: "datez" is not a pool of this deck',
    ]);
    const tf = { id: 'fla-003', kind: 'truefalse', prompt: 'It began on 13 June.', truth: true, explanation: 'Why.', quote: 'q', pool: 'dates' };
    expect(problems(validateDeck(deck([card('fla-001', '13 June 2025'), tf]), 'decks/f.yaml'))).toEqual([
      'decks/f.yaml card fla-003 pool: a truefalse card is not asked with options; only basic, cloze and mcq cards name a pool',
    ]);
  });

  it('refuses a pool with too few or repeated members, no note, an unknown field, or no card naming it', () => {
    const bad = [
      { id: 'dates', about: 'Days.', members: ['13 June 2025', '24 June 2025', '13 june 2025'] },
      { id: 'people', members: ['A', 'B', 'C', 'D'], colour: 'red' },
    ];
    expect(problems(validateDeck(deck([card('fla-001', '13 June 2025')], bad), 'decks/f.yaml'))).toEqual([
      'decks/f.yaml pool dates members: needs at least 4 (an answer and three wrong options), found 3',
      'decks/f.yaml pool dates members[2]: "13 june 2025" is repeated',
      'decks/f.yaml pool people colour: is not a pool field',
      'decks/f.yaml pool people about: is missing or empty: say what the members are, and why no card naming the pool has two of them right',
    ]);
    expect(problems(validateDeck(deck([card('fla-001', '13 June 2025', { pool: undefined })]), 'decks/f.yaml'))).toEqual([
      'decks/f.yaml pool dates id: is not named by any card of this deck',
    ]);
  });
});
