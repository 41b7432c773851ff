/**
 * Seeded randomness for quizzes. A classroom hands every student the same seed and expects the same
 * quiz on every device, so everything here is exact integer arithmetic: no Math.random, no
 * Math.log/Math.pow (their last bits may differ between engines), and no locale.
 */

/** A generator of numbers in [0, 1), each a multiple of 2^-32 (so `floor(rng() * n)` is exact). */
export type Rng = () => number;

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
export function hashString(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** mulberry32 over a 32-bit state. */
function mulberry32(state: number): Rng {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generator for a seed and an optional purpose: `createRng(seed, 'distractors', cardId)`. Each
 * purpose gets its own stream, so a change in one part of a quiz does not reshuffle the others.
 * A number seed and its decimal string give the same stream (42 and "42").
 */
export function createRng(seed: string | number, ...purpose: string[]): Rng {
  return mulberry32(hashString([String(seed), ...purpose].join('\u001f')) % 4294967296);
}

/** A whole number in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Code-unit string order: the same on every device, unlike localeCompare. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
