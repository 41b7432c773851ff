/**
 * Orders of n things, as permutations of 0 … n−1, and their numbers: the rank of an order among all
 * n! in lexicographic order (its Lehmer code), so an `order` answer takes ⌈log2 n!⌉ bits of a result
 * code — under 10 bits for six steps — instead of a digit per step.
 */

export const isPermutation = (v: unknown, n: number): v is readonly number[] =>
  Array.isArray(v) && v.length === n && v.every((x) => Number.isInteger(x) && x >= 0 && x < n) && new Set(v).size === n;

export function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2; k <= n; k++) f *= BigInt(k);
  return f;
}

/** The rank of a permutation, from 0 (the identity) to n! − 1 (the reverse). */
export function rankPermutation(order: readonly number[]): bigint {
  const rest = order.map((_, i) => i);
  let rank = 0n;
  for (const x of order) {
    const at = rest.indexOf(x);
    rank = rank * BigInt(rest.length) + BigInt(at);
    rest.splice(at, 1);
  }
  return rank;
}

/** The permutation of 0 … n−1 with this rank; null for a rank of none (below 0, or n! and above). */
export function unrankPermutation(rank: bigint, n: number): number[] | null {
  if (rank < 0n || rank >= factorial(n)) return null;
  // The rank's digits, most significant first: the first in radix n, the next in n−1, … the last in 1.
  const digits: number[] = [];
  let rest = rank;
  for (let radix = 1; radix <= n; radix++) {
    digits.unshift(Number(rest % BigInt(radix)));
    rest /= BigInt(radix);
  }
  const left = Array.from({ length: n }, (_, i) => i);
  return digits.map((d) => left.splice(d, 1)[0]!);
}
