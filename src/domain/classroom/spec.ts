/**
 * The share spec: everything a student's device needs to regenerate the teacher's quiz exactly,
 * checked field by field at the edge (a link, a stored session) and kept in one canonical form, so
 * equal quizzes have equal specs and the same quiz id.
 */
import { canonicalJson } from '../canonical-json.ts';
import { ANSWER_KINDS, CARD_KINDS, MAX_STEPS, MIN_STEPS, type Card, type CardSource, type Deck } from '../deck/types.ts';
import {
  CARD_ID, DECK_ID, DECK_VERSION, IMPORTED_DECK_PREFIX, importedCardIdRule, isImportedCardOf, isImportedDeckId,
  isWebLink, WEB_LINK_RULE,
} from '../trust.ts';
import { byText, hashString } from '../quiz/rng.ts';
import { QUESTION_KINDS, type QuestionKind, type QuizSpec } from '../quiz/types.ts';
import { numberToSymbols, writeSymbols } from './base32.ts';
import { isObject, show } from '../validation';
import { distractorProblems } from '../deck/distractor-rule';

/** The version of the spec and of its link format. */
export const SPEC_VERSION = 1;
/** Decks of the learner's own (imported) have ids that start so; a spec carries their cards. */
export const CUSTOM_PREFIX = IMPORTED_DECK_PREFIX;

export const SPEC_LIMITS = {
  title: 80,
  seed: 40,
  minCount: 1,
  maxCount: 100,
  minSeconds: 10,
  maxSeconds: 120,
  decks: 20,
  cardIds: 500,
  customDecks: 5,
  cardsPerDeck: 2000,
  /** Any one text of a carried card (prompt, answer, explanation …). */
  text: 1000,
} as const;

export interface ClassroomDeckRef {
  id: string;
  version: number;
}

export interface ClassroomSpec {
  v: 1;
  title: string;
  /**
   * Every deck the quiz is generated from, its questions and their distractors alike, shipped and
   * custom. A device generates the quiz from exactly these decks (see classroomQuiz).
   */
  decks: ClassroomDeckRef[];
  seed: string;
  /** Questions at most (fewer when the decks have fewer to ask). */
  count: number;
  secondsPerQuestion: number;
  /** Only these question kinds; absent: all. */
  kinds?: QuestionKind[];
  /** Ask only these cards; absent: all cards of the decks. */
  cardIds?: string[];
  /**
   * The custom decks named in `decks`, carried whole because no other device has them. Only what a
   * quiz uses travels: a decoded deck has an empty intro, no talking points and no sorts.
   */
  customDecks?: Deck[];
}

export type SpecResult = { ok: true; spec: ClassroomSpec } | { ok: false; error: string };

/** A problem found while checking; caught by validateSpec and turned into its message. */
class SpecProblem extends Error {}
const fail = (message: string): never => { throw new SpecProblem(message); };

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function text(v: unknown, what: string, max: number, options: { empty?: boolean; lines?: boolean } = {}): string {
  if (typeof v !== 'string') return fail(`${what} must be text, found ${show(v)}`);
  const t = v.trim();
  if (!options.empty && t.length === 0) return fail(`${what} is empty`);
  if (t.length > max) return fail(`${what} is longer than ${max} characters`);
  if (CONTROL.test(options.lines ? t.replace(/\n/g, ' ') : t)) return fail(`${what} contains a control character`);
  return t;
}

function whole(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return fail(`${what} must be a whole number from ${min} to ${max}, found ${show(v)}`);
  }
  return v;
}

function list(v: unknown, what: string, min: number, max: number): unknown[] {
  if (!Array.isArray(v)) return fail(`${what} must be a list, found ${show(v)}`);
  if (v.length < min || v.length > max) return fail(`${what} must have ${min === max ? min : `${min} to ${max}`} entries, found ${v.length}`);
  return v;
}

/**
 * Checks a spec from anywhere (a decoded link, a stored session) and returns it in canonical form:
 * texts trimmed, lists sorted and without repeats, unknown fields left out.
 */
