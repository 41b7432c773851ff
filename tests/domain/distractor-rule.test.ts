import { describe, expect, it } from 'vitest';
import { validateSpec, type ClassroomSpec } from '../../src/domain/classroom';
import { importCsv } from '../../src/domain/deck/import-csv';
import type { Card, Deck } from '../../src/domain/deck/types';
import { formatProblem, validateDeck } from '../../src/domain/deck/validate';

/** One mcq card with these distractors, as a shipped deck file, a CSV line and a share link's custom deck carry it. */
function asDeckFile(distractors: string[]) {
  const card = { id: 'act-001', kind: 'mcq', prompt: 'Who?', answer: 'Israel', explanation: 'Why.', quote: 'A short quote.', distractors };
  const result = validateDeck({ id: 'actors', title: 'Actors', topic: 'actors', version: 1, intro: 'I.', talkingPoints: ['P.'], cards: [card] }, 'f.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}
function asCsvLine(distractors: string[]) {
  const result = importCsv(`Who?,Israel,${distractors.join('|')}\n`, { title: 'T', fileName: 'f.csv', date: '2026-11-01', idPrefix: 'qwert' });
  return 'error' in result ? [result.error] : result.problems.map((p) => p.reason);
}
function asShareLink(distractors: string[]) {
  const card: Card = {
    id: 'qwert-0001', kind: 'mcq', prompt: 'Who?', answer: 'Israel', explanation: '', tags: [], distractors,
    source: { type: 'imported', file: 'f.csv', date: '2026-11-01' },
  };
  const deck: Deck = { id: 'custom-qwert', title: 'Mine', topic: 'custom', version: 1, intro: '', talkingPoints: [], cards: [card] };
  const spec: ClassroomSpec = { v: 1, title: 'Class', decks: [{ id: deck.id, version: 1 }], seed: 's', count: 1, secondsPerQuestion: 30, customDecks: [deck] };
  const result = validateSpec(spec);
  return result.ok ? [] : [result.error];
}

describe("one rule for an mcq card's distractors, wherever the card comes from", () => {
  it('accepts three distinct wrong options everywhere', () => {
    const good = ['Turkey', 'Russia', 'Pakistan'];
    expect([asDeckFile(good), asCsvLine(good), asShareLink(good)]).toEqual([[], [], []]);
  });

  it('refuses a distractor that is the answer, in each checker\'s words', () => {
    const withAnswer = ['Turkey', ' israel', 'Pakistan'];
    expect(asDeckFile(withAnswer)).toEqual(['f.yaml card act-001 distractors[1]: "israel" is the answer']);
    expect(asCsvLine(withAnswer)).toEqual(['a wrong answer is the same as the definition']);
    expect(asShareLink(withAnswer)).toEqual(['distractor 2 of card "qwert-0001" is its answer']);
  });

  it('refuses a repeated distractor, case and spaces aside', () => {
    const repeated = ['Turkey', 'Russia', 'turkey '];
    expect(asDeckFile(repeated)).toEqual(['f.yaml card act-001 distractors[2]: "turkey" is repeated']);
    expect(asCsvLine(repeated)).toEqual(['a wrong answer is repeated']);
    expect(asShareLink(repeated)).toEqual(['distractor 3 of card "qwert-0001" repeats another']);
  });

  it('asks an mcq card for three at least; a shipped one for exactly three', () => {
    expect(asDeckFile(['Turkey', 'Russia'])).toEqual(['f.yaml card act-001 distractors: an mcq card needs exactly three']);
    expect(asShareLink(['Turkey', 'Russia'])).toEqual(['card "qwert-0001" is a multiple-choice card with fewer than three distractors']);
    expect(asDeckFile(['Turkey', 'Russia', 'Pakistan', 'Armenia'])).toEqual(['f.yaml card act-001 distractors: an mcq card needs exactly three']);
    expect(asShareLink(['Turkey', 'Russia', 'Pakistan', 'Armenia'])).toEqual([]);
  });
});
