import { describe, expect, it } from 'vitest';
import {
  canonicalSpec, checkDecksAvailable, classroomQuiz, decodeSpec, encodeShareLink, encodeSpec, quizIdOf, QR_LINK_LIMIT, SPEC_ERRORS,
  validateSpec, type ClassroomSpec,
} from '../../../src/domain/classroom/index.ts';
import type { Card, Deck } from '../../../src/domain/deck/types.ts';
import { generateQuiz, QUESTION_KINDS } from '../../../src/domain/quiz/index.ts';
import { toBase64url } from '../../../src/domain/classroom/base64url.ts';
import { crc32 } from '../../../src/domain/classroom/crc.ts';
import { createRng, randomInt } from '../../../src/domain/quiz/rng.ts';
import { shippedDecks, specFor } from './helpers.ts';

const decks = shippedDecks();
/** In canonical form (decks by id), as decoding returns it. */
const spec = canonicalSpec(specFor(decks));
const fragmentOf = (s: ClassroomSpec) => encodeSpec(s);
const decoded = (text: string) => {
  const result = decodeSpec(text);
  if (!result.ok) throw new Error(result.error);
  return result.spec;
};
const errorOf = (text: string) => {
  const result = decodeSpec(text);
  return result.ok ? 'decoded' : result.error;
};

/** An imported deck as importCsv makes it: basic and mcq cards sharing one source. */
function customDeck(cards: number, prefix = 'qwert'): Deck {
  const source = { type: 'imported' as const, file: 'vocab.csv', date: '2025-09-01' };
  return {
    id: `custom-${prefix}`, title: 'My vocabulary', topic: 'custom', version: 1, intro: '', talkingPoints: [],
    cards: Array.from({ length: cards }, (_, i): Card => ({
      id: `${prefix}-${String(i + 1).padStart(4, '0')}`,
      kind: i % 3 === 0 ? 'mcq' : 'basic',
      prompt: `Term ${i + 1}, "quoted"`,
      answer: `Définition ${i + 1}`,
      explanation: i % 2 === 0 ? '' : 'Because.',
      source,
      tags: i % 4 === 0 ? ['week-1'] : [],
      ...(i % 3 === 0 ? { distractors: ['Faux A', 'Faux B', 'Faux C'] } : {}),
    })),
  };
}
const withCustom = (deck: Deck, over: Partial<ClassroomSpec> = {}): ClassroomSpec => ({
  ...spec, decks: [...spec.decks, { id: deck.id, version: deck.version }], customDecks: [deck], ...over,
});