export function validateSpec(raw: unknown): SpecResult {
  try {
    return { ok: true, spec: checkSpec(raw) };
  } catch (e) {
    if (e instanceof SpecProblem) return { ok: false, error: e.message };
    throw e;
  }
}

function checkSpec(raw: unknown): ClassroomSpec {
  if (!isObject(raw)) return fail(`a quiz spec must be an object, found ${show(raw)}`);
  if (typeof raw.v === 'number' && Number.isInteger(raw.v) && raw.v > SPEC_VERSION) {
    return fail(`it was made by a newer version of Faultlines (spec version ${raw.v})`);
  }
  if (raw.v !== SPEC_VERSION) return fail(`the spec version must be ${SPEC_VERSION}, found ${show(raw.v)}`);

  const title = text(raw.title, 'the title', SPEC_LIMITS.title);
  const seed = raw.seed;
  if (typeof seed !== 'string' || seed.length === 0 || seed.length > SPEC_LIMITS.seed || CONTROL.test(seed)) {
    return fail(`the seed must be 1 to ${SPEC_LIMITS.seed} characters of text, found ${show(seed)}`);
  }
  const count = whole(raw.count, 'the question count', SPEC_LIMITS.minCount, SPEC_LIMITS.maxCount);
  const secondsPerQuestion = whole(raw.secondsPerQuestion, 'the time per question (seconds)', SPEC_LIMITS.minSeconds, SPEC_LIMITS.maxSeconds);

  const decks = list(raw.decks, 'the deck list', 1, SPEC_LIMITS.decks).map((d, i): ClassroomDeckRef => {
    const what = `deck ${i + 1}`;
    if (!isObject(d)) return fail(`${what} must be an object with id and version, found ${show(d)}`);
    if (typeof d.id !== 'string' || !DECK_ID.test(d.id)) return fail(`${what} has no valid deck id (found ${show(d.id)})`);
    return { id: d.id, version: whole(d.version, `the version of deck "${d.id}"`, DECK_VERSION.min, DECK_VERSION.max) };
  }).sort((a, b) => byText(a.id, b.id));
  decks.forEach((d, i) => { if (decks[i + 1]?.id === d.id) fail(`deck "${d.id}" is listed twice`); });

  let kinds: QuestionKind[] | undefined;
  if (raw.kinds !== undefined) {
    const given = list(raw.kinds, 'the question kinds', 1, QUESTION_KINDS.length * 2);
    for (const k of given) if (!QUESTION_KINDS.includes(k as QuestionKind)) fail(`${show(k)} is not a question kind (${QUESTION_KINDS.join(', ')})`);
    kinds = QUESTION_KINDS.filter((k) => given.includes(k));
  }

  let cardIds: string[] | undefined;
  if (raw.cardIds !== undefined) {
    const given = list(raw.cardIds, 'the card list', 1, SPEC_LIMITS.cardIds);
    for (const id of given) if (typeof id !== 'string' || !CARD_ID.test(id)) fail(`${show(id)} in the card list is not a card id`);
    cardIds = [...new Set(given as string[])].sort(byText);
  }

  let customDecks: Deck[] | undefined;
  if (raw.customDecks !== undefined) {
    customDecks = list(raw.customDecks, 'the custom decks', 1, SPEC_LIMITS.customDecks).map(checkCustomDeck)
      .sort((a, b) => byText(a.id, b.id));
    const seen = new Set<string>();
    for (const deck of customDecks) {
      const ref = decks.find((d) => d.id === deck.id);
      if (!ref) fail(`the custom deck "${deck.id}" is carried but not in the deck list`);
      else if (ref.version !== deck.version) fail(`the custom deck "${deck.id}" is version ${deck.version}, but the deck list says ${ref.version}`);
      if (seen.has(deck.id)) fail(`the custom deck "${deck.id}" is carried twice`);
      seen.add(deck.id);
    }
    const cards = customDecks.flatMap((d) => d.cards.map((c) => c.id));
    cards.forEach((id, i) => { if (cards.indexOf(id) !== i) fail(`card "${id}" is in two custom decks`); });
  }
  for (const d of decks) {
    if (d.id.startsWith(CUSTOM_PREFIX) && !customDecks?.some((c) => c.id === d.id)) {
      fail(`the custom deck "${d.id}" is in the deck list, but its cards are not carried`);
    }
  }
  return {
    v: SPEC_VERSION, title, decks, seed, count, secondsPerQuestion,
    ...(kinds ? { kinds } : {}),
    ...(cardIds ? { cardIds } : {}),
    ...(customDecks ? { customDecks } : {}),
  };
}

