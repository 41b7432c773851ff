/**
 * Checksums. A CRC of degree k detects every error burst of k bits or fewer, so CRC-16 over a
 * result code's bits catches every single mistyped symbol (a change of at most 5 adjacent bits)
 * wherever it falls, the checksum itself included.
 */

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, not reflected) over a bit string, most
 * significant bit first; over whole bytes it equals the usual byte-wise CRC ("123456789" → 0x29B1).
 */
export function crc16Bits(bits: readonly number[]): number {
  let crc = 0xffff;
  for (const bit of bits) {
    const top = ((crc >> 15) & 1) ^ (bit & 1);
    crc = (crc << 1) & 0xffff;
    if (top) crc ^= 0x1021;
  }
  return crc;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip and PNG use it; "123456789" → 0xCBF43926). */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
