import { describe, expect, it } from 'vitest';
import {
  addStudent, answerDoc, canonicalSpec, checkLiveUrl, classroomQuiz, codeStudentKey, decodeResultCode, decodeSpec, encodeResultCode, encodeSpec,
  liveDatabaseName, liveTarget, liveValidateFunction, quizIdOf, quizTag, readLiveDoc, resultDoc, tallyLive,
  type HandResult, type LiveDoc, type LiveEntry,
} from '../../../src/domain/classroom/index.ts';
import { generateQuiz, kindSpec, type Quiz, type QuizResponse } from '../../../src/domain/quiz/index.ts';
import { createRng, randomInt } from '../../../src/domain/quiz/rng.ts';
import { CROCKFORD } from '../../../src/domain/classroom/base32.ts';
import { randomResponse, rightResponse, shippedDecks, SMALL_QUIZ, specFor } from './helpers.ts';

const decks = shippedDecks();
const quiz: Quiz = generateQuiz(decks, { seed: 'live', count: 8 });
const TARGET = liveTarget('https://couch.example.org', 'faultlines-class-k7qf2m9d-abc');

/** Reads documents as the teacher's screen does, failing the test on any refusal. */
function entriesOf(docs: readonly LiveDoc[], q: Quiz = quiz): LiveEntry[] {
  return docs.map((doc) => {
    const read = readLiveDoc(JSON.parse(JSON.stringify(doc)), q);
    if (read.ok !== true) throw new Error(`refused ${doc._id}: ${read.ok === false ? read.reason : 'skipped'}`);
    return read.entry;
  });
}

/** A student who answered every question: their answer documents and their result document. */
function student(key: string, name: string, seed: string, q: Quiz = quiz) {
  const rng = createRng(seed);
  const responses = q.questions.map((question) => randomResponse(question, rng));
  const code = encodeResultCode(q, name, responses, key);
  return {
    responses, code,
    answers: responses.map((r, i) => answerDoc(q, key, name, i, r)),
    result: resultDoc(q, key, name, code),
  };
}

function shuffled<T>(items: readonly T[], seed: string): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('a live class result code', () => {
  it('carries the student key and reads back as the same answers', () => {
    const s = student('K7QF2', 'Leyla', 'a');
    const decoded = decodeResultCode(s.code, quiz);
    expect(decoded).toMatchObject({ ok: true, name: 'Leyla', studentKey: 'K7QF2', responses: s.responses });
    expect(codeStudentKey(s.code)).toBe('K7QF2');
  });

  it('is unchanged for a class without a server: no key, the code of before', () => {
    const responses = quiz.questions.map((q) => rightResponse(q));
    const code = encodeResultCode(quiz, 'Leyla', responses);
    const decoded = decodeResultCode(code, quiz);
    expect(decoded.ok && decoded.studentKey).toBe(undefined);
    expect(codeStudentKey(code)).toBe(undefined);
    expect(encodeResultCode(quiz, 'Leyla', responses, 'K7QF2').replace(/-/g, '').length).toBe(code.replace(/-/g, '').length + 5);
  });

  it('catches a mistyped character, as every code does', () => {
    const { code } = student('K7QF2', 'Leyla', 'b');
    const i = code.length - 3;
    const typo = code.slice(0, i) + (code[i] === '7' ? '8' : '7') + code.slice(i + 1);
    expect(decodeResultCode(typo, quiz).ok).toBe(false);
  });

  it('refuses a key that is not one', () => {
    expect(() => encodeResultCode(quiz, 'Leyla', [], 'k7qf2')).toThrow(RangeError);
    expect(() => encodeResultCode(quiz, 'Leyla', [], 'K7QU2')).toThrow(RangeError);
  });
});

