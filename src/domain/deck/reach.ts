/**
 * How far the shipped content reaches: the month of the article, and the month of the latest dated
 * background in the deck of what happened after it. Today says it in words; tests/decks/content.test.ts
 * checks both months against the decks, so a deck update that moves them fails until this is updated.
 */
export const CONTENT_REACH = { article: '2025-07', later: '2026-06' } as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-06" → "June 2026" (English month names, no locale: the app's language is English). */
export function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!year || !name) throw new Error(`"${yearMonth}" is not a month written YYYY-MM`);
  return `${name} ${year}`;
}

/** "The article: July 2025; later developments: to June 2026" */
export const contentReach = (): string =>
  `The article: ${monthName(CONTENT_REACH.article)}; later developments: to ${monthName(CONTENT_REACH.later)}`;
