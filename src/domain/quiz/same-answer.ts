/**
 * When are two answers the same, or one part of the other? Distractors and matching pairs depend
 * on it: an option that is also right makes a correct learner fail. The comparison is deliberately
 * generous (a false "same" only drops a candidate; a false "different" puts a second right answer
 * on screen): case, accents, spacing, punctuation, a leading article, possessive 's, the order of a
 * list ("Turkey and Azerbaijan"), a parenthesised abbreviation ("… Guard Corps (IRGC)") and a capital
 * standing for its state ("Baku" for Azerbaijan) are all ignored.
 */

/** A capital (or other common metonym) and the state it stands for in the article's language. */
export const METONYMS: Readonly<Record<string, string>> = {
  baku: 'azerbaijan',
  tehran: 'iran',
  'islamic republic': 'iran',
  ankara: 'turkey',
  turkiye: 'turkey',
  moscow: 'russia',
  kremlin: 'russia',
  'russian federation': 'russia',
  yerevan: 'armenia',
  'tel aviv': 'israel',
  jerusalem: 'israel',
  islamabad: 'pakistan',
  washington: 'united states',
  'united states of america': 'united states',
  usa: 'united states',
  us: 'united states',
  doha: 'qatar',
  rome: 'italy',
  tbilisi: 'georgia',
  beijing: 'china',
  brussels: 'european union',
  eu: 'european union',
};
const METONYM_PATTERNS = Object.entries(METONYMS)
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))
  .map(([phrase, state]) => [new RegExp(`(?<= )${phrase}(?= )`, 'g'), state] as const);

/** Lower case, no accents, no punctuation, single spaces; possessive 's dropped. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LEADING = /^(?:the|a|an|both) /;

/** One normalised form: metonyms replaced, a leading article dropped, list items in sorted order. */
function canonical(text: string): string {
  let padded = ` ${normalizeText(text)} `;
  for (const [pattern, state] of METONYM_PATTERNS) padded = padded.replace(pattern, state);
  const items = padded.trim().split(/ (?:and|&) | , /).flatMap((part) => part.split(' and '));
  return items
    .map((item) => item.trim().replace(LEADING, ''))
    .filter((item) => item.length > 0)
    .sort()
    .join(' and ');
}

/** The forms an answer goes by: itself without parentheses, and each parenthesised part. */
function forms(text: string): string[] {
  const inside = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const outside = text.replace(/\([^()]*\)/g, ' ');
  return [...new Set([outside, ...inside].map((t) => canonical(t.replace(/,/g, ' , '))).filter((f) => f.length > 1))];
}

const containsWords = (long: string, short: string) => ` ${long} `.includes(` ${short} `);

/** The same answer, however written ("the IRGC" = "Islamic Revolutionary Guard Corps (IRGC)"). */
export function sameAnswer(a: string, b: string): boolean {
  const fb = forms(b);
  return forms(a).some((f) => fb.includes(f));
}

/** The same answer, or one contains the other word for word ("Turkey" and "Azerbaijan and Turkey"). */
export function answersOverlap(a: string, b: string): boolean {
  const fa = forms(a);
  const fb = forms(b);
  return fa.some((x) => fb.some((y) => x === y || containsWords(x, y) || containsWords(y, x)));
}

/** Whether `text` names `answer` word for word (a giveaway when an option is named in the prompt). */
export function mentions(text: string, answer: string): boolean {
  const haystack = normalizeText(text);
  const needle = normalizeText(answer.replace(/\([^()]*\)/g, ' ')).replace(LEADING, '');
  return needle.length > 1 && containsWords(haystack, needle);
}

/** How many items a list answer names: "Armenia, Turkey and Pakistan" is 3. */
export function listLength(answer: string): number {
  return normalizeText(answer.replace(/,/g, ' and ')).split(/ and /).filter((s) => s.trim().length > 0).length;
}
