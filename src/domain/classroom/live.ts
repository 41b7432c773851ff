/**
 * A live class: students' devices post each answer, and then their result, as documents into the
 * class's own CouchDB database, and the teacher's screen tallies them as they arrive.
 *
 * Documents (ids deterministic, so a retry is the same document and the server keeps the first):
 *   answer:<student key>:<question index from 0>
 *     { type: 'answer', quiz: <quiz tag>, student, name, question, answer: <decimal> | null }
 *     `answer` is the number the question kind's result-code codec gives the response
 *     (quiz/kinds), null when the time ran out.
 *   result:<student key>
 *     { type: 'result', quiz, student, name, code: <the result code, format 1> }
 * Everything read here is checked against the quiz as if typed by hand; what fails is refused
 * with a reason, and counted, never shown.
 */
import { checkDatabaseName, checkServerAddress } from '../sync/config.ts';
import { kindSpec } from '../quiz/kinds/index.ts';
import { gradeAnswer } from '../quiz/grade.ts';
import type { Quiz, QuizResponse } from '../quiz/types.ts';
import { decodeResultCode, quizTag, STUDENT_KEY } from './result-code.ts';
import { checkName, nameKey } from './student-name.ts';
import { canonicalJson } from '../canonical-json.ts';
import { isObject } from '../validation';

/** A class's database is named so, and a link may name no other: students' devices write nowhere else. */
export const LIVE_DB_PREFIX = 'faultlines-class-';
/** The design document holding the class's validate_doc_update. */
export const LIVE_DESIGN_ID = '_design/faultlines-live';
/** The reason the design function gives for a document already there: for the student's device, it was delivered. */
export const ALREADY_WRITTEN = 'already-written';

/** Where a live class's documents go: a server address (as sync checks them) and a class database on it. */
export interface LiveTarget {
  server: string;
  database: string;
  /** server + '/' + database: what a share link carries. */
  url: string;
}

/** The class database's name for a class id (CouchDB names are lower case). */
export const liveDatabaseName = (classId: string): string => `${LIVE_DB_PREFIX}${classId.toLowerCase().replace(/[^a-z0-9_$()+-]/g, '-')}`;

export function liveTarget(server: string, database: string): LiveTarget {
  return { server, database, url: `${server}/${database}` };
}

/**
 * A class database's address as a link carries it, checked like a sync server's (https, or plain
 * http only on localhost/127.0.0.1) and naming a class database.
 */
export function checkLiveUrl(text: unknown): { ok: true; target: LiveTarget } | { ok: false; error: string } {
  const notAddress = { ok: false as const, error: 'its live-class address is not a web address' };
  if (typeof text !== 'string' || text.length > 500) return notAddress;
  let url: URL;
  try { url = new URL(text); } catch { return notAddress; }
  const trimmed = text.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  const hasPath = url.pathname.replace(/\/+$/, '') !== '';
  const server = checkServerAddress(hasPath ? trimmed.slice(0, slash) : trimmed);
  if (!server.ok) return { ok: false, error: `its live-class address is not allowed: ${server.error.replace(/^The address/, 'the address')}` };
  let name = '';
  try { name = hasPath ? decodeURIComponent(trimmed.slice(slash + 1)) : ''; } catch { return notAddress; }
  const database = checkDatabaseName(name);
  if (!database.ok || !database.value.startsWith(LIVE_DB_PREFIX)) {
    return { ok: false, error: `its live-class address must end with a class database (a name starting "${LIVE_DB_PREFIX}"), found ${JSON.stringify(name.slice(0, 60))}` };
  }
  return { ok: true, target: liveTarget(server.value, database.value) };
}

export interface AnswerDoc {
  _id: string;
  type: 'answer';
  quiz: string;
  student: string;
  name: string;
  question: number;
  answer: string | null;
}

export interface ResultDoc {
  _id: string;
  type: 'result';
  quiz: string;
  student: string;
  name: string;
  code: string;
}

export type LiveDoc = AnswerDoc | ResultDoc;

export const answerDocId = (student: string, question: number) => `answer:${student}:${question}`;
export const resultDocId = (student: string) => `result:${student}`;

/** The document of a student's answer to question `index` (from 0); null: the time ran out. */
export function answerDoc(quiz: Quiz, student: string, name: string, index: number, response: QuizResponse | null): AnswerDoc {
  const q = quiz.questions[index];
  if (!q) throw new RangeError(`question ${index + 1} is not in this quiz`);
  let answer: string | null = null;
  if (response !== null) {
    const { code } = kindSpec(q.kind);
    const checked = code.check(q, response);
    if (!checked.ok) throw new RangeError(`question ${index + 1}: ${checked.problem}`);
    answer = code.encode(q, checked.response).toString();
  }
  return { _id: answerDocId(student, index), type: 'answer', quiz: quizTag(quiz), student, name, question: index, answer };
}

