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
  .map(([phrase, state]) => [new RegExp(` ${phrase}(?= )`, 'g'), ` ${state}`] as const);

/** Lower case, no accents, no punctuation, single spaces; possessive 's dropped. */
export const normalizeText = memo((text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim());

const LEADING = /^(?:the|a|an|both) /;

function replaceMetonyms(normalized: string): string {
  let padded = ` ${normalized} `;
  for (const [pattern, state] of METONYM_PATTERNS) padded = padded.replace(pattern, state);
  return padded.trim();
}

/** The items an answer names ("Armenia, Turkey and Pakistan": three), normalised, metonyms replaced. */
function items(text: string): string[] {
  return text
    .split(/[,;&]/)
    .flatMap((part) => replaceMetonyms(normalizeText(part)).split(' and '))
    .map((item) => item.trim().replace(LEADING, ''))
    .filter((item) => item.length > 0);
}

/** One normalised form: metonyms replaced, a leading article dropped, list items in sorted order. */
const canonical = (text: string): string => items(text).sort().join(' and ');

/** Deck texts are few and compared often; a pure function of a string can remember its results. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size > 10_000) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** The forms an answer goes by: itself without parentheses, and each parenthesised part. */
const forms = memo((text: string): string[] => {
  const inside = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const outside = text.replace(/\([^()]*\)/g, ' ');
  return [...new Set([outside, ...inside].map(canonical).filter((f) => f.length > 0))];
});

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

/**
 * How much of `answer` the `text` already names: `all` its items ("Azerbaijan" in "Which ally of
 * Azerbaijan …?"), `some` of them, or `none`. An option the prompt names is a giveaway, or worse,
 * half-true ("Besides Armenia and Turkey, which state …?").
 */
export function mentions(text: string, answer: string): 'all' | 'some' | 'none' {
  const haystack = haystackOf(text);
  const named = namedItems(answer).filter((item) => item.length > 1);
  const found = named.filter((item) => containsWords(haystack, item)).length;
  return found === 0 ? 'none' : found === named.length ? 'all' : 'some';
}

const haystackOf = memo((text: string) => replaceMetonyms(normalizeText(text)));
const namedItems = memo((answer: string) => items(answer.replace(/\([^()]*\)/g, ' ')));
