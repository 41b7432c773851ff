/** Base64url without padding (RFC 4648 §5): the bytes of a link, in characters a URL fragment keeps as they are. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * The bytes of a base64url text; `badChar` for a character outside the alphabet, `truncated` when
 * the length cannot be the end of a base64 text (one character left over).
 */
export function fromBase64url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; badChar?: string; truncated?: true } {
  for (const c of text) if (!VALUE.has(c)) return { ok: false, badChar: c };
  if (text.length % 4 === 1) return { ok: false, truncated: true };
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const c of text) {
    acc = ((acc << 6) | VALUE.get(c)!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  return { ok: true, bytes };
}
