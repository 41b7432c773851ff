/**
 * Spaced follow-ups: after a class, a short quiz of what the class missed most, to take again one
 * week and three weeks later (retrieval spaced out is remembered longer than the same practice
 * massed). Pure: the class day and the seed are arguments.
 */
import type { Quiz } from '../quiz/types.ts';
import { SPEC_LIMITS, type ClassroomSpec } from './spec.ts';
import type { ClassSummary, QuestionSummary } from './summary.ts';
import { addDays, dayKey } from '../calendar';

export const FOLLOW_UP = {
  /** A question fewer than this share of the class got right is asked again… */
  rightBelow: 0.8,
  /** …at least this many questions (the least right first, when fewer were missed so often)… */
  min: 3,
  /** …and at most this many, the most missed. */
  max: 10,
  /** Days after the class the follow-up is suggested for. */
  afterDays: [7, 21],
} as const;

export interface FollowUpChoice {
  /** The questions to ask again, most missed first (lowest share right; ties in quiz order). */
  questions: QuestionSummary[];
  /** Their cards, each once, in that order: what the follow-up quiz asks. */
  cardIds: string[];
}

/**
 * The questions a follow-up asks again: every question fewer than 80% of the class got right, the
 * most missed first, at most 10; when fewer than 3 were missed so often, the 3 least right. A
 * question that grades no card of its own (a which-side sort that names none) cannot be asked
 * again by itself and is passed over.
 */
export function chooseFollowUp(quiz: Quiz, summary: ClassSummary): FollowUpChoice {
  const cardsOf = new Map(quiz.questions.map((q) => [q.id, q.cardIds]));
  // perQuestion is already in that order: lowest share right first, ties in quiz order.
  const askable = summary.perQuestion.filter((q) => (cardsOf.get(q.questionId) ?? []).length > 0);
  const missed = askable.filter((q) => q.shareCorrect < FOLLOW_UP.rightBelow);
  const questions = (missed.length >= FOLLOW_UP.min ? missed : askable.slice(0, FOLLOW_UP.min)).slice(0, FOLLOW_UP.max);
  const cardIds = [...new Set(questions.flatMap((q) => cardsOf.get(q.questionId) ?? []))];
  return { questions, cardIds };
}

/** The title of a class's follow-up, within the spec's limit. */
export function followUpTitle(title: string): string {
  const full = `Follow-up: ${title}`;
  return full.length <= SPEC_LIMITS.title ? full : `${full.slice(0, SPEC_LIMITS.title - 1)}…`;
}

/**
 * The follow-up's spec: the class's decks, kinds and time per question, only the chosen cards, each
 * asked once (a new seed gives them new option orders, and perhaps another question form).
 */
export function followUpSpec(spec: ClassroomSpec, cardIds: readonly string[], seed: string): ClassroomSpec {
  if (cardIds.length === 0) throw new RangeError('a follow-up needs at least one card to ask');
  return {
    v: spec.v,
    title: followUpTitle(spec.title),
    decks: spec.decks,
    seed,
    count: Math.min(cardIds.length, SPEC_LIMITS.maxCount),
    secondsPerQuestion: spec.secondsPerQuestion,
    ...(spec.kinds ? { kinds: spec.kinds } : {}),
    cardIds: [...cardIds],
    ...(spec.customDecks ? { customDecks: spec.customDecks } : {}),
  };
}

// ---- calendar days: domain/calendar.ts is their one home ------------------------------------

export { addDays } from '../calendar';

/** The local calendar day (YYYY-MM-DD) of `time`, given the time zone's offset then (Date#getTimezoneOffset). */
export const localDay = (time: number, timezoneOffsetMinutes: number): string => dayKey(time, () => timezoneOffsetMinutes);

/** The days a follow-up is suggested for: one week and three weeks after the class. */
export const followUpDays = (classDay: string): string[] => FOLLOW_UP.afterDays.map((n) => addDays(classDay, n));

// ---- the link from a follow-up to its class, as stored with the follow-up ----------------------

export interface FollowUpLink {
  /** The class it follows up. */
  of: string;
  /** That class's title when the follow-up was made (the class may be gone from this device later). */
  ofTitle: string;
  /** The class's day (YYYY-MM-DD, local): the suggested days count from it. */
  classDay: string;
  /** The numbers of the class's questions chosen, most missed first. */
  questions: number[];
}

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown): v is string => typeof v === 'string' && DAY_FORMAT.test(v) && addDays(v, 0) === v;

/**
 * A stored link read back, or undefined if it is not one (it came from storage, which a backup or a
 * sync may have filled): a class whose link is unreadable is shown as an ordinary class.
 */
export function readFollowUpLink(raw: unknown): FollowUpLink | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { of, ofTitle, classDay, questions } = raw as Record<string, unknown>;
  if (typeof of !== 'string' || of.length === 0 || of.length > 100) return undefined;
  if (typeof ofTitle !== 'string' || ofTitle.length > SPEC_LIMITS.title) return undefined;
  if (!isDay(classDay)) return undefined;
  if (!Array.isArray(questions) || questions.length > SPEC_LIMITS.maxCount
    || !questions.every((n) => Number.isInteger(n) && n >= 1 && n <= SPEC_LIMITS.maxCount)) return undefined;
  return { of, ofTitle, classDay, questions: questions as number[] };
}
