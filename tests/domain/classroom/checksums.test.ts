import { describe, expect, it } from 'vitest';
import { CROCKFORD, numberToSymbols, readSymbols, writeSymbols } from '../../../src/domain/classroom/base32.ts';
import { fromBase64url, toBase64url } from '../../../src/domain/classroom/base64url.ts';
import { bitsToSymbols, symbolsToBits } from '../../../src/domain/classroom/bits.ts';
import { crc16Bits, crc32 } from '../../../src/domain/classroom/crc.ts';
import { createRng, randomInt } from '../../../src/domain/quiz/rng.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const bitsOf = (data: Uint8Array) => [...data].flatMap((b) => [7, 6, 5, 4, 3, 2, 1, 0].map((i) => (b >> i) & 1));

describe('checksums and alphabets', () => {
  it('compute the standard check values', () => {
    expect(crc16Bits(bitsOf(bytes('123456789')))).toBe(0x29b1);
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('CRC-16 catches every burst of up to 16 bits in a long message', () => {
    const rng = createRng('bursts');
    const message = Array.from({ length: 160 }, () => randomInt(rng, 2));
    const good = crc16Bits(message);
    for (let length = 1; length <= 16; length++) {
      for (let start = 0; start + length <= message.length; start += 3) {
        const pattern = Array.from({ length }, (_, i) => (i === 0 || i === length - 1 ? 1 : randomInt(rng, 2)));
        const bad = message.map((b, i) => (i >= start && i < start + length ? b ^ pattern[i - start]! : b));
        expect(crc16Bits(bad)).not.toBe(good);
      }
    }
  });

  it('Crockford base32 reads forgivingly and writes in groups of four', () => {
    expect(CROCKFORD).toHaveLength(32);
    expect(CROCKFORD).not.toMatch(/[ILOU]/);
    expect(readSymbols('k7qf-2m9d o il')).toEqual({ ok: true, symbols: [...'K7QF2M9D011'].map((c) => CROCKFORD.indexOf(c)) });
    expect(readSymbols('AB–CD')).toMatchObject({ ok: true });
    expect(readSymbols('ABU')).toEqual({ ok: false, char: 'U' });
    expect(writeSymbols([...Array(10).keys()])).toBe('0123-4567-89');
    expect(writeSymbols(numberToSymbols(2 ** 40 - 1, 8), 0)).toBe('ZZZZZZZZ');
    expect(() => numberToSymbols(32, 1)).toThrow();
    const bits = symbolsToBits([31, 0, 17]);
    expect(bits).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(bitsToSymbols(bits)).toEqual([31, 0, 17]);
  });

  it('base64url round-trips any bytes, with no padding', () => {
    const rng = createRng('b64');
    for (let n = 0; n < 40; n++) {
      const data = Uint8Array.from({ length: n }, () => randomInt(rng, 256));
      const text = toBase64url(data);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text.length).toBe(Math.ceil((n * 8) / 6));
      expect(fromBase64url(text)).toEqual({ ok: true, bytes: data });
    }
    expect(toBase64url(bytes('\u00ff\u00fe'))).toBe('w7_Dvg');
    expect(fromBase64url('ab+c')).toEqual({ ok: false, badChar: '+' });
    expect(fromBase64url('abcde')).toEqual({ ok: false, truncated: true });
  });
});