function checkCustomDeck(raw: unknown, index: number): Deck {
  const what = `custom deck ${index + 1}`;
  if (!isObject(raw)) return fail(`${what} must be a deck, found ${show(raw)}`);
  // Its id, and its cards' ids, are in the imported namespace: a carried deck can never stand in for a shipped one.
  if (typeof raw.id !== 'string' || !isImportedDeckId(raw.id)) {
    return fail(`${what} must have an id starting "${CUSTOM_PREFIX}" and then 2 to 6 lower-case letters, like "custom-abcde", found ${show(raw.id)}`);
  }
  const id = raw.id;
  if (raw.topic !== undefined && raw.topic !== 'custom') fail(`custom deck "${id}" must have the topic "custom"`);
  const title = text(raw.title, `the title of custom deck "${id}"`, 200);
  const version = whole(raw.version, `the version of custom deck "${id}"`, DECK_VERSION.min, DECK_VERSION.max);
  const cards = list(raw.cards, `the cards of custom deck "${id}"`, 1, SPEC_LIMITS.cardsPerDeck)
    .map((c, i) => checkCard(c, `card ${i + 1} of custom deck "${id}"`, id))
    .sort((a, b) => byText(a.id, b.id));
  cards.forEach((c, i) => { if (cards[i + 1]?.id === c.id) fail(`card "${c.id}" is in custom deck "${id}" twice`); });
  return { id, title, topic: 'custom', version, intro: '', talkingPoints: [], cards };
}

function checkCard(raw: unknown, at: string, deckId: string): Card {
  if (!isObject(raw)) return fail(`${at} must be a card, found ${show(raw)}`);
  if (typeof raw.id !== 'string' || !CARD_ID.test(raw.id)) return fail(`${at} has no valid card id (found ${show(raw.id)})`);
  if (!isImportedCardOf(raw.id, deckId)) return fail(`${at} has the id ${show(raw.id)}; its id must be ${importedCardIdRule(deckId)}`);
  const what = `card "${raw.id}"`;
  const kind = raw.kind as Card['kind'];
  if (!CARD_KINDS.includes(kind)) fail(`${what} has an unknown kind ${show(raw.kind)}`);
  const max = SPEC_LIMITS.text;
  const texts = (v: unknown, field: string, min: number, most: number) =>
    list(v, `the ${field} of ${what}`, min, most).map((t, i) => text(t, `${field} ${i + 1} of ${what}`, max));
  const card: Card = {
    id: raw.id, kind,
    prompt: text(raw.prompt, `the prompt of ${what}`, max, { lines: true }),
    answer: text(raw.answer, `the answer of ${what}`, max, { lines: true }),
    explanation: text(raw.explanation, `the explanation of ${what}`, max, { empty: true, lines: true }),
    source: checkSource(raw.source, what),
    tags: raw.tags === undefined ? [] : texts(raw.tags, 'tags', 0, 50),
  };
  if (card.tags.some((t) => !/^[a-z0-9-]+$/.test(t))) fail(`the tags of ${what} must be lower-case words`);
  if (raw.answerKind !== undefined) {
    if (!ANSWER_KINDS.includes(raw.answerKind as never)) fail(`${what} has an unknown answer kind ${show(raw.answerKind)}`);
    card.answerKind = raw.answerKind as Card['answerKind'];
  }
  if (raw.distractors !== undefined) card.distractors = texts(raw.distractors, 'distractors', 1, 10);
  const [problem] = distractorProblems(kind, card.answer, card.distractors ?? []);
  if (problem?.problem === 'count') fail(`${what} is a multiple-choice card with fewer than three distractors`);
  else if (problem) fail(`distractor ${problem.index + 1} of ${what} ${problem.problem === 'is-answer' ? 'is its answer' : 'repeats another'}`);
  if (raw.truth !== undefined) {
    if (typeof raw.truth !== 'boolean') fail(`the truth of ${what} must be true or false`);
    card.truth = raw.truth as boolean;
  }
  if (kind === 'truefalse' && card.truth === undefined) fail(`${what} is a true/false card without its truth`);
  if (raw.correction !== undefined) card.correction = text(raw.correction, `the correction of ${what}`, max, { lines: true });
  if (raw.views !== undefined) {
    card.views = list(raw.views, `the views of ${what}`, 2, 8).map((v, i) => {
      if (!isObject(v)) return fail(`view ${i + 1} of ${what} must have who and view`);
      return { who: text(v.who, `the "who" of view ${i + 1} of ${what}`, max), view: text(v.view, `view ${i + 1} of ${what}`, max, { lines: true }) };
    });
  }
  if (kind === 'perspective' && !card.views) fail(`${what} is a perspective card without views`);
  if (raw.steps !== undefined) card.steps = texts(raw.steps, 'steps', MIN_STEPS, MAX_STEPS);
  if (kind === 'order' && !card.steps) fail(`${what} is a put-in-order card without its steps`);
  if (raw.core !== undefined && typeof raw.core !== 'boolean') fail(`"core" of ${what} must be true or false`);
  if (raw.core === true) card.core = true;
  return card;
}

