import { describe, expect, it } from 'vitest';
import { CROCKFORD } from '../../../src/domain/classroom/base32.ts';
import {
  canonicalCode, decodeResultCode, encodeResultCode, quizTag, RESULT_ERRORS,
} from '../../../src/domain/classroom/index.ts';
import { generateQuiz, type Quiz } from '../../../src/domain/quiz/index.ts';
import { createRng, randomInt } from '../../../src/domain/quiz/rng.ts';
import { randomResponse, rightResponse, shippedDecks, SMALL_QUIZ } from './helpers.ts';

const decks = shippedDecks();
const quizOf = (seed: string | number, count = 20) => generateQuiz(decks, { seed, count });
const symbolsOf = (code: string) => code.replace(/-/g, '');
const NAMES = ['Ana', 'Maximilian', 'Zoë', 'Nodir Karimov', 'Ли Мин', '王小明', 'José 🚀', 'O\'Neil-Smith Jr.', 'a'.repeat(24), '🦊'.repeat(24)];

/** Changes one symbol of a code (written without dashes) to another symbol of the alphabet. */
const withSymbol = (symbols: string, at: number, to: string) => symbols.slice(0, at) + to + symbols.slice(at + 1);

describe('result codes', () => {
  it('carry the name and every answer back, over many quizzes and random answers', () => {
    // Twenty seeds: each of the four quiz lengths five times, each name twice.
    for (let seed = 0; seed < 20; seed++) {
      const quiz = quizOf(seed, 5 + (seed % 4) * 10);
      const rng = createRng(seed, 'responses');
      const responses = quiz.questions.map((q) => randomResponse(q, rng));
      const name = NAMES[seed % NAMES.length]!;
      const code = encodeResultCode(quiz, name, responses);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
      expect(decodeResultCode(code, quiz)).toEqual({ ok: true, name: name.normalize('NFC'), responses, code });
    }
  });

  it('carry all-right, all-unanswered and missing trailing responses', () => {
    const quiz = quizOf('edges');
    const right = quiz.questions.map(rightResponse);
    expect(decodeResultCode(encodeResultCode(quiz, 'Ana', right), quiz)).toMatchObject({ ok: true, responses: right });
    const none = quiz.questions.map(() => null);
    expect(decodeResultCode(encodeResultCode(quiz, 'Ana', []), quiz)).toMatchObject({ ok: true, responses: none });
    expect(encodeResultCode(quiz, 'Ana', [])).toBe(encodeResultCode(quiz, 'Ana', none));
  });

  it('tell an unanswered group question from one with every part left open', () => {
    const matching = SMALL_QUIZ.questions[2]!;
    expect(matching.kind).toBe('matching');
    const open = [null, null, [null, null, null, null], [null, 1, null, 0]] as const;
    const decoded = decodeResultCode(encodeResultCode(SMALL_QUIZ, 'Ana', [...open]), SMALL_QUIZ);
    expect(decoded).toMatchObject({ ok: true, responses: open });
  });

  it('trim the name and refuse an empty, overlong or multi-line one', () => {
    const quiz = SMALL_QUIZ;
    expect(decodeResultCode(encodeResultCode(quiz, '  Ana Lee ', []), quiz)).toMatchObject({ ok: true, name: 'Ana Lee' });
    expect(() => encodeResultCode(quiz, '   ', [])).toThrow('Enter a name');
    expect(() => encodeResultCode(quiz, 'x'.repeat(25), [])).toThrow('at most 24 characters');
    expect(() => encodeResultCode(quiz, 'Ana\nLee', [])).toThrow('line breaks');
  });

  it('refuse responses that do not fit their questions', () => {
    expect(() => encodeResultCode(SMALL_QUIZ, 'Ana', [4])).toThrow('question 1 (choice)');
    expect(() => encodeResultCode(SMALL_QUIZ, 'Ana', [0, 1])).toThrow('question 2 (truefalse)');
    expect(() => encodeResultCode(SMALL_QUIZ, 'Ana', [0, true, [0, 1, 2]])).toThrow('a list of 4 answers');
    expect(() => encodeResultCode(SMALL_QUIZ, 'Ana', [0, true, null, [0, 1, 2, 0]])).toThrow('part 3');
    expect(() => encodeResultCode(SMALL_QUIZ, 'Ana', [0, true, null, null, 1])).toThrow('5 responses');
  });

  it('are short: a 20-question quiz with a 10-character name fits in 40 characters', () => {
    const lengths = new Set<number>();
    // The longest code (39 symbols) comes up within the first ten seeds; 100 took 6 s on a busy machine.
    for (let seed = 0; seed < 20; seed++) {
      const quiz = quizOf(seed, 20);
      expect(quiz.questions).toHaveLength(20);
      const rng = createRng(seed, 'short');
      const code = encodeResultCode(quiz, 'Maximilian', quiz.questions.map((q) => randomResponse(q, rng)));
      lengths.add(symbolsOf(code).length);
    }
    expect(Math.max(...lengths)).toBeLessThanOrEqual(40);
    // A name outside the compact alphabet costs 8 bits a byte, still readable.
    const quiz = quizOf(1, 20);
    expect(symbolsOf(encodeResultCode(quiz, 'Zoë Müller', [])).length).toBeLessThanOrEqual(48);
  });

  it('have the same length for every student of a quiz whose names are as long', () => {
    const quiz = quizOf('same-length');
    const rng = createRng('same-length');
    const lengths = new Set(Array.from({ length: 30 }, () =>
      encodeResultCode(quiz, 'Student 01', quiz.questions.map((q) => randomResponse(q, rng))).length));
    expect(lengths.size).toBe(1);
  });

  it('are read in any case, with or without dashes and spaces, O as 0 and I, L as 1', () => {
    const quiz = quizOf('typing');
    const code = encodeResultCode(quiz, 'Ana', quiz.questions.map(rightResponse));
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeResultCode(typed, quiz)).toMatchObject({ ok: true, name: 'Ana', code });
    expect(decodeResultCode(`  ${symbolsOf(code).replace(/1/g, 'I')}\n`, quiz)).toMatchObject({ ok: true, code });
    expect(canonicalCode(typed)).toBe(code);
  });

  it('reject every single changed character, at every position, to every other symbol', () => {
    for (const [i, quiz] of [quizOf('tamper-1'), quizOf('tamper-2', 12), SMALL_QUIZ].entries()) {
      const rng = createRng('tamper', String(i));
      const code = symbolsOf(encodeResultCode(quiz, NAMES[i * 3]!, quiz.questions.map((q) => randomResponse(q, rng))));
      let tried = 0;
      for (let at = 0; at < code.length; at++) {
        for (const to of CROCKFORD) {
          if (to === code[at]) continue;
          const result = decodeResultCode(withSymbol(code, at, to), quiz);
          expect(result.ok, `${code} with ${to} at ${at}`).toBe(false);
          tried++;
        }
      }
      expect(tried).toBe(code.length * 31);
    }
  });

  it('say a mistyped code has a mistake', () => {
    const quiz = quizOf('typo');
    const code = symbolsOf(encodeResultCode(quiz, 'Ana', []));
    const at = code.length - 5;
    expect(decodeResultCode(withSymbol(code, at, code[at] === 'X' ? 'Y' : 'X'), quiz)).toEqual({ ok: false, error: RESULT_ERRORS.mistake });
    // Two neighbours swapped, the commonest slip after a wrong character.
    const swapAt = [...code].findIndex((c, i) => i > 8 && c !== code[i + 1]);
    const swapped = code.slice(0, swapAt) + code[swapAt + 1] + code[swapAt] + code.slice(swapAt + 2);
    expect(decodeResultCode(swapped, quiz).ok).toBe(false);
  });

  it('say a cut-off code is incomplete, and one with extra characters is too long', () => {
    const quiz = quizOf('cut');
    const code = symbolsOf(encodeResultCode(quiz, 'Maximilian', quiz.questions.map(rightResponse)));
    for (let keep = 8; keep < code.length; keep++) {
      const result = decodeResultCode(code.slice(0, keep), quiz);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBe(`This code is incomplete: it has ${keep} characters, and this student's code should have ${code.length}. Check that none were left off the end.`);
    }
    for (let keep = 1; keep < 8; keep++) expect(decodeResultCode(code.slice(0, keep), quiz)).toMatchObject({ ok: false, error: expect.stringContaining('incomplete') });
    expect(decodeResultCode(`${code}7`, quiz)).toMatchObject({ ok: false, error: expect.stringContaining('1 more than') });
    expect(decodeResultCode('', quiz)).toEqual({ ok: false, error: RESULT_ERRORS.empty });
    expect(decodeResultCode(' - ', quiz)).toEqual({ ok: false, error: RESULT_ERRORS.empty });
  });

  it('name a character that is in no code', () => {
    const quiz = quizOf('chars');
    const code = encodeResultCode(quiz, 'Ana', []);
    expect(decodeResultCode(`${code.slice(0, 3)}U${code.slice(4)}`, quiz)).toMatchObject({ ok: false, error: expect.stringContaining('"U" is not part of any result code') });
    expect(decodeResultCode(`${code}!`, quiz)).toMatchObject({ ok: false, error: expect.stringContaining('"!"') });
  });

  it('refuse a code from another quiz, naming both quizzes', () => {
    const ours = quizOf('ours');
    const theirs = quizOf('theirs');
    const code = encodeResultCode(theirs, 'Ana', theirs.questions.map(rightResponse));
    const result = decodeResultCode(code, ours);
    expect(result).toEqual({
      ok: false,
      error: `This code is for a different quiz (quiz ${quizTag(theirs)}; this class's quiz is ${quizTag(ours)}). Check that the student took this class's quiz.`,
    });
    expect(quizTag(ours)).toMatch(/^[0-9A-Z]{4}$/);
    expect(quizTag(ours)).not.toBe(quizTag(theirs));
  });

  it('refuse a code made against the same spec but other questions (another app version, another deck)', () => {
    const quiz = quizOf('versions');
    const changed: Quiz = structuredClone(quiz);
    const q = changed.questions.find((x) => x.kind === 'choice');
    expect(q, 'a choice question to change').toBeDefined();
    if (q?.kind === 'choice') q.options.reverse();
    const code = encodeResultCode(quiz, 'Ana', []);
    expect(decodeResultCode(code, changed)).toMatchObject({ ok: false, error: expect.stringContaining('different quiz') });
  });

  it('refuse a code from a newer format', () => {
    const quiz = SMALL_QUIZ;
    // Rebuild a valid code whose 2-bit format field says 2 (1 is a live class's): same layout, checksum recomputed.
    const code = symbolsOf(encodeResultCode(quiz, 'Ana', []));
    const bits = [...code].flatMap((c) => [4, 3, 2, 1, 0].map((i) => (CROCKFORD.indexOf(c) >> i) & 1));
    bits[0] = 1;
    let crc = 0xffff;
    for (const bit of bits.slice(0, -16)) {
      const top = ((crc >> 15) & 1) ^ bit;
      crc = (crc << 1) & 0xffff;
      if (top) crc ^= 0x1021;
    }
    for (let i = 0; i < 16; i++) bits[bits.length - 16 + i] = (crc >> (15 - i)) & 1;
    let newer = '';
    for (let i = 0; i < bits.length; i += 5) newer += CROCKFORD[bits.slice(i, i + 5).reduce((n, b) => (n << 1) | b, 0)];
    expect(decodeResultCode(newer, quiz)).toEqual({ ok: false, error: RESULT_ERRORS.newer });
  });

  it('is deterministic: the same answers always give the same code', () => {
    const quiz = quizOf('again');
    const rng = createRng('again');
    const responses = quiz.questions.map((q) => randomResponse(q, rng));
    expect(encodeResultCode(quiz, 'Ana', responses)).toBe(encodeResultCode(structuredClone(quiz), 'Ana', structuredClone(responses)));
    expect(randomInt(rng, 2)).toBeGreaterThanOrEqual(0);
  });
});
