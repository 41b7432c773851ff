import { default_maximum_interval, S_MAX, S_MIN } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_MS, describeTime, DIFFICULTY, dueRange, EARLIEST_TIME, fileTimeRange, fitsRule, importedCardId, isImportedCardOf,
  isImportedDeckId, isShippedCardId, isShippedDeckId, isTimeIn, isWebLink, MAX_INTERVAL_DAYS, pastRange, RATING_COUNT, STABILITY, tooDeep,
} from '../../src/domain/trust';

const NOW = Date.UTC(2026, 10, 3, 9, 0);

describe('times', () => {
  it('takes whole milliseconds from 2020 to the given moment, and nothing a Date cannot hold', () => {
    const past = pastRange(NOW);
    expect([EARLIEST_TIME, NOW].map((t) => isTimeIn(t, past))).toEqual([true, true]);
    expect([EARLIEST_TIME - 1, NOW + 1, NOW + 0.5, 1e20, Number.NaN, Infinity, '1'].map((t) => isTimeIn(t, past))).toEqual(Array(7).fill(false));
    expect(isTimeIn(NOW + CLOCK_SKEW_MS, fileTimeRange(NOW))).toBe(true);
    expect(isTimeIn(NOW + CLOCK_SKEW_MS + 1, fileTimeRange(NOW))).toBe(false);
    expect(isTimeIn(NOW + 100 * 365 * 86_400_000, dueRange(NOW))).toBe(true);
    expect(new Date(dueRange(NOW).latest).getTime()).toBe(dueRange(NOW).latest);
  });

  it('says a time in words, in UTC', () => {
    expect(describeTime(NOW)).toBe('3 November 2026, 09:00 UTC');
    expect(describeTime(EARLIEST_TIME)).toBe('1 January 2020');
    expect(describeTime(1e20)).toBeUndefined();
  });
});

describe('numbers', () => {
  it('holds FSRS\'s own ranges, as ts-fsrs defines them', () => {
    expect([STABILITY.min, STABILITY.max, STABILITY.aboveMin]).toEqual([0, S_MAX, true]);
    expect(fitsRule(S_MIN, STABILITY)).toBe(true);
    expect([DIFFICULTY.min, DIFFICULTY.max]).toEqual([1, 10]);
    expect(MAX_INTERVAL_DAYS).toBe(default_maximum_interval);
  });

  it('refuses what is not a finite number within the range', () => {
    expect([0, 100_000].map((n) => fitsRule(n, RATING_COUNT))).toEqual([true, true]);
    expect([-1, 1.5, 1e300, Number.NaN, '3', null].map((n) => fitsRule(n, RATING_COUNT))).toEqual(Array(6).fill(false));
  });
});

describe('ids', () => {
  it('keeps shipped and imported ids in namespaces that cannot meet', () => {
    expect([isShippedDeckId('actors'), isShippedDeckId('custom-abcde'), isImportedDeckId('custom-abcde'), isImportedDeckId('actors')]).toEqual([true, false, true, false]);
    expect([isShippedCardId('act-001'), isShippedCardId('abcde-0001')]).toEqual([true, false]);
    expect([isImportedCardOf('abcde-0001', 'custom-abcde'), isImportedCardOf('act-001', 'custom-abcde'), isImportedCardOf('abcde-001', 'custom-abcde'),
      isImportedCardOf('qwert-0001', 'custom-abcde'), isImportedCardOf('abcde-0001', 'actors')]).toEqual([true, false, false, false, false]);
    expect(importedCardId('abcde', 12)).toBe('abcde-0012');
    // No id is both.
    for (const id of ['act-001', 'abcde-0001', 'ab-999', 'abcdef-9999']) expect(isShippedCardId(id) && isImportedCardOf(id, `custom-${id.split('-')[0]}`)).toBe(false);
  });
});

describe('links', () => {
  it('makes live links only of web addresses', () => {
    expect(['https://example.org/a?b=c#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'].map(isWebLink)).toEqual([true, true, true]);
    const refused = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x',
      'vbscript:x', 'file:///etc/passwd', '//example.org', 'https://', 'https://exa mple.org', 'https://example.org/\n', `https://e.org/${'a'.repeat(2000)}`, 42, undefined];
    expect(refused.filter(isWebLink)).toEqual([]);
  });
});

describe('nesting', () => {
  it('measures a value nested 100,000 levels deep without running out of stack, and says where it goes too deep', () => {
    const depth = 100_000;
    const deep = JSON.parse(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`) as unknown;
    expect(tooDeep(deep, 32)).toBe('a[0][0][0][0][0]…');
    expect(tooDeep({ a: [[{ b: 1 }]] }, 32)).toBeUndefined();
    expect(tooDeep({ a: [[{ b: {} }]] }, 3)).toBe('a[0][0]');
    expect(tooDeep('text', 0)).toBeUndefined();
  });
});
