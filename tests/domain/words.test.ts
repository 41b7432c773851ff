import { describe, expect, it } from 'vitest';
import { count, inTime, percent, plural, scoreBand } from '../../src/domain/words.ts';
import { describeInterval } from '../../src/domain/interval.ts';

describe('words for counts', () => {
  it('says one for 1 and the plural for 0, 2 and fractions, with thousands grouped', () => {
    expect(count(1, 'day')).toBe('1 day');
    expect(count(0, 'day')).toBe('0 days');
    expect(count(2, 'day')).toBe('2 days');
    expect(count(1240, 'rating')).toBe('1,240 ratings');
    expect(plural(1, 'it', 'them')).toBe('it');
    expect(plural(3, 'it', 'them')).toBe('them');
    expect(percent(0.873)).toBe('87%');
    expect(inTime(1, 'day')).toBe('in 1 day');
    expect(inTime(2.5, 'month')).toBe('in 2.5 months');
    expect(describeInterval(86_400_000)).toBe('in 1 day');
  });

  it('puts every score in a band that is true of it: 0 of 5 is never "most"', () => {
    expect(scoreBand(0, 5)).toBe('none');
    expect(scoreBand(1, 5)).toBe('some');
    expect(scoreBand(2, 5)).toBe('some');
    expect(scoreBand(3, 5)).toBe('half-or-more');
    expect(scoreBand(2, 4)).toBe('half-or-more');
    expect(scoreBand(4, 5)).toBe('most');
    expect(scoreBand(5, 5)).toBe('all');
    expect(scoreBand(0, 0)).toBe('none');
  });
});
