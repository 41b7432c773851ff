/**
 * Turns the bytes of a chosen text file into text without forging a letter. UTF-8 is read strictly:
 * a byte that is not UTF-8 is never replaced by "�" in silence (the browser's `File.text()` does
 * that), the caller learns the first line that has one and may ask for Windows-1252, the encoding
 * Excel and Quizlet use for CSV on Western-European Windows. A UTF-8 byte order mark is dropped; a
 * UTF-16 one is honoured, since Excel's "Unicode Text" export is UTF-16.
 */

export type TextFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedTextFile =
  | { ok: true; text: string; encoding: TextFileEncoding }
  /** Not UTF-8 (nor UTF-16 with its mark); `line` is the first line, from 1, with a byte that is not. */
  | { ok: false; problem: 'not-utf8'; line: number }
  /** A zero byte outside UTF-16: a spreadsheet, an image or the like, not text. */
  | { ok: false; problem: 'binary' };

const NEWLINE = 0x0a;

export function decodeTextFile(bytes: Uint8Array): DecodedTextFile {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const text = strict(utf16, bytes);
    if (text !== undefined) return { ok: true, text, encoding: utf16 };
    // An unpaired surrogate: rare enough that the line of its replacement will do.
    const replaced = new TextDecoder(utf16).decode(bytes);
    return { ok: false, problem: 'not-utf8', line: lineOf(replaced, replaced.indexOf('\uFFFD')) };
  }
  if (bytes.includes(0)) return { ok: false, problem: 'binary' };
  const text = strict('utf-8', bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  return { ok: false, problem: 'not-utf8', line: firstLineNotUtf8(bytes) };
}

/**
 * Windows-1252 gives a character for every byte, so this cannot fail; whether it reads right is the
 * learner's to see. Not `new TextDecoder('windows-1252')`: Node since 20.18.3 decodes it as Latin-1,
 * wrong for 0x80–0x9F (https://github.com/nodejs/node/issues/60888), so tests and browsers would differ.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_80_9F[b - 0x80]! : b;
  }
  let text = '';
  // In slices: a spread of a whole large file would overflow the argument limit.
  for (let i = 0; i < units.length; i += 0x2000) text += String.fromCharCode(...units.subarray(i, i + 0x2000));
  return text;
}

/** What 0x80–0x9F mean in Windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt); elsewhere it is Latin-1. */
const WINDOWS_1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A newline byte is never part of a UTF-8 sequence, so each line can be checked on its own. */
function firstLineNotUtf8(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const found = bytes.indexOf(NEWLINE, start);
    const end = found === -1 ? bytes.length : found;
    if (strict('utf-8', bytes.subarray(start, end)) === undefined) return line;
    start = end + 1;
  }
  return 1;
}

function lineOf(text: string, index: number): number {
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
