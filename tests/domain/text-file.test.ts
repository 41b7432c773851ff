import { describe, expect, it } from 'vitest';
import { decodeTextFile, decodeWindows1252 } from '../../src/domain/deck/text-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of text made of Latin-1 letters only (where the two agree, below U+0100 bar 0x80–0x9F). */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => {
  const code = c.codePointAt(0)!;
  if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`"${c}" is not a Latin-1 letter`);
  return code;
}));
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + 2 * text.length);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) { bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff; bytes[3 + 2 * i] = text.charCodeAt(i) >> 8; }
  return bytes;
};

describe('reading the bytes of a chosen text file', () => {
  it('reads UTF-8, letters beyond Latin-1 included', () => {
    expect(decodeTextFile(utf8('term,definition\nBakı,Gəncə\n'))).toEqual({ ok: true, text: 'term,definition\nBakı,Gəncə\n', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark, as Excel writes one', () => {
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Şəki,city')]))).toEqual({ ok: true, text: 'Şəki,city', encoding: 'utf-8' });
  });

  it('refuses Windows-1252 as UTF-8, naming the first line with a letter that is not UTF-8, and replaces nothing', () => {
    const bytes = latin1('term,definition\nCapital,Bakü\nSecond city,Gänçä\n');
    expect(decodeTextFile(bytes)).toEqual({ ok: false, problem: 'not-utf8', line: 2 });
  });

  it('counts lines by their newlines, whether they end in CRLF or LF', () => {
    expect(decodeTextFile(latin1('a,b\r\nc,d\r\ne,Société\r\n'))).toMatchObject({ problem: 'not-utf8', line: 3 });
    expect(decodeTextFile(latin1('Société,x'))).toMatchObject({ problem: 'not-utf8', line: 1 });
    // A letter cut off by a newline is not UTF-8 either: its line is the one it starts on.
    expect(decodeTextFile(Uint8Array.from([...utf8('a,b\nc,'), 0xc3, 0x0a, ...utf8('d,e')]))).toMatchObject({ problem: 'not-utf8', line: 2 });
  });

  it('reads the same bytes as Windows-1252 when asked, with every letter right', () => {
    const bytes = latin1('term,definition\nCapital,Bakü\nSecond city,Gänçä\nSociété,Ærø\n');
    expect(decodeWindows1252(bytes)).toBe('term,definition\nCapital,Bakü\nSecond city,Gänçä\nSociété,Ærø\n');
    // Where Windows-1252 differs from Latin-1: the euro sign and typographic quotes Excel writes.
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96]))).toBe('€ “a” –');
  });

  it('honours a UTF-16 byte order mark, as in Excel\'s "Unicode Text" export', () => {
    expect(decodeTextFile(utf16le('term\tdefinition\nBakı\tGəncə'))).toEqual({ ok: true, text: 'term\tdefinition\nBakı\tGəncə', encoding: 'utf-16le' });
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x01, 0x31]);
    expect(decodeTextFile(be)).toEqual({ ok: true, text: 'Aı', encoding: 'utf-16be' });
    // An unpaired surrogate is not text either.
    expect(decodeTextFile(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x42, 0x00]))).toEqual({ ok: false, problem: 'not-utf8', line: 2 });
  });

  it('calls a file with zero bytes outside UTF-16 binary, not text in another encoding', () => {
    expect(decodeTextFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff]))).toEqual({ ok: false, problem: 'binary' });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