export function resultDoc(quiz: Quiz, student: string, name: string, code: string): ResultDoc {
  return { _id: resultDocId(student), type: 'result', quiz: quizTag(quiz), student, name, code };
}

/** A document read and checked: what the tally counts. */
export type LiveEntry =
  | { kind: 'answer'; id: string; student: string; name: string; question: number; response: QuizResponse | null }
  | { kind: 'result'; id: string; student: string; name: string; code: string; responses: (QuizResponse | null)[] };

export type LiveRead = { ok: true; entry: LiveEntry } | { ok: false; reason: string } | { ok: 'skip' };

const ANSWER_ID = /^answer:([0-9A-Z]{5}):(\d{1,3})$/;
const RESULT_ID = /^result:([0-9A-Z]{5})$/;
const ANSWER_NUMBER = /^(0|[1-9]\d{0,30})$/;

/** A document from the class database, checked against the quiz: the design document is skipped, anything else not a well-formed answer or result of this quiz is refused. */
export function readLiveDoc(raw: unknown, quiz: Quiz): LiveRead {
  if (!isObject(raw) || typeof raw._id !== 'string') return { ok: false, reason: 'not a document' };
  const id = raw._id;
  if (id.startsWith('_design/')) return { ok: 'skip' };
  if (raw._deleted === true) return { ok: 'skip' };
  const refuse = (why: string): LiveRead => ({ ok: false, reason: `${JSON.stringify(id.slice(0, 40))}: ${why}` });
  if (raw.quiz !== quizTag(quiz)) return refuse('not an answer to this quiz');
  if (typeof raw.student !== 'string' || !STUDENT_KEY.test(raw.student)) return refuse('no student key');
  const name = typeof raw.name === 'string' ? checkName(raw.name) : undefined;
  if (!name?.ok || name.name !== raw.name) return refuse('no valid name');
  const student = raw.student;
  if (raw.type === 'answer') {
    const match = ANSWER_ID.exec(id);
    const index = raw.question;
    if (!match || match[1] !== student || typeof index !== 'number' || String(index) !== match[2]) return refuse('its id does not match its content');
    const q = quiz.questions[index];
    if (!q) return refuse(`this quiz has no question ${index + 1}`);
    let response: QuizResponse | null = null;
    if (raw.answer !== null) {
      if (typeof raw.answer !== 'string' || !ANSWER_NUMBER.test(raw.answer)) return refuse('its answer is not an answer number');
      const value = BigInt(raw.answer);
      const { code } = kindSpec(q.kind);
      if (value >= code.answers(q)) return refuse(`its answer does not fit question ${index + 1}`);
      response = code.decode(q, value);
    }
    return { ok: true, entry: { kind: 'answer', id, student, name: name.name, question: index, response } };
  }
  if (raw.type === 'result') {
    const match = RESULT_ID.exec(id);
    if (!match || match[1] !== student || typeof raw.code !== 'string' || raw.code.length > 400) return refuse('its id does not match its content');
    const decoded = decodeResultCode(raw.code, quiz);
    if (!decoded.ok) return refuse('its result code is not one of this quiz');
    if (decoded.studentKey !== student || decoded.name !== name.name) return refuse('its result code is another student\'s');
    return { ok: true, entry: { kind: 'result', id, student, name: name.name, code: decoded.code, responses: decoded.responses } };
  }
  return refuse('neither an answer nor a result');
}

/** A result added by hand (a typed or scanned code), as the class keeps it. */
export interface HandResult {
  name: string;
  /** From a live class's code; absent in a code of a class shared without a server. */
  studentKey?: string;
  code: string;
  responses: readonly unknown[];
}

export interface LiveQuestionTally {
  /** Students who gave this question an answer. */
  answered: number;
  /** Students whose time ran out on it. */
  timedOut: number;
  right: number;
  /** How many gave each answer, by the number the kind's codec gives it (as text). */
  byAnswer: Record<string, number>;
}

export interface LiveTally {
  /** Students heard from, live or by a code. */
  students: number;
  /** Students whose final result is in (from their device or typed by hand). */
  finished: number;
  perQuestion: LiveQuestionTally[];
}

interface StudentState {
  /** A final result: the live one, or a code added by hand. */
  result?: { code: string; responses: readonly unknown[]; live: boolean };
  answers: Map<number, { text: string; response: QuizResponse | null }>;
}

/** Who a result is: its student key, or for a code without one, its name (as the class list compares names). */
export const studentIdentity = (r: { studentKey?: string; name: string }) => r.studentKey ?? `name:${nameKey(r.name)}`;

