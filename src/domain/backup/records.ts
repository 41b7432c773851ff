/**
 * The check for each kind of record a backup holds. A check reports every problem it finds, each
 * with its path, and never throws: the whole file is checked before anything is written, and the
 * learner is told all that is wrong at once. Fields a check does not know are left alone, so a
 * record written by a newer build of the same format version survives a round trip.
 */
import { CARD_KINDS } from '../deck/types';
import { CARD_ID, DECK_ID } from '../deck/validate';
import type { Theme } from '../settings';
import type { BackupProblem, RecordCheck } from './format';

export const REVIEW_SOURCES = ['study', 'quiz', 'briefing'] as const;
export const QUIZ_MODES = ['quiz', 'briefing'] as const;
const THEMES = ['system', 'light', 'dark'] as const satisfies readonly Theme[];

type Raw = Record<string, unknown>;
type Report = (problem: BackupProblem) => void;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a message shows it: short, and never the whole of a long string. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…"` : text;
}

interface NumberRule {
  /** How the rule reads in a message: "1–4", "a whole number, 0 or more". */
  must: string;
  integer?: boolean;
  min?: number;
  max?: number;
}

const TIME: NumberRule = { must: 'a time (finite epoch milliseconds)' };
const FINITE: NumberRule = { must: 'a finite number' };
const NOT_NEGATIVE: NumberRule = { must: 'a finite number, 0 or more', min: 0 };
const COUNT: NumberRule = { must: 'a whole number, 0 or more', integer: true, min: 0 };

/** Field checks on one object, each reporting under `path.field`. */
function fieldsOf(value: unknown, path: string, report: Report, what: string) {
  if (!isObject(value)) {
    report({ path, message: `must be ${what}, found ${show(value)}` });
    return undefined;
  }
  const at = (key: string) => `${path}.${key}`;
  /** Whether the field is there; reports it when it is required and missing. */
  const present = (key: string, optional: boolean) => {
    if (value[key] !== undefined) return true;
    if (!optional) report({ path: at(key), message: 'is missing' });
    return false;
  };
  const fail = (key: string, must: string) => report({ path: at(key), message: `must be ${must}, found ${show(value[key])}` });
  return {
    value,
    at,
    text(key: string, optional = false) {
      if (present(key, optional) && (typeof value[key] !== 'string' || value[key] === '')) fail(key, 'a non-empty string');
    },
    string(key: string) {
      if (present(key, false) && typeof value[key] !== 'string') fail(key, 'a string');
    },
    number(key: string, rule: NumberRule, optional = false) {
      if (!present(key, optional)) return;
      const v = value[key];
      const ok = typeof v === 'number' && Number.isFinite(v) && (!rule.integer || Number.isInteger(v))
        && (rule.min === undefined || v >= rule.min) && (rule.max === undefined || v <= rule.max);
      if (!ok) fail(key, rule.must);
    },
    boolean(key: string, optional = false) {
      if (present(key, optional) && typeof value[key] !== 'boolean') fail(key, 'true or false');
    },
    /** A string matching `pattern`, described by `must`. */
    pattern(key: string, pattern: RegExp, must: string) {
      if (present(key, false) && !(typeof value[key] === 'string' && pattern.test(value[key]))) fail(key, must);
    },
    oneOf(key: string, values: readonly string[]) {
      if (present(key, false) && !values.includes(value[key] as string)) fail(key, `one of ${values.join(', ')}`);
    },
    cardId(key: string) {
      this.pattern(key, CARD_ID, 'a card id like "act-007"');
    },
    /** A list whose items are each checked by `item`. */
    list(key: string, item: (value: unknown, path: string) => void, optional = false) {
      if (!present(key, optional)) return;
      const v = value[key];
      if (!Array.isArray(v)) return fail(key, 'a list');
      v.forEach((x, i) => item(x, `${at(key)}[${i}]`));
    },
  };
}

const stringItem = (report: Report) => (v: unknown, path: string) => {
  if (typeof v !== 'string') report({ path, message: `must be a string, found ${show(v)}` });
};
const cardIdItem = (report: Report) => (v: unknown, path: string) => {
  if (!(typeof v === 'string' && CARD_ID.test(v))) report({ path, message: `must be a card id like "act-007", found ${show(v)}` });
};

