import { describe, expect, it } from 'vitest';
import { createSha256 } from '../../../src/domain/backup/sha256';
import { createRng, randomInt } from '../../../src/domain/quiz/rng';

const webCrypto = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');

describe('SHA-256 a piece at a time', () => {
  it('gives the known digests', () => {
    const of = (text: string) => { const h = createSha256(); h.update(text); return h.hex(); };
    expect(of('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(of('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Web Crypto whatever the text and however it is cut into pieces', async () => {
    const rng = createRng('sha');
    for (let round = 0; round < 40; round++) {
      const length = randomInt(rng, 600);
      const chars = Array.from({ length }, () => String.fromCodePoint([0x41 + randomInt(rng, 26), 0xe9, 0x10d0 + randomInt(rng, 30), 0x1f30d][randomInt(rng, 4)]!));
      const text = chars.join('');
      const h = createSha256();
      // Cut between characters (a piece is always whole text), into pieces of 1 to 130.
      for (let at = 0; at < chars.length;) {
        const step = 1 + randomInt(rng, 130);
        h.update(chars.slice(at, at + step).join(''));
        at += step;
      }
      expect(h.hex(), `round ${round}`).toBe(await webCrypto(text));
    }
  });
});
