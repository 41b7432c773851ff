import { describe, expect, it } from 'vitest';
import { answersOverlap, mentions, normalizeText, sameAnswer } from '../../../src/domain/quiz/same-answer.ts';

describe('when two answers are the same', () => {
  it('ignores case, spacing, accents, punctuation and a leading article', () => {
    expect(sameAnswer('Israel', '  israel ')).toBe(true);
    expect(sameAnswer('Recep Tayyip Erdoğan', 'recep tayyip erdogan')).toBe(true);
    expect(sameAnswer('The Caspian Sea', 'Caspian Sea.')).toBe(true);
    expect(sameAnswer('Israel', 'Israeli')).toBe(false);
    expect(sameAnswer('7', ' 7')).toBe(true);
    expect(sameAnswer('7', '10')).toBe(false);
  });

  it('sees a parenthesised abbreviation, a possessive and a capital for its state', () => {
    expect(sameAnswer('The Islamic Revolutionary Guard Corps (IRGC)', 'Islamic Revolutionary Guard Corps')).toBe(true);
    expect(sameAnswer('IRGC', 'The Islamic Revolutionary Guard Corps (IRGC)')).toBe(true);
    expect(sameAnswer("Iran's", 'Iran')).toBe(true);
    expect(sameAnswer('Baku', 'Azerbaijan')).toBe(true);
    expect(sameAnswer('Tel Aviv', 'Israel')).toBe(true);
  });

  it('treats a list in another order as the same list', () => {
    expect(sameAnswer('Azerbaijan and Turkey', 'Turkey and Azerbaijan')).toBe(true);
    expect(sameAnswer('Armenia, Turkey and Pakistan', 'Pakistan, Armenia and Turkey')).toBe(true);
    expect(sameAnswer('Armenia, Turkey and Pakistan', 'Armenia and Turkey')).toBe(false);
  });

  it('finds one answer inside another, word for word only', () => {
    expect(answersOverlap('Turkey', 'Azerbaijan and Turkey')).toBe(true);
    expect(answersOverlap("Both Iran's and Azerbaijan's", 'Iran')).toBe(true);
    expect(answersOverlap('Baku', 'Azerbaijan and Turkey')).toBe(true);
    expect(answersOverlap('Iran', 'Iraq')).toBe(false);
    expect(answersOverlap('axis', 'taxis')).toBe(false);
  });

  it('notices an option the prompt already names', () => {
    expect(mentions('Which close ally of Azerbaijan condemned Israel?', 'Baku')).toBe('all');
    expect(mentions('Which close ally of Azerbaijan condemned Israel?', 'Iran and Israel')).toBe('some');
    expect(mentions('Which close ally of Azerbaijan condemned Israel?', 'Turkey')).toBe('none');
  });

  it('normalises text without depending on the locale', () => {
    expect(normalizeText('  İSTANBUL’s  “Grand” Bazaar ')).toBe('istanbul grand bazaar');
  });
});
