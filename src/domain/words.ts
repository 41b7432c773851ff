/**
 * Counts, shares and intervals in English words by the platform's own rules (Intl), one home for
 * them instead of plurals made by hand: "1 day", "0 days", "1,240 ratings", "in 3 weeks".
 */
const LOCALE = 'en';
const plurals = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);
const shares = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });

/** The word for a count: `one` for 1, `other` (the word plus "s" unless given) for 0, 2, 1.5, … */
export const plural = (n: number, one: string, other = `${one}s`): string => (plurals.select(n) === 'one' ? one : other);

/** A count with its word: "1 card", "0 cards", "1,240 cards". */
export const count = (n: number, one: string, other?: string): string => `${numbers.format(n)} ${plural(n, one, other)}`;

/** A share (0–1) as a whole percentage: "87%". */
export const percent = (share: number): string => shares.format(share);

/** A time ahead in words: "in 1 day", "in 2.5 months". */
export const inTime = (n: number, unit: Intl.RelativeTimeFormatUnit): string => relative.format(n, unit);

/** Where a score falls, so what is said about it is true of it (no "Well done" for 0 of 5). */
export type ScoreBand = 'all' | 'most' | 'half-or-more' | 'some' | 'none';

export function scoreBand(right: number, total: number): ScoreBand {
  if (total > 0 && right >= total) return 'all';
  if (right * 5 >= total * 4 && right > 0) return 'most';
  if (right * 2 >= total && right > 0) return 'half-or-more';
  return right > 0 ? 'some' : 'none';
}
