/**
 * Responses in parts, one per pair or item (matching, which-side), each a pick or null for a part
 * left open. In a result code the parts are digits of one number, first part least significant:
 * 0 for open, 1 + the pick.
 */

/** A value read part by part: anything that is not a pick is an open part; missing parts are open, extra ones dropped. */
export function readParts<T>(value: unknown, count: number, isPick: (v: unknown) => v is T): (T | null)[] | null {
  if (!Array.isArray(value)) return null;
  return Array.from({ length: count }, (_, i) => {
    const part: unknown = value[i];
    return isPick(part) ? part : null;
  });
}

/** The parts as a response to encode, or what is wrong with them (the last wrong part is named). */
export function checkParts<T>(value: unknown, count: number, isPick: (v: unknown) => v is T):
  { ok: true; response: (T | null)[] } | { ok: false; problem: string } {
  if (!Array.isArray(value) || value.length !== count) return { ok: false, problem: `expected a list of ${count} answers` };
  for (let i = count - 1; i >= 0; i--) {
    const part: unknown = value[i];
    if (part !== null && !isPick(part)) return { ok: false, problem: `part ${i + 1} is ${String(part)}` };
  }
  return { ok: true, response: value.map((part: unknown) => (isPick(part) ? part : null)) };
}

export const partsAnswers = (count: number, picks: number) => BigInt(picks + 1) ** BigInt(count);

export function encodeParts(parts: readonly (number | null)[], picks: number): bigint {
  return parts.reduceRight((value, part) => value * BigInt(picks + 1) + (part === null ? 0n : BigInt(part) + 1n), 0n);
}

export function decodeParts<T>(value: bigint, count: number, picks: number, pick: (index: number) => T): (T | null)[] {
  let rest = value;
  return Array.from({ length: count }, () => {
    const digit = Number(rest % BigInt(picks + 1));
    rest /= BigInt(picks + 1);
    return digit === 0 ? null : pick(digit - 1);
  });
}
