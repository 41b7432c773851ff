/**
 * Anki fields are HTML. Going in, a field becomes plain text that no screen can ever run or
 * render as markup: tags are dropped (line-breaking ones become line breaks), entities decoded,
 * media references removed. Going out, our text becomes HTML that shows exactly that text.
 * String work only (no DOM), so the same code runs in the browser, at build time and in tests.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', bull: '•', shy: '',
};

/** Elements whose content is never text to show. */
const HIDDEN = /<(script|style|head|title|template|object|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Blocks: a run of their tags (`</div><div>`) is one line break. */
const BLOCK = /<\s*\/?(div|p|li|tr|h[1-6]|blockquote|pre|ul|ol|table|hr)\b[^>]*>/gi;
const BLOCK_MARK = '\u0001';

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // A code point that is not a character (or a control character) stays as written.
      return code > 0x1f && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Whether a field refers to a picture or a sound, which an import leaves out. */
export const hasMedia = (html: string): boolean => /<img\b|\[sound:[^\]]*\]|<(audio|video)\b/i.test(html);

/** The text an Anki field shows, with its line breaks; no markup survives. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(HIDDEN, '')
    .replace(/\[sound:[^\]]*\]/gi, '')
    .replace(/\u0001/g, '')
    .replace(/<\s*br\b[^>]*>/gi, '\n')
    .replace(BLOCK, BLOCK_MARK)
    .replace(/<[^>]*>/g, '')
    .replace(/\u0001+/g, '\n')
    // A lone "<" left by a broken tag stays visible as itself; it is text now, never markup.
    .replace(/[ \t\r\f\v]+/g, ' ');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** HTML that shows exactly this text, line breaks included. */
export function textToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, '<br>');
}
