/**
 * The result code a student's device shows at the end of a classroom quiz, for the teacher to type
 * or scan: the quiz it answers, the student's name, every answer, and a checksum, in Crockford
 * base32 grouped by four (`K7QF-2M9D-…`).
 *
 * Bits, most significant first:
 *   format 2 · quiz tag 20 · [student key 25, format 1 only] · name · answers · zero padding · CRC-16 16
 * - format: 0 for a class shared without a server; 1 for a live class, whose codes carry the
 *   student key its live documents name (live.ts), so a code typed by hand for a student already
 *   counted live is known as theirs. 2–3 are left for a newer app.
 * - quiz tag: 20 bits of a hash of the quiz id and of every question as asked (options, pairs, items
 *   in display order), so a code is read only against the very questions it answers.
 * - name, after checkName: either `0`, length−1 in 5 bits and the name as one number in base 66 over
 *   NAME_ALPHABET (about 6 bits a character), or `1`, byte count−1 in 7 bits and its UTF-8 bytes.
 * - answers: one number in mixed radix, question 1 least significant, in exactly as many bits as the
 *   largest such number needs, so every code of a quiz and a name length has the same length. Per
 *   question, 0 is "unanswered" and otherwise 1 + the number its kind's codec gives the answer
 *   (quiz/kinds): choice, cloze and which-route the option index; true/false 0 false, 1 true;
 *   matching Σ (right index + 1, or 0 for a pair left open) × (rights + 1)^pair; which-side
 *   Σ (side + 1, or 0) × 3^item; tap-place the tapped place's index in the question's list of places.
 * - padding makes the whole a multiple of 5 bits; CRC-16/CCITT-FALSE over every bit before it.
 * The CRC detects every burst of up to 16 bits, so every single mistyped character.
 */
import { canonicalJson } from '../canonical-json.ts';
import { kindSpec } from '../quiz/kinds/index.ts';
import { hashString } from '../quiz/rng.ts';
import type { Question, Quiz, QuizResponse } from '../quiz/types.ts';
import { numberToSymbols, readSymbols, writeSymbols } from './base32.ts';
import { BitReader, BitWriter, bitsToSymbols, symbolsToBits, widthFor } from './bits.ts';
import { crc16Bits } from './crc.ts';
import { checkName } from './student-name.ts';

export const RESULT_FORMAT = 0;
/** The format of a live class's codes: format 0 with the student key after the tag. */
export const LIVE_RESULT_FORMAT = 1;
const FORMAT_BITS = 2;
/** A student key: 5 Crockford base32 symbols, 25 random bits (two in a class of 30 share one about once in 75,000 classes). */
export const STUDENT_KEY_BITS = 25;
export const STUDENT_KEY = /^[0-9A-HJKMNP-TV-Z]{5}$/;
const TAG_BITS = 20;
const CRC_BITS = 16;
/** Names made only of these are written in about 6 bits a character instead of 8. */
export const NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.'";
const NAME_RADIX = BigInt(NAME_ALPHABET.length);
const NAME_LENGTH_BITS = 5;
const NAME_BYTES_BITS = 7;

export type DecodedResult = {
  ok: true;
  name: string;
  /** The student key of a live class's code (format 1); absent in a code of a class shared without a server. */
  studentKey?: string;
  /** One per question, in quiz order; null: unanswered. */
  responses: (QuizResponse | null)[];
  /** The code in its canonical written form (upper case, grouped by four): two typings of one code are equal here. */
  code: string;
};

const TYPO = "Check each character against the student's screen.";
export const RESULT_ERRORS = {
  empty: 'Enter a result code.',
  mistake: `This code has a mistake: at least one character is wrong. ${TYPO}`,
  newer: 'This code was made by a newer version of Faultlines. Update the app (reload when online) and enter it again.',
  notThisQuiz: "This code does not fit this quiz's questions.",
} as const;

/** The quiz's tag as 4 base32 symbols: what a code names its quiz by. */
export function quizTag(quiz: Quiz): string {
  return writeSymbols(numberToSymbols(tagOf(quiz), TAG_BITS / 5), 0);
}

function tagOf(quiz: Quiz): number {
  const shapes = quiz.questions.map((q) => kindSpec(q.kind).code.fingerprint(q));
  return Math.floor(hashString(canonicalJson([quiz.id, shapes])) / 2 ** (53 - TAG_BITS));
}

// ---- one question's answer as a number: 0 unanswered, 1 + the kind's own number ------------

const radixOf = (q: Question): bigint => 1n + kindSpec(q.kind).code.answers(q);

function valueOf(q: Question, response: unknown, number: number): bigint {
  if (response === null || response === undefined) return 0n;
  const { code } = kindSpec(q.kind);
  const checked = code.check(q, response);
  if (!checked.ok) throw new RangeError(`question ${number} (${q.kind}): ${checked.problem}`);
  return 1n + code.encode(q, checked.response);
}