function checkSource(raw: unknown, what: string): CardSource {
  const at = `the source of ${what}`;
  if (!isObject(raw)) return fail(`${at} must be an object, found ${show(raw)}`);
  const date = (v: unknown) => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return fail(`the date in ${at} must be written YYYY-MM-DD`);
    return v;
  };
  switch (raw.type) {
    case 'article':
      return { type: 'article', quote: text(raw.quote, `the quote in ${at}`, SPEC_LIMITS.text, { lines: true }) };
    case 'background': {
      if (raw.url !== undefined && !(isWebLink(raw.url) && raw.url.length <= SPEC_LIMITS.text)) {
        fail(`the address in ${at} must be ${WEB_LINK_RULE}, found ${show(raw.url)}`);
      }
      return {
        type: 'background', date: date(raw.date), citation: text(raw.citation, `the citation in ${at}`, SPEC_LIMITS.text),
        ...(typeof raw.url === 'string' ? { url: raw.url } : {}),
      };
    }
    case 'imported':
      return { type: 'imported', file: text(raw.file, `the file name in ${at}`, 200), date: date(raw.date) };
    default:
      return fail(`${at} has an unknown type ${show(raw.type)}`);
  }
}

/** The spec's canonical form, or an error naming the first bad field (a programming error: the spec came from this app). */
export function canonicalSpec(spec: ClassroomSpec): ClassroomSpec {
  const result = validateSpec(spec);
  if (!result.ok) throw new TypeError(`invalid classroom spec: ${result.error}`);
  return result.spec;
}

/** A short, stable id for the quiz a spec describes: 8 Crockford base32 symbols of a hash of its canonical form. */
export function quizIdOf(spec: ClassroomSpec): string {
  // 40 of cyrb53's 53 bits: exact in a double, 8 symbols of 5 bits.
  const hash = Math.floor(hashString(canonicalJson(canonicalSpec(spec))) / 2 ** 13);
  return writeSymbols(numberToSymbols(hash, 8), 0);
}

/** The quiz engine's spec: every deck of the spec is asked (see ClassroomSpec.decks). */
export function toQuizSpec(spec: ClassroomSpec): QuizSpec {
  return {
    seed: spec.seed,
    count: spec.count,
    ...(spec.kinds ? { kinds: spec.kinds } : {}),
    ...(spec.cardIds ? { cardIds: spec.cardIds } : {}),
  };
}