/** A card's FSRS memory (CardMemory). */
export const checkMemory: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'a card memory (an object)');
  if (!f) return;
  f.cardId('cardId');
  f.number('due', TIME);
  f.number('stability', NOT_NEGATIVE);
  f.number('difficulty', FINITE);
  f.number('elapsedDays', NOT_NEGATIVE);
  f.number('scheduledDays', NOT_NEGATIVE);
  f.number('learningSteps', COUNT);
  f.number('reps', COUNT);
  f.number('lapses', COUNT);
  f.number('state', { must: '0–3 (new, learning, review, relearning)', integer: true, min: 0, max: 3 });
  f.number('lastReview', TIME, true);
  f.boolean('suspended', true);
};

/** One rating of the review log; its memories must be of its own card. */
export const checkReview: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'a review (an object)');
  if (!f) return;
  f.text('id');
  f.cardId('cardId');
  f.number('time', TIME);
  f.number('grade', { must: '1–4', integer: true, min: 1, max: 4 });
  f.oneOf('source', REVIEW_SOURCES);
  for (const side of ['before', 'after'] as const) {
    const memory = f.value[side];
    if (side === 'before' && memory === undefined) continue;
    if (memory === undefined) { report({ path: f.at(side), message: 'is missing' }); continue; }
    checkMemory(memory, f.at(side), report);
    const cardId = isObject(memory) ? memory.cardId : undefined;
    if (typeof cardId === 'string' && typeof f.value.cardId === 'string' && cardId !== f.value.cardId) {
      report({ path: `${f.at(side)}.cardId`, message: `must be the review's own card ${show(f.value.cardId)}, found ${show(cardId)}` });
    }
  }
};

/** A quiz or Briefing result, with its answers. */
export const checkQuizResult: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'a quiz result (an object)');
  if (!f) return;
  f.text('id');
  f.oneOf('mode', QUIZ_MODES);
  f.list('deckIds', stringItem(report));
  f.list('topics', stringItem(report));
  f.string('seed');
  f.number('questionCount', COUNT);
  f.boolean('practice');
  f.number('startedAt', TIME);
  f.number('finishedAt', TIME, true);
  f.list('answers', (answer, at) => {
    const a = fieldsOf(answer, at, report, 'an answer (an object)');
    if (!a) return;
    a.text('questionId');
    a.boolean('correct');
    a.list('cardIds', cardIdItem(report));
    a.list('missedCardIds', cardIdItem(report));
    a.number('answeredAt', TIME);
  });
};

/** The settings: the preferences every version has had are required, later ones checked when present. */
export const checkSettings: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'the settings (an object)');
  if (!f) return;
  f.number('desiredRetention', FINITE);
  f.number('newCardsPerDay', FINITE);
  f.number('maxReviewsPerDay', FINITE, true);
  f.oneOf('theme', THEMES);
};

/**
 * A deck the learner imported, kept whole because it exists nowhere else. Checked for what the app
 * needs to show and study it; its content rules are the importer's (domain/deck/import-csv.ts).
 */
export const checkImportedDeck: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'a deck (an object)');
  if (!f) return;
  f.pattern('id', DECK_ID, 'a deck id: lower-case letters, digits and dashes');
  f.text('title');
  f.text('topic');
  f.number('version', { must: 'a whole number, 1 or more', integer: true, min: 1 });
  f.string('intro');
  f.list('talkingPoints', stringItem(report));
  const seen = new Map<unknown, string>();
  f.list('cards', (card, at) => {
    const c = fieldsOf(card, at, report, 'a card (an object)');
    if (!c) return;
    c.cardId('id');
    c.oneOf('kind', CARD_KINDS);
    c.text('prompt');
    c.text('answer');
    c.string('explanation');
    const source = fieldsOf(c.value.source, c.at('source'), report, 'a source (an object)');
    source?.text('type');
    c.list('tags', stringItem(report));
    c.list('distractors', stringItem(report), true);
    const first = seen.get(c.value.id);
    if (first) report({ path: c.at('id'), message: `repeats ${show(c.value.id)}, already used by ${first}` });
    else seen.set(c.value.id, at);
  });
};

/** A quiz a teacher shared with a class, with the student results collected so far. */
export const checkClassSession: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'a class session (an object)');
  if (!f) return;
  f.text('id');
  // The share spec belongs to the classroom domain, which checks it when the session is opened.
  if (f.value.spec === undefined) report({ path: f.at('spec'), message: 'is missing' });
  f.string('title');
  f.number('createdAt', TIME);
  f.list('students', (student, at) => {
    const s = fieldsOf(student, at, report, 'a student result (an object)');
    if (!s) return;
    s.string('name');
    s.string('code');
    s.list('responses', () => undefined);
    s.number('addedAt', TIME);
  });
};