describe('a live share link', () => {
  const spec = canonicalSpec(specFor(decks));

  it('carries the class database and the same quiz as the link without it', () => {
    const decoded = decodeSpec(encodeSpec(spec, TARGET));
    expect(decoded).toEqual({ ok: true, spec, live: TARGET });
    if (!decoded.ok) return;
    expect(quizIdOf(decoded.spec)).toBe(quizIdOf(spec));
  });

  it('an old link, without a class database, still opens as a class without a server', () => {
    expect(decodeSpec(encodeSpec(spec))).toEqual({ ok: true, spec });
  });

  it.each([
    ['http://couch.example.org/faultlines-class-a', /https/],
    ['https://ana:pw@couch.example.org/faultlines-class-a', /user name and password/],
    ['https://couch.example.org/userdb-616e61', /class database/],
    ['https://couch.example.org', /class database/],
    ['javascript:alert(1)//faultlines-class-a', /not allowed/],
  ])('refuses a link whose live class is %s, saying what is wrong', (url, why) => {
    const spec2 = canonicalSpec(specFor(decks));
    // Build the link as a hand-made one would be: encodeSpec takes a target, so go through its wire form.
    const bad = encodeSpec(spec2, { server: '', database: '', url });
    const result = decodeSpec(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^This link's live class is not valid: /);
    expect(result.error).toMatch(why);
  });

  it('allows plain http only on this device', () => {
    expect(checkLiveUrl('http://127.0.0.1:5984/faultlines-class-a')).toEqual({ ok: true, target: liveTarget('http://127.0.0.1:5984', 'faultlines-class-a') });
    expect(checkLiveUrl('http://localhost:5984/faultlines-class-a').ok).toBe(true);
    expect(checkLiveUrl('http://10.0.0.2:5984/faultlines-class-a').ok).toBe(false);
  });

  it('names a class database CouchDB accepts, from any class id', () => {
    expect(liveDatabaseName('K7QF2M9D-lx3abc')).toBe('faultlines-class-k7qf2m9d-lx3abc');
    expect(checkLiveUrl(`https://couch.example.org/${liveDatabaseName('K7QF2M9D-lx3abc')}`).ok).toBe(true);
  });

  it('a link that fits a QR code without a database still fits with one', () => {
    const made = classroomQuiz(spec, decks);
    expect(made.ok).toBe(true);
    expect(`https://faultlines.example/take#${encodeSpec(spec, TARGET)}`.length).toBeLessThan(2300);
  });
});

describe('reading live documents', () => {
  it('takes a well-formed answer and result of this quiz', () => {
    const s = student('K7QF2', 'Leyla', 'c');
    const entries = entriesOf([...s.answers, s.result]);
    expect(entries.filter((e) => e.kind === 'answer').map((e) => e.kind === 'answer' && e.response)).toEqual(s.responses);
  });

  it('skips the design document and refuses everything else that is not an answer of this quiz', () => {
    const s = student('K7QF2', 'Leyla', 'd');
    const answer = s.answers[0]!;
    const other = generateQuiz(decks, { seed: 'another', count: 8 });
    expect(readLiveDoc({ _id: '_design/faultlines-live', validate_doc_update: 'x' }, quiz)).toEqual({ ok: 'skip' });
    const refusals: unknown[] = [
      'text', null, [], { _id: 7 },
      { ...answer, quiz: quizTag(other) },
      { ...answer, _id: 'answer:K7QF2:1' },
      { ...answer, student: 'M9D3A' },
      { ...answer, student: 'k7qf2', _id: 'answer:k7qf2:0' },
      { ...answer, name: '' },
      { ...answer, name: 'a\u0000b' },
      { ...answer, answer: '999999' },
      { ...answer, answer: '-1' },
      { ...answer, answer: 1 },
      { ...answer, question: 99, _id: 'answer:K7QF2:99' },
      { ...s.result, code: 'K7QF-2M9D' },
      { ...s.result, code: student('M9D3A', 'Leyla', 'd').code },
      { ...s.result, name: 'Someone else' },
      { ...s.result, code: student('K7QF2', 'Leyla', 'd', other).code },
      { ...answer, type: 'comment', _id: 'comment:1' },
    ];
    for (const raw of refusals) expect(readLiveDoc(raw, quiz).ok, JSON.stringify(raw)).toBe(false);
  });
});

describe('the live tally', () => {
  const class30 = Array.from({ length: 30 }, (_, i) => student(`K000${CROCKFORD[i]}`, `Student ${i + 1}`, `s${i}`));

  it('counts per question exactly what was sent', () => {
    const tally = tallyLive(quiz, entriesOf(class30.flatMap((s) => s.answers)));
    expect(tally.students).toBe(30);
    expect(tally.finished).toBe(0);
    quiz.questions.forEach((q, i) => {
      const sent = class30.map((s) => s.responses[i] ?? null);
      const given = sent.filter((r): r is QuizResponse => r !== null);
      expect(tally.perQuestion[i]!.answered).toBe(given.length);
      expect(tally.perQuestion[i]!.timedOut).toBe(30 - given.length);
      const byAnswer: Record<string, number> = {};
      for (const r of given) {
        const k = kindSpec(q.kind).code.encode(q as never, r as never).toString();
        byAnswer[k] = (byAnswer[k] ?? 0) + 1;
      }
      expect(tally.perQuestion[i]!.byAnswer).toEqual(byAnswer);
    });
  });

  it('is the same whatever order the documents arrive in, and however often', () => {
    const docs = class30.flatMap((s) => [...s.answers, s.result]);
    const once = tallyLive(quiz, entriesOf(docs));
    expect(once.finished).toBe(30);
    for (const seed of ['x', 'y', 'z']) expect(tallyLive(quiz, entriesOf(shuffled(docs, seed)))).toEqual(once);
    expect(tallyLive(quiz, entriesOf([...docs, ...shuffled(docs, 'again')]))).toEqual(once);
  });

  it('counts a duplicate document once', () => {
    const s = class30[0]!;
    const tally = tallyLive(quiz, entriesOf([s.answers[0]!, s.answers[0]!, s.answers[0]!]));
    expect(tally.students).toBe(1);
    expect(tally.perQuestion[0]!.answered + tally.perQuestion[0]!.timedOut).toBe(1);
  });

  it('counts a student once whose result came live and whose code was also typed by hand', () => {
    const s = class30[1]!;
    const decoded = decodeResultCode(s.code, quiz);
    if (!decoded.ok) throw new Error(decoded.error);
    const hand: HandResult[] = [{ name: decoded.name, code: decoded.code, responses: decoded.responses, ...(decoded.studentKey ? { studentKey: decoded.studentKey } : {}) }];
    const live = tallyLive(quiz, entriesOf([...s.answers, s.result]));
    expect(tallyLive(quiz, entriesOf([...s.answers, s.result]), hand)).toEqual(live);
    // Offline after two answers; the code typed by hand completes the same student.
    const partly = tallyLive(quiz, entriesOf(s.answers.slice(0, 2)), hand);
    expect(partly).toEqual({ ...live });
    expect(partly.students).toBe(1);
  });

  it('keeps a code without a key (a class shared without a server) apart from the live students', () => {
    const s = class30[2]!;
    const responses = quiz.questions.map((q) => rightResponse(q));
    const tally = tallyLive(quiz, entriesOf(s.answers), [{ name: 'Offline Ana', code: encodeResultCode(quiz, 'Offline Ana', responses), responses }]);
    expect(tally.students).toBe(2);
    expect(tally.finished).toBe(1);
  });
});

describe('the class list', () => {
  it('refuses a second code of the same live student, whatever name it gives', () => {
    const a = student('K7QF2', 'Leyla', 'e');
    const b = student('K7QF2', 'Leyla M', 'f');
    const first = addStudent([], { name: 'Leyla', code: a.code });
    if (!first.ok) throw new Error(first.error);
    expect(addStudent(first.students, { name: 'Leyla M', code: b.code })).toMatchObject({ ok: false, reason: 'same-student' });
  });

  it('keeps two live students who chose the same name', () => {
    const a = student('K7QF2', 'Ana', 'g');
    const b = student('M9D3A', 'Ana', 'h');
    const first = addStudent([], { name: 'Ana', code: a.code });
    if (!first.ok) throw new Error(first.error);
    expect(addStudent(first.students, { name: 'Ana', code: b.code }).ok).toBe(true);
  });
});

describe("the class database's validate_doc_update", () => {
  type Validate = (doc: unknown, old: unknown, user: unknown, sec: unknown) => void;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the function CouchDB will run, run here the same way
  const validate = new Function(`return (${liveValidateFunction(quiz)});`)() as Validate;
  const anonymous = { name: null, roles: [] };
  const sec = { admins: { names: ['teacher'], roles: [] }, members: { names: [], roles: [] } };
  const reason = (doc: unknown, old: unknown = null, user: unknown = anonymous): string | undefined => {
    try { validate(doc, old, user, sec); return undefined; } catch (e) { return (e as { forbidden: string }).forbidden; }
  };
  const s = student('K7QF2', 'Leyla', 'i');

  it('lets anyone add a well-formed answer or result, once', () => {
    for (const doc of [...s.answers, s.result]) expect(reason(doc)).toBe(undefined);
    expect(reason(s.answers[0], s.answers[0])).toMatch(/^already-written/);
  });

  it('refuses deletes, other documents, other quizzes and extra fields from students', () => {
    const other = generateQuiz(decks, { seed: 'another', count: 8 });
    expect(reason({ ...s.answers[0], _deleted: true })).toMatch(/Only the teacher/);
    expect(reason({ _id: 'note', text: 'hi' })).toMatch(/Not an answer/);
    expect(reason(answerDoc(other, 'K7QF2', 'Leyla', 0, null))).toMatch(/another quiz/);
    expect(reason({ ...s.answers[0], extra: 'x' })).toMatch(/unexpected field/);
    expect(reason({ ...s.answers[0], _id: 'answer:K7QF2:5' })).toMatch(/id and content/);
    expect(reason({ ...s.answers[0], question: quiz.questions.length, _id: `answer:K7QF2:${quiz.questions.length}` })).toMatch(/no such question/);
    expect(reason({ ...s.result, code: 7 })).toMatch(/no result code/);
  });

  it('lets the teacher and server admins change anything', () => {
    expect(reason({ ...s.answers[0], _deleted: true }, s.answers[0], { name: 'teacher', roles: [] })).toBe(undefined);
    expect(reason({ _id: 'note' }, null, { name: 'root', roles: ['_admin'] })).toBe(undefined);
  });

  it('accepts what the small quiz of every shape sends', () => {
    const rng = createRng('shapes');
    const responses = SMALL_QUIZ.questions.map((q) => randomResponse(q, rng));
    const v = new Function(`return (${liveValidateFunction(SMALL_QUIZ)});`)() as Validate;
    for (const [i, r] of responses.entries()) expect(() => v(answerDoc(SMALL_QUIZ, 'K7QF2', 'Ana', i, r), null, anonymous, sec)).not.toThrow();
  });
});
