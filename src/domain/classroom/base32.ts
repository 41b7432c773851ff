/**
 * Crockford base32 (https://www.crockford.com/base32.html): digits and upper-case letters without
 * I, L, O and U, so a code read aloud or typed by hand has no look-alikes. Reading is forgiving the
 * way Crockford specifies: any case, O read as 0, I and L as 1; spaces and dashes are ignored.
 */

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE = new Map<string, number>([...CROCKFORD].map((c, i) => [c, i]));
for (const [alias, digit] of [['O', '0'], ['I', '1'], ['L', '1']] as const) VALUE.set(alias, VALUE.get(digit)!);

/** The symbols (0–31) of a typed code, or the first character that is not part of the alphabet. */
export function readSymbols(text: string): { ok: true; symbols: number[] } | { ok: false; char: string } {
  const symbols: number[] = [];
  for (const char of text) {
    if (/[\s\-\u2010-\u2015]/u.test(char)) continue;
    const value = VALUE.get(char.toUpperCase());
    if (value === undefined) return { ok: false, char };
    symbols.push(value);
  }
  return { ok: true, symbols };
}

/** Symbols as text in groups of `group` joined by dashes (`K7QF-2M9D-…`); 0 for no grouping. */
export function writeSymbols(symbols: readonly number[], group = 4): string {
  const text = symbols.map((s) => CROCKFORD[s] ?? '').join('');
  if (group <= 0) return text;
  return text.match(new RegExp(`.{1,${group}}`, 'g'))?.join('-') ?? '';
}

/** A number (a safe integer or a bigint, ≥ 0) as exactly `length` symbols, most significant first. */
export function numberToSymbols(value: number | bigint, length: number): number[] {
  let n = BigInt(value);
  const out = new Array<number>(length).fill(0);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 31n);
    n >>= 5n;
  }
  if (n !== 0n) throw new RangeError(`${String(value)} does not fit in ${length} base32 symbols`);
  return out;
}
