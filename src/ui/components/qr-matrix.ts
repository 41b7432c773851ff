import { encode } from 'uqr';

/**
 * The modules of the QR code the app draws for `value` (uqr, a port of Nayuki's generator), with a
 * quiet zone of `border` modules: true is dark. Medium error correction survives a projector's glare
 * and a phone screen's reflections. The browser tests film these very matrices for the scanner.
 */
export function qrMatrix(value: string, border = 2): boolean[][] {
  return encode(value, { ecc: 'M', border }).data;
}
