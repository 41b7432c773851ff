/**
 * A short, synchronous fingerprint of a record's canonical JSON, to tell whether a record changed
 * since it was last synced. Synchronous because it runs inside IndexedDB transactions, which
 * commit as soon as they wait on anything else (Web Crypto's digest is a promise). It detects
 * change, it does not defend against tampering: what the server sends is validated, not trusted.
 */
import { canonicalJson } from '../canonical-json';

/** cyrb53 (public domain, by bryc): a 53-bit hash with good spread, as 14 hex digits. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function fingerprint(value: unknown): string {
  const text = canonicalJson(value);
  return `${text.length.toString(36)}-${cyrb53(text)}`;
}