/**
 * The live tally of a class: every student counted once however many times a document arrives and
 * in whatever order, a student's final result (live or typed by hand, the same student key) taking
 * the place of their answers one by one.
 */
export function tallyLive(quiz: Quiz, entries: readonly LiveEntry[], hand: readonly HandResult[] = []): LiveTally {
  const students = new Map<string, StudentState>();
  const state = (key: string) => {
    let s = students.get(key);
    if (!s) { s = { answers: new Map() }; students.set(key, s); }
    return s;
  };
  // Two different documents for one answer cannot both be on the server; if a feed ever gave them, the smaller wins, whatever the order.
  const better = (a: string, b: string) => a < b;
  for (const e of entries) {
    const s = state(e.student);
    if (e.kind === 'answer') {
      const text = canonicalJson(e.response);
      const had = s.answers.get(e.question);
      if (!had || better(text, had.text)) s.answers.set(e.question, { text, response: e.response });
    } else if (!s.result || !s.result.live || better(e.code, s.result.code)) {
      s.result = { code: e.code, responses: e.responses, live: true };
    }
  }
  for (const h of hand) {
    const s = state(studentIdentity(h));
    if (!s.result || (!s.result.live && better(h.code, s.result.code))) s.result = { code: h.code, responses: h.responses, live: false };
  }
  const perQuestion = quiz.questions.map((q, index): LiveQuestionTally => {
    const tally: LiveQuestionTally = { answered: 0, timedOut: 0, right: 0, byAnswer: {} };
    const { code } = kindSpec(q.kind);
    for (const s of students.values()) {
      let response: unknown;
      if (s.result) response = s.result.responses[index] ?? null;
      else {
        const a = s.answers.get(index);
        if (!a) continue;
        response = a.response;
      }
      const checked = response === null ? undefined : code.check(q, response);
      if (!checked?.ok) { tally.timedOut++; continue; }
      tally.answered++;
      const key = code.encode(q, checked.response).toString();
      tally.byAnswer[key] = (tally.byAnswer[key] ?? 0) + 1;
      if (gradeAnswer(q, checked.response).correct) tally.right++;
    }
    return tally;
  });
  return { students: students.size, finished: [...students.values()].filter((s) => s.result).length, perQuestion };
}

/**
 * The class database's validate_doc_update, for the teacher's device to install: anyone may add
 * a well-formed answer or result of this quiz, once; nobody but an admin of the database may change
 * or delete one, or write anything else. (CouchDB runs it on every write, pouchdb-server too.)
 */
export function liveValidateFunction(quiz: Quiz): string {
  const tag = JSON.stringify(quizTag(quiz));
  const count = quiz.questions.length;
  return `function (doc, old, user, sec) {
  var roles = (user && user.roles) || [];
  var admins = (sec && sec.admins) || {};
  if (roles.indexOf('_admin') !== -1 || (admins.names || []).indexOf(user && user.name) !== -1) return;
  for (var i = 0; i < (admins.roles || []).length; i++) if (roles.indexOf(admins.roles[i]) !== -1) return;
  if (doc._deleted) throw({ forbidden: 'Only the teacher may delete documents in a class database.' });
  if (old) throw({ forbidden: '${ALREADY_WRITTEN}: an answer is written once.' });
  var bad = function (why) { throw({ forbidden: 'Not an answer of this class: ' + why + '.' }); };
  var allowed = { _id: 1, _rev: 1, _revisions: 1, type: 1, quiz: 1, student: 1, name: 1, question: 1, answer: 1, code: 1 };
  for (var k in doc) if (!allowed[k]) bad('unexpected field ' + k);
  if (doc.quiz !== ${tag}) bad('another quiz');
  if (typeof doc.student !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{5}$/.test(doc.student)) bad('no student key');
  if (typeof doc.name !== 'string' || doc.name.length < 1 || doc.name.length > 100) bad('no name');
  if (doc.type === 'answer') {
    if (typeof doc.question !== 'number' || doc.question % 1 !== 0 || doc.question < 0 || doc.question >= ${count}) bad('no such question');
    if (doc._id !== 'answer:' + doc.student + ':' + doc.question) bad('id and content differ');
    if (doc.answer !== null && (typeof doc.answer !== 'string' || !/^(0|[1-9][0-9]{0,30})$/.test(doc.answer))) bad('no answer number');
    if (doc.code !== undefined) bad('an answer has no code');
  } else if (doc.type === 'result') {
    if (doc._id !== 'result:' + doc.student) bad('id and content differ');
    if (typeof doc.code !== 'string' || doc.code.length > 400) bad('no result code');
    if (doc.question !== undefined || doc.answer !== undefined) bad('a result has no single answer');
  } else bad('neither an answer nor a result');
}`;
}
