/** The link rule of domain/trust.ts: which texts may become live links (a card's source on the first screen). */

export const MAX_LINK_LENGTH = 2000;
export const WEB_LINK_RULE = 'a web address starting https:// or http://';

/**
 * Whether a text may become a live link: an http(s) address and nothing else. `javascript:`,
 * `data:` and every other scheme are refused, as are addresses with spaces or control characters
 * (which browsers strip, turning a harmless-looking text into another address).
 */
export function isWebLink(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > MAX_LINK_LENGTH || !/^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/i.test(v)) return false;
  try {
    const url = new URL(v);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
