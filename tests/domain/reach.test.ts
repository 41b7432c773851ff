import { describe, expect, it } from 'vitest';
import { CONTENT_REACH, contentReach, monthName } from '../../src/domain/deck/reach';

describe('how far the content reaches', () => {
  it('says it plainly, in the words Today shows', () => {
    expect(CONTENT_REACH).toEqual({ article: '2025-07', later: '2026-06' });
    expect(contentReach()).toBe('The article: July 2025; later developments: to June 2026');
  });

  it('names a month without the locale, and refuses what is not a month', () => {
    expect(monthName('2025-12')).toBe('December 2025');
    expect(() => monthName('2025-13')).toThrow('"2025-13" is not a month written YYYY-MM');
  });
});