const responseOf = (q: Question, value: bigint): QuizResponse | null => (value === 0n ? null : kindSpec(q.kind).code.decode(q, value - 1n));

const answersRadix = (quiz: Quiz) => quiz.questions.reduce((product, q) => product * radixOf(q), 1n);

// ---- the name -------------------------------------------------------------------------------

function writeName(out: BitWriter, name: string): void {
  const chars = [...name];
  if (chars.every((c) => NAME_ALPHABET.includes(c))) {
    out.write(0, 1).write(chars.length - 1, NAME_LENGTH_BITS);
    const value = chars.reduceRight((n, c) => n * NAME_RADIX + BigInt(NAME_ALPHABET.indexOf(c)), 0n);
    out.write(value, widthFor(NAME_RADIX ** BigInt(chars.length)));
  } else {
    const bytes = new TextEncoder().encode(name);
    out.write(1, 1).write(bytes.length - 1, NAME_BYTES_BITS);
    for (const b of bytes) out.write(b, 8);
  }
}

/** The name's length in bits after its mode and length fields, or undefined if those cannot be read. */
function nameWidth(input: BitReader): { compact: boolean; units: number; width: number } | undefined {
  const mode = input.read(1);
  if (mode === undefined) return undefined;
  const units = input.read(mode === 0n ? NAME_LENGTH_BITS : NAME_BYTES_BITS);
  if (units === undefined) return undefined;
  const n = Number(units) + 1;
  return mode === 0n ? { compact: true, units: n, width: widthFor(NAME_RADIX ** BigInt(n)) } : { compact: false, units: n, width: 8 * n };
}

