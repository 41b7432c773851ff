import { describe, expect, it } from 'vitest';
import { formatProblem, validateDeck, type DeckResult } from '../../src/domain/deck/validate';

const card = (over: Record<string, unknown> = {}) => ({
  id: 'act-001', kind: 'basic', prompt: 'Who supplies arms to Azerbaijan?', answer: 'Israel',
  explanation: 'Why it matters.', quote: 'Israel has become a key arms supplier to Azerbaijan', ...over,
});
const deck = (cards: unknown[], over: Record<string, unknown> = {}) => ({
  id: 'actors', title: 'Actors', topic: 'actors', version: 1, intro: 'Intro.', talkingPoints: ['A point.'], cards, ...over,
});
const problems = (r: DeckResult) => (r.ok ? [] : r.problems.map(formatProblem));

describe('deck validation', () => {
  it('accepts a well-formed deck and returns typed cards', () => {
    const r = validateDeck(deck([card()]), 'decks/actors.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.deck.cards[0]).toMatchObject({ id: 'act-001', source: { type: 'article' }, tags: [] });
  });

  it('names file, card and field for a duplicate id', () => {
    expect(problems(validateDeck(deck([card(), card()]), 'decks/actors.yaml'))).toEqual(['decks/actors.yaml card act-001 id: is used twice']);
  });

  it('rejects an id used by another deck, and a retired id', () => {
    expect(problems(validateDeck(deck([card()]), 'f.yaml', new Set(['act-001'])))[0]).toMatch(/card act-001 id: is used twice/);
    expect(problems(validateDeck(deck([card()], { retired: ['act-001'] }), 'f.yaml'))[0]).toMatch(/is retired and may not be reused/);
  });

  it('rejects a malformed id', () => {
    expect(problems(validateDeck(deck([card({ id: 'Actor 1' })]), 'f.yaml'))[0]).toMatch(/card Actor 1 id: "Actor 1" must look like act-001/);
  });

  it('keeps shipped ids out of the imported namespace: no "custom-" deck id, no four-digit card id', () => {
    expect(problems(validateDeck(deck([card()], { id: 'custom-abcde' }), 'f.yaml'))).toEqual([
      'f.yaml id: "custom-abcde" starts with "custom-", which is kept for decks the learner imports',
    ]);
    expect(problems(validateDeck(deck([card({ id: 'abcde-0001' })]), 'f.yaml'))).toEqual([
      'f.yaml card abcde-0001 id: "abcde-0001" must look like act-001 (2–6 letters, a dash, 3 digits; four digits are kept for imported cards)',
    ]);
    expect(problems(validateDeck(deck([card()], { retired: ['act-0012'] }), 'f.yaml'))).toEqual(['f.yaml retired: "act-0012" is not a card id like act-001']);
  });

  it('accepts a background address only if it is a web address', () => {
    const bg = (url: string) => problems(validateDeck(deck([card({ quote: undefined, background: { date: '2025-08-08', citation: 'c', url } })]), 'f.yaml'));
    expect(bg('https://example.org/x')).toEqual([]);
    expect(bg('javascript:alert(1)')).toEqual(['f.yaml card act-001 background.url: must be a web address starting https:// or http://']);
    expect(bg('https://exa mple.org')).toHaveLength(1);
  });

  it('reports a missing prompt, answer and source by field', () => {
    const r = problems(validateDeck(deck([card({ prompt: '', answer: undefined, quote: undefined })]), 'f.yaml'));
    expect(r).toEqual(expect.arrayContaining([
      'f.yaml card act-001 prompt: is missing or empty',
      'f.yaml card act-001 answer: is missing or empty',
      expect.stringMatching(/card act-001 source: needs exactly one of quote/),
    ]));
  });

  it('rejects an unknown kind', () => {
    expect(problems(validateDeck(deck([card({ kind: 'essay' })]), 'f.yaml'))[0]).toMatch(/card act-001 kind: "essay" is not one of basic, cloze/);
  });

  it('rejects a distractor equal to the answer, whatever its case, and repeated distractors', () => {
    const r = problems(validateDeck(deck([card({ kind: 'mcq', distractors: ['israel', 'Turkey', 'Turkey'] })]), 'f.yaml'));
    expect(r).toEqual(expect.arrayContaining([
      'f.yaml card act-001 distractors[0]: "israel" is the answer',
      'f.yaml card act-001 distractors[2]: "Turkey" is repeated',
    ]));
  });

  it('requires exactly three distractors on a multiple-choice card', () => {
    expect(problems(validateDeck(deck([card({ kind: 'mcq', distractors: ['Turkey'] })]), 'f.yaml'))[0]).toMatch(/needs exactly three/);
  });

  it('rejects a quote longer than 40 words', () => {
    const long = Array.from({ length: 41 }, () => 'word').join(' ');
    expect(problems(validateDeck(deck([card({ quote: long })]), 'f.yaml'))[0]).toBe('f.yaml card act-001 quote: is 41 words; at most 40');
  });

  it('derives a cloze answer from its one deletion', () => {
    const r = validateDeck(deck([card({ kind: 'cloze', answer: undefined, prompt: 'Israel is a key {{arms supplier}} to Azerbaijan.' })]), 'f.yaml');
    expect(r.ok && r.deck.cards[0]).toMatchObject({ prompt: 'Israel is a key _____ to Azerbaijan.', answer: 'arms supplier' });
    expect(problems(validateDeck(deck([card({ kind: 'cloze', answer: undefined, prompt: 'No gap' })]), 'f.yaml'))[0]).toMatch(/exactly one \{\{deletion\}\}, found 0/);
  });

  it('requires a correction on a false statement and derives the answer', () => {
    const bad = validateDeck(deck([card({ kind: 'truefalse', answer: undefined, truth: false })]), 'f.yaml');
    expect(problems(bad)[0]).toMatch(/correction: a false statement needs its correction/);
    const good = validateDeck(deck([card({ kind: 'truefalse', answer: undefined, truth: false, correction: 'It was Khankendi.' })]), 'f.yaml');
    expect(good.ok && good.deck.cards[0]!.answer).toBe('False. It was Khankendi.');
  });

  it('requires two views on a perspective card', () => {
    const r = validateDeck(deck([card({ kind: 'perspective', answer: undefined, views: [{ who: 'Tehran', view: 'A threat.' }] })]), 'f.yaml');
    expect(problems(r)[0]).toMatch(/views: needs at least two entries/);
  });

  it('accepts dated, cited background, and rejects an undated one', () => {
    const bg = { date: '2025-08-08', citation: 'Joint declaration, Washington', url: 'https://example.org/x' };
    const ok = validateDeck(deck([card({ quote: undefined, background: bg })]), 'f.yaml');
    expect(ok.ok && ok.deck.cards[0]!.source).toEqual({ type: 'background', ...bg });
    const bad = validateDeck(deck([card({ quote: undefined, background: { citation: 'x' } })]), 'f.yaml');
    expect(problems(bad)[0]).toMatch(/background.date: must be a date written YYYY-MM-DD/);
  });

  it('rejects an unknown field, so a typo is not silently ignored', () => {
    expect(problems(validateDeck(deck([card({ explaination: 'x' })]), 'f.yaml'))[0]).toBe('f.yaml card act-001 explaination: is not a card field');
  });

  it('reports deck-level problems by field', () => {
    const r = problems(validateDeck({ id: 'Bad Id', topic: 'weather', version: 0, cards: [] }, 'f.yaml'));
    expect(r).toEqual(expect.arrayContaining([
      expect.stringMatching(/^f.yaml id:/), 'f.yaml title: is missing or empty', expect.stringMatching(/^f.yaml topic: "weather"/),
      'f.yaml version: must be a whole number of at least 1', 'f.yaml cards: needs a list of at least one card',
    ]));
    expect(problems(validateDeck('not a deck', 'f.yaml'))[0]).toMatch(/^f.yaml deck: expected a mapping/);
  });
});