describe('the share spec', () => {
  it('round-trips through its fragment text, which only uses characters a URL fragment keeps', () => {
    const text = fragmentOf(spec);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decoded(text)).toEqual(spec);
    const full: ClassroomSpec = { ...spec, kinds: ['choice', 'truefalse'], cardIds: ['act-002', 'act-001'], title: 'Ünïcode — 7B, “quotes”' };
    expect(decoded(fragmentOf(full))).toEqual({ ...full, cardIds: ['act-001', 'act-002'] });
  });

  it('round-trips random specs', () => {
    const rng = createRng('specs');
    const kinds = QUESTION_KINDS;
    for (let i = 0; i < 200; i++) {
      const s: ClassroomSpec = {
        v: 1,
        title: `Quiz ${i} ${'é€😀'.slice(0, randomInt(rng, 4))}`,
        decks: decks.filter(() => randomInt(rng, 2) === 1).map((d) => ({ id: d.id, version: 1 + randomInt(rng, 50) })),
        seed: String(randomInt(rng, 1e9)),
        count: 1 + randomInt(rng, 100),
        secondsPerQuestion: 10 + randomInt(rng, 111),
        ...(randomInt(rng, 2) ? { kinds: kinds.filter(() => randomInt(rng, 2) === 1) } : {}),
      };
      if (s.decks.length === 0) s.decks.push({ id: 'actors', version: 1 });
      if (s.kinds?.length === 0) delete s.kinds;
      expect(decoded(fragmentOf(s))).toEqual(validateSpec(s).ok ? (validateSpec(s) as { spec: ClassroomSpec }).spec : undefined);
    }
  });

  it('reads the fragment out of a whole link, with its #, or wrapped over lines with punctuation after it', () => {
    const { link } = encodeShareLink(spec, 'https://faultlines.example/classroom/join#old');
    expect(link.startsWith('https://faultlines.example/classroom/join#1.')).toBe(true);
    expect(decoded(link)).toEqual(spec);
    const fragment = fragmentOf(spec);
    expect(decoded(`#${fragment}`)).toEqual(spec);
    expect(decoded(`${fragment.slice(0, 20)}\n  ${fragment.slice(20)}).`)).toEqual(spec);
  });

  it('is canonical: the same quiz gives the same text and quiz id, whatever the order of its lists', () => {
    const shuffled: ClassroomSpec = { ...spec, title: `  ${spec.title} `, decks: [...spec.decks].reverse(), kinds: ['truefalse', 'choice', 'choice'] };
    const ordered: ClassroomSpec = { ...spec, kinds: ['choice', 'truefalse'] };
    expect(fragmentOf(shuffled)).toBe(fragmentOf(ordered));
    expect(quizIdOf(shuffled)).toBe(quizIdOf(ordered));
    expect(quizIdOf(spec)).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(quizIdOf(decoded(fragmentOf(spec)))).toBe(quizIdOf(spec));
    expect(quizIdOf({ ...spec, seed: 'other' })).not.toBe(quizIdOf(spec));
    expect(quizIdOf({ ...spec, decks: spec.decks.map((d, i) => (i === 0 ? { ...d, version: d.version + 1 } : d)) })).not.toBe(quizIdOf(spec));
  });

  it('says a cut-off link is incomplete, at every length', () => {
    const text = fragmentOf(withCustom(customDeck(6)));
    for (let keep = 1; keep < text.length; keep++) {
      expect(errorOf(text.slice(0, keep)), `kept ${keep}`).toBe(SPEC_ERRORS.incomplete);
    }
  });

  it('says a changed link is damaged, at every position', () => {
    const text = fragmentOf(spec);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let at = 2; at < text.length; at++) {
      const to = alphabet[(alphabet.indexOf(text[at]!) + 17) % 64]!;
      const result = errorOf(text.slice(0, at) + to + text.slice(at + 1));
      // The last character also carries unused bits: a change only there decodes to the same spec.
      if (at === text.length - 1 && result === 'decoded') continue;
      expect(result, `changed at ${at}`).toBe(SPEC_ERRORS.damaged);
    }
    expect(errorOf(`${text}AAAA`)).toBe(SPEC_ERRORS.tooLong);
    expect(errorOf(`${text.slice(0, 10)}%${text.slice(11)}`)).toBe(SPEC_ERRORS.damaged);
  });

  it('refuses links of another kind and of a newer version', () => {
    expect(errorOf('')).toBe(SPEC_ERRORS.empty);
    expect(errorOf('https://faultlines.example/join#')).toBe(SPEC_ERRORS.empty);
    expect(errorOf('https://faultlines.example/join#section-2')).toBe(SPEC_ERRORS.notOurs);
    expect(errorOf('0.AAAA')).toBe(SPEC_ERRORS.notOurs);
    expect(errorOf('1')).toBe(SPEC_ERRORS.incomplete);
    expect(errorOf(`2.${fragmentOf(spec).slice(2)}`)).toBe(SPEC_ERRORS.newer);
    expect(SPEC_ERRORS.newer).toContain('newer version of Faultlines');
  });

  it('checks every field of a spec, and says which is wrong', () => {
    const bad = (over: Record<string, unknown>) => {
      const result = validateSpec({ ...spec, ...over });
      return result.ok ? 'valid' : result.error;
    };
    expect(bad({})).toBe('valid');
    expect(bad({ v: 2 })).toContain('newer version');
    expect(bad({ v: '1' })).toContain('spec version');
    expect(bad({ title: '  ' })).toBe('the title is empty');
    expect(bad({ title: 'x'.repeat(81) })).toContain('longer than 80');
    expect(bad({ title: 'a\nb' })).toContain('control character');
    expect(bad({ seed: '' })).toContain('the seed');
    expect(bad({ seed: 42 })).toContain('the seed');
    expect(bad({ count: 0 })).toContain('question count must be a whole number from 1 to 100');
    expect(bad({ count: 2.5 })).toContain('question count');
    expect(bad({ secondsPerQuestion: 9 })).toContain('from 10 to 120, found 9');
    expect(bad({ secondsPerQuestion: 121 })).toContain('from 10 to 120');
    expect(bad({ decks: [] })).toContain('deck list must have 1 to 20');
    expect(bad({ decks: 'actors' })).toContain('deck list must be a list');
    expect(bad({ decks: [{ id: 'Actors!', version: 1 }] })).toContain('no valid deck id');
    expect(bad({ decks: [{ id: 'actors', version: 0 }] })).toContain('version of deck "actors"');
    expect(bad({ decks: [{ id: 'actors', version: 1 }, { id: 'actors', version: 2 }] })).toContain('listed twice');
    expect(bad({ kinds: ['essay'] })).toContain('"essay" is not a question kind');
    expect(bad({ kinds: [] })).toContain('question kinds must have');
    expect(bad({ cardIds: ['act-1'] })).toContain('"act-1" in the card list is not a card id');
    expect(bad({ decks: [{ id: 'custom-abc', version: 1 }] })).toContain('its cards are not carried');
    expect(validateSpec(null)).toEqual({ ok: false, error: 'a quiz spec must be an object, found null' });
  });

  it('checks the cards a custom deck carries', () => {
    const deck = customDeck(3);
    const bad = (change: (d: Deck) => void) => {
      const copy = structuredClone(deck);
      change(copy);
      const result = validateSpec({ ...withCustom(deck), customDecks: [copy] });
      return result.ok ? 'valid' : result.error;
    };
    expect(bad(() => undefined)).toBe('valid');
    expect(bad((d) => { d.id = 'mine'; })).toContain('must have an id starting "custom-"');
    expect(bad((d) => { d.version = 2; })).toContain('is version 2, but the deck list says 1');
    expect(bad((d) => { d.cards[1]!.id = 'nope'; })).toContain('card 2 of custom deck "custom-qwert" has no valid card id');
    expect(bad((d) => { d.cards[1]!.id = d.cards[0]!.id; })).toContain('twice');
    expect(bad((d) => { d.cards[0]!.prompt = ''; })).toContain('the prompt of card "qwert-0001" is empty');
    expect(bad((d) => { (d.cards[0] as unknown as Record<string, unknown>).kind = 'essay'; })).toContain('unknown kind');
    expect(bad((d) => { d.cards[0]!.distractors = ['one']; })).toContain('fewer than three distractors');
    expect(bad((d) => { d.cards[0]!.source = { type: 'imported', file: 'x.csv', date: 'yesterday' }; })).toContain('YYYY-MM-DD');
    expect(bad((d) => { d.cards[0]!.tags = ['Week 1']; })).toContain('lower-case words');
    expect(bad((d) => { d.cards = []; })).toContain('must have 1 to 2000');
  });

  it('keeps a carried deck and its cards in the imported namespace, so they never stand in for shipped ones', () => {
    const deck = customDeck(2);
    const bad = (change: (d: Deck) => void) => {
      const copy = structuredClone(deck);
      change(copy);
      const result = validateSpec({ ...spec, decks: [...spec.decks, { id: copy.id, version: 1 }], customDecks: [copy] });
      return result.ok ? 'valid' : result.error;
    };
    expect(bad((d) => { d.id = 'custom-1'; })).toBe('custom deck 1 must have an id starting "custom-" and then 2 to 6 lower-case letters, like "custom-abcde", found "custom-1"');
    expect(bad((d) => { d.id = 'my-deck'; })).toContain('must have an id starting "custom-"');
    expect(bad((d) => { d.cards[0]!.id = 'act-001'; })).toBe(
      'card 1 of custom deck "custom-qwert" has the id "act-001"; its id must be "qwert-" and four digits, like "qwert-0001" (an imported card carries its deck\'s letters)',
    );
    expect(bad((d) => { d.cards[1]!.id = 'abcde-0002'; })).toContain('its id must be "qwert-" and four digits');
  });

  it('carries a source link only if it is a web address', () => {
    const bad = (url: string) => {
      const deck = customDeck(1);
      deck.cards[0]!.source = { type: 'background', date: '2025-08-08', citation: 'A paper', url };
      const result = validateSpec(withCustom(deck));
      return result.ok ? 'valid' : result.error;
    };
    expect(bad('https://example.org/p')).toBe('valid');
    expect(bad('javascript:alert(1)')).toBe('the address in the source of card "qwert-0001" must be a web address starting https:// or http://, found "javascript:alert(1)"');
    expect(bad('data:text/html,<script>alert(1)</script>')).toContain('must be a web address');
    expect(bad('https://exa mple.org')).toContain('must be a web address');
  });

  it('refuses a link whose JSON nests far deeper than a quiz, in plain words', () => {
    const json = new TextEncoder().encode(`{"t":"Deep","d":[["actors",1]],"s":"s","n":5,"q":30,"c":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const length: number[] = [];
    for (let n = json.length; ; n = Math.floor(n / 0x80)) { length.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)); if (n < 0x80) break; }
    const head = [...length, crc32(Uint8Array.from(length)) & 0xff, ...json];
    const crc = crc32(Uint8Array.from(head));
    const link = `1.${toBase64url(Uint8Array.from([...head, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]))}`;
    expect(errorOf(link)).toBe('This link\'s quiz is not valid: it nests lists and objects far more deeply than a quiz ever does.');
  });

  it('carries a custom deck whole, so a device without it regenerates the same quiz', () => {
    const deck = customDeck(12);
    const s = withCustom(deck);
    const back = decoded(fragmentOf(s));
    expect(back.customDecks).toEqual([deck]);
    const teacher = classroomQuiz(s, decks);
    const student = classroomQuiz(back, decks);
    expect(teacher.ok && student.ok).toBe(true);
    if (teacher.ok && student.ok) {
      expect(student.quiz).toEqual(teacher.quiz);
      expect(student.quiz.questions.some((q) => q.cardIds.some((id) => id.startsWith('qwert-')))).toBe(true);
    }
  });

  it('carries every field a card can have, and card ids that do not run in sequence', () => {
    const article = { type: 'article' as const, quote: 'a quote' };
    const deck: Deck = {
      id: 'custom-mixed', title: 'Mixed', topic: 'custom', version: 7, intro: '', talkingPoints: [],
      cards: [
        { id: 'mixed-0010', kind: 'cloze', prompt: 'The _____ corridor.', answer: 'Zangezur', explanation: 'Route.', source: article, tags: ['route'], answerKind: 'route', core: true },
        { id: 'mixed-0020', kind: 'truefalse', prompt: 'Baku is neutral.', answer: 'False. It leans.', explanation: 'E.', source: article, tags: [], truth: false, correction: 'It leans.' },
        {
          id: 'mixed-0030', kind: 'perspective', prompt: 'The corridor', answer: 'Baku: good\nTehran: bad', explanation: 'Views.', tags: [],
          source: { type: 'background', date: '2025-08-08', citation: 'A paper', url: 'https://example.org/p' },
          views: [{ who: 'Baku', view: 'good' }, { who: 'Tehran', view: 'bad' }],
        },
        { id: 'mixed-0040', kind: 'mcq', prompt: 'Pick', answer: 'A', explanation: '', source: article, tags: [], distractors: ['B', 'C', 'D'] },
      ],
    };
    expect(decoded(fragmentOf(withCustom(deck))).customDecks).toEqual([deck]);
  });

  it('leaves behind what a quiz does not use: the intro, talking points and sorts', () => {
    const deck: Deck = { ...customDeck(4), intro: 'Imported on Monday.', talkingPoints: ['One'], sorts: [] };
    expect(decoded(fragmentOf(withCustom(deck))).customDecks).toEqual([{ ...deck, intro: '', talkingPoints: [], sorts: undefined }]);
  });

  it('says whether the link fits a QR code, and keeps a long link usable', () => {
    const small = encodeShareLink(withCustom(customDeck(10)), 'https://faultlines.example/join');
    expect(small.fitsQr).toBe(true);
    expect(new TextEncoder().encode(small.link).length).toBeLessThanOrEqual(QR_LINK_LIMIT);
    const big = encodeShareLink(withCustom(customDeck(200)), 'https://faultlines.example/join');
    expect(big.fitsQr).toBe(false);
    expect(decoded(big.link).customDecks?.[0]?.cards).toHaveLength(200);
  });

  it('asks for the decks in the versions it names, naming the deck and both versions', () => {
    const corridors = { ...spec, decks: [{ id: 'corridors', version: 3 }] };
    expect(checkDecksAvailable(corridors, [{ id: 'corridors', version: 3, title: 'Corridors' }])).toEqual({ ok: true });
    expect(checkDecksAvailable(corridors, [{ id: 'corridors', version: 2, title: 'Corridors' }])).toEqual({
      ok: false,
      error: 'This quiz uses Corridors version 3; this device has version 2. Update the app (reload when online) and open the link again.',
    });
    expect(checkDecksAvailable(corridors, [{ id: 'corridors', version: 4, title: 'Corridors' }])).toMatchObject({
      ok: false, error: expect.stringContaining('This quiz uses Corridors version 3; this device has version 4. The link was made with an older version'),
    });
    expect(checkDecksAvailable(corridors, [{ id: 'actors', version: 1 }])).toMatchObject({
      ok: false, error: expect.stringContaining('the deck "corridors" (version 3), which this device does not have'),
    });
    // A custom deck travels in the link: this device need not have it.
    expect(checkDecksAvailable(withCustom(customDeck(2)), decks)).toEqual({ ok: true });
  });

  it('regenerates the teacher\'s quiz on the student\'s device, over many seeds', () => {
    for (let i = 0; i < 10; i++) {
      const s = specFor(decks, { seed: `seed-${i}`, count: 5 + i, ...(i % 2 ? { kinds: ['choice', 'matching'] } : {}) });
      const student = classroomQuiz(decoded(fragmentOf(s)), [...decks].reverse());
      expect(student.ok).toBe(true);
      if (student.ok) {
        expect(student.quiz).toEqual(generateQuiz(decks, { seed: s.seed, count: s.count, ...(s.kinds ? { kinds: s.kinds } : {}) }));
      }
    }
  });

  it('refuses to build a quiz asking cards the decks do not have', () => {
    const s = { ...spec, cardIds: ['act-001', 'zzz-999'] };
    expect(classroomQuiz(s, decks)).toMatchObject({ ok: false, error: expect.stringContaining('zzz-999') });
    expect(classroomQuiz({ ...spec, decks: [{ id: 'actors', version: 99 }] }, decks)).toMatchObject({ ok: false, error: expect.stringContaining('version 99') });
  });
});