function readName(input: BitReader): string | undefined {
  const shape = nameWidth(input);
  if (!shape || shape.units > (shape.compact ? 24 : 96)) return undefined;
  if (shape.compact) {
    let value = input.read(shape.width);
    if (value === undefined || value >= NAME_RADIX ** BigInt(shape.units)) return undefined;
    let name = '';
    for (let i = 0; i < shape.units; i++) {
      name += NAME_ALPHABET[Number(value % NAME_RADIX)];
      value /= NAME_RADIX;
    }
    return name;
  }
  const bytes = new Uint8Array(shape.units);
  for (let i = 0; i < shape.units; i++) {
    const b = input.read(8);
    if (b === undefined) return undefined;
    bytes[i] = Number(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// ---- the code -------------------------------------------------------------------------------

/** Zero bits that bring a payload of `bits` plus the CRC to a whole number of 5-bit symbols. */
const padFor = (bits: number) => (5 - ((bits + CRC_BITS) % 5)) % 5;

/**
 * The result code for `responses` (one per question, in quiz order; missing or null: unanswered),
 * with the student key of a live class (format 1) when one is given.
 * Throws a RangeError for a name checkName refuses, a malformed key or a response that does not fit its question.
 */
export function encodeResultCode(quiz: Quiz, name: string, responses: readonly (QuizResponse | null | undefined)[], studentKey?: string): string {
  const checked = checkName(name);
  if (!checked.ok) throw new RangeError(checked.error);
  if (responses.length > quiz.questions.length) {
    throw new RangeError(`${responses.length} responses for a quiz of ${quiz.questions.length} questions`);
  }
  if (studentKey !== undefined && !STUDENT_KEY.test(studentKey)) throw new RangeError(`${JSON.stringify(studentKey)} is not a student key`);
  const out = new BitWriter().write(studentKey === undefined ? RESULT_FORMAT : LIVE_RESULT_FORMAT, FORMAT_BITS).write(tagOf(quiz), TAG_BITS);
  if (studentKey !== undefined) out.write(keyValue(studentKey), STUDENT_KEY_BITS);
  writeName(out, checked.name);
  let answers = 0n;
  for (let i = quiz.questions.length - 1; i >= 0; i--) {
    const q = quiz.questions[i]!;
    answers = answers * radixOf(q) + valueOf(q, responses[i], i + 1);
  }
  out.write(answers, widthFor(answersRadix(quiz)));
  out.write(0, padFor(out.bits.length));
  out.write(crc16Bits(out.bits), CRC_BITS);
  return writeSymbols(bitsToSymbols(out.bits));
}

const keyValue = (key: string): bigint => {
  const read = readSymbols(key);
  return read.ok ? read.symbols.reduce((n, s) => n * 32n + BigInt(s), 0n) : 0n;
};
const keyText = (value: bigint): string => writeSymbols(numberToSymbols(value, STUDENT_KEY_BITS / 5), 0);

/** The bits a format's header takes after the tag: a live code's student key. */
const keyBits = (format: bigint | undefined): number | undefined =>
  format === BigInt(RESULT_FORMAT) ? 0 : format === BigInt(LIVE_RESULT_FORMAT) ? STUDENT_KEY_BITS : undefined;

/** How many symbols a code of this quiz should have, judged by its header; undefined if the header is not this quiz's. */
function expectedSymbols(bits: readonly number[], quiz: Quiz): number | undefined {
  const input = new BitReader(bits);
  const key = keyBits(input.read(FORMAT_BITS));
  if (key === undefined || input.read(TAG_BITS) !== BigInt(tagOf(quiz))) return undefined;
  if (key > 0 && input.read(key) === undefined) return undefined;
  const name = nameWidth(input);
  if (!name) return undefined;
  const payload = FORMAT_BITS + TAG_BITS + key + 1 + (name.compact ? NAME_LENGTH_BITS : NAME_BYTES_BITS) + name.width + widthFor(answersRadix(quiz));
  return (payload + padFor(payload) + CRC_BITS) / 5;
}

/**
 * Reads a code typed, pasted or scanned (any case, spaces and dashes ignored, O read as 0, I and L
 * as 1) against the quiz it should answer. A mistyped, cut-off or padded code, and a code of
 * another quiz, are refused with a message that says which.
 */
export function decodeResultCode(code: string, quiz: Quiz): DecodedResult | { ok: false; error: string } {
  const read = readSymbols(code);
  if (!read.ok) {
    return { ok: false, error: `"${read.char}" is not part of any result code: codes have only digits and the letters A–Z (no U). ${TYPO}` };
  }
  const { symbols } = read;
  if (symbols.length === 0) return { ok: false, error: RESULT_ERRORS.empty };
  const bits = symbolsToBits(symbols);
  const body = bits.slice(0, -CRC_BITS);
  const intact = bits.length > CRC_BITS + FORMAT_BITS + TAG_BITS
    && crc16Bits(body) === Number(new BitReader(bits.slice(-CRC_BITS)).read(CRC_BITS));

  if (!intact) {
    const expected = expectedSymbols(bits, quiz);
    if (expected !== undefined && symbols.length < expected) {
      return { ok: false, error: `This code is incomplete: it has ${symbols.length} characters, and this student's code should have ${expected}. Check that none were left off the end.` };
    }
    if (expected !== undefined && symbols.length > expected) {
      return { ok: false, error: `This code has ${symbols.length} characters, ${symbols.length - expected} more than this student's code should have. Check for extra characters.` };
    }
    if (symbols.length < 8) return { ok: false, error: `This code is incomplete: it has only ${symbols.length} characters. Check that none were left off.` };
    return { ok: false, error: RESULT_ERRORS.mistake };
  }

  const input = new BitReader(body);
  const key = keyBits(input.read(FORMAT_BITS));
  if (key === undefined) return { ok: false, error: RESULT_ERRORS.newer };
  const tag = Number(input.read(TAG_BITS));
  if (tag !== tagOf(quiz)) {
    const theirs = writeSymbols(numberToSymbols(tag, TAG_BITS / 5), 0);
    return { ok: false, error: `This code is for a different quiz (quiz ${theirs}; this class's quiz is ${quizTag(quiz)}). Check that the student took this class's quiz.` };
  }
  const studentKey = key > 0 ? input.read(key) : undefined;
  if (key > 0 && studentKey === undefined) return { ok: false, error: RESULT_ERRORS.notThisQuiz };
  const name = readName(input);
  const checked = name === undefined ? undefined : checkName(name);
  if (!checked?.ok || checked.name !== name) return { ok: false, error: RESULT_ERRORS.notThisQuiz };
  const radix = answersRadix(quiz);
  const answers = input.read(widthFor(radix));
  if (answers === undefined || answers >= radix) return { ok: false, error: RESULT_ERRORS.notThisQuiz };
  const padding = input.remaining;
  if (padding >= 5 || input.read(padding) !== 0n) return { ok: false, error: RESULT_ERRORS.notThisQuiz };

  let rest = answers;
  const responses = quiz.questions.map((q) => {
    const r = radixOf(q);
    const value = rest % r;
    rest /= r;
    return responseOf(q, value);
  });
  return { ok: true, name: checked.name, ...(studentKey !== undefined ? { studentKey: keyText(studentKey) } : {}), responses, code: writeSymbols(symbols) };
}

/** A code in its canonical written form (what decodeResultCode returns as `code`), or the text trimmed if it is not a code. */
export function canonicalCode(code: string): string {
  const read = readSymbols(code);
  return read.ok ? writeSymbols(read.symbols) : code.trim();
}

/** The student key a live class's code carries (read from its header, without the quiz), or undefined for a code without one. */
export function codeStudentKey(code: string): string | undefined {
  const read = readSymbols(code);
  if (!read.ok) return undefined;
  const input = new BitReader(symbolsToBits(read.symbols));
  if (input.read(FORMAT_BITS) !== BigInt(LIVE_RESULT_FORMAT) || input.read(TAG_BITS) === undefined) return undefined;
  const key = input.read(STUDENT_KEY_BITS);
  return key === undefined ? undefined : keyText(key);
}
