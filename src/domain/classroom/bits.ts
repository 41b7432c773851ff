/**
 * A bit string, most significant bit first, for codes packed tighter than bytes: fields of any
 * width, written and read in order. Values are bigints so a field may be wider than 53 bits.
 */

export class BitWriter {
  readonly bits: number[] = [];

  /** Appends `value` in exactly `width` bits. */
  write(value: number | bigint, width: number): this {
    const n = BigInt(value);
    if (n < 0n || n >> BigInt(width) !== 0n) throw new RangeError(`${String(value)} does not fit in ${width} bits`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Number((n >> BigInt(i)) & 1n));
    return this;
  }
}

export class BitReader {
  private position = 0;
  constructor(private readonly bits: readonly number[]) {}

  get remaining(): number {
    return this.bits.length - this.position;
  }

  /** The next `width` bits as a number, or undefined when fewer remain. */
  read(width: number): bigint | undefined {
    if (width > this.remaining) return undefined;
    let n = 0n;
    for (let i = 0; i < width; i++) n = (n << 1n) | BigInt(this.bits[this.position++]!);
    return n;
  }
}

/** How many bits it takes to write every number below `count` (0 for a count of 1 or less). */
export function widthFor(count: bigint): number {
  return count <= 1n ? 0 : (count - 1n).toString(2).length;
}

export function symbolsToBits(symbols: readonly number[]): number[] {
  return symbols.flatMap((s) => [4, 3, 2, 1, 0].map((i) => (s >> i) & 1));
}

/** Bits to 5-bit symbols; the length must be a multiple of five. */
export function bitsToSymbols(bits: readonly number[]): number[] {
  if (bits.length % 5 !== 0) throw new RangeError(`${bits.length} bits are not a whole number of symbols`);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 5) out.push(bits.slice(i, i + 5).reduce((n, b) => (n << 1) | b, 0));
  return out;
}
