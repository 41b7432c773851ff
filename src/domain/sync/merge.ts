/**
 * What a device makes of documents from its other devices. Every rule here is a join: the result
 * depends only on the set of documents seen, never on the order they came in or how often, so
 * devices that have seen the same documents hold the same data.
 *
 * - the review log is the union of all ratings less those undone (an undo wins over its rating,
 *   whichever arrives first), and each card's memory is its remaining ratings replayed through
 *   FSRS, oldest first (by time, then id), exactly as the backup merge rebuilds one;
 * - a setting is the latest stamp (by time, then device id);
 * - a quiz result only grows (more answers, then finished), a class session unites its students,
 *   an imported deck keeps its highest version; ties fall to the canonical text, so every device
 *   picks the same one.
 */
import { canonicalJson } from '../canonical-json';
import { mergeBackups, type LoggedReview, type Replay } from '../backup/merge';
import type { StoreTable } from '../backup/format';
import type { CardMemory, Grade } from '../memory';
import type { ReviewSource } from '../records';
import type { SettingStamp, SyncedReview } from './documents';

/** A review-log row as the device keeps it: the rating and the memories before and after it. */
export interface ReviewRow extends LoggedReview {
  source: ReviewSource;
}

/** Scheduling as the merge needs it: a replay from new, and one rating from a memory. */
export interface Rescheduler {
  replay: Replay;
  rate(before: CardMemory | undefined, cardId: string, time: number, grade: Grade): CardMemory;
}

/** Oldest first; the id breaks ties, so every device orders the same ratings the same way. */
export const byTimeThenId = (a: { time: number; id: string }, b: { time: number; id: string }): number =>
  a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Whether new ratings can simply be rated on from the card's memory: nothing undone, and every
 * one later than the card's last rating. Rating on is what replaying the whole log would give
 * (rating live and replaying are the same computation), without reading the log.
 */
export function canRateOn(memory: CardMemory | undefined, adds: readonly SyncedReview[], undone: number): boolean {
  const last = memory?.lastReview ?? Number.NEGATIVE_INFINITY;
  return undone === 0 && adds.every((r) => r.time > last);
}

export interface CardResult {
  /** The card's memory now; undefined when no rating of it is left. */
  memory: CardMemory | undefined;
  /** Rows to write (new ones, and old ones whose memories the replay changed). */
  put: ReviewRow[];
}

/** Rates the new ratings on from the card's memory, in order. Use when `canRateOn` says so. */
export function rateOn(cardId: string, memory: CardMemory | undefined, adds: readonly SyncedReview[], scheduler: Rescheduler): CardResult {
  const put: ReviewRow[] = [];
  let current = memory;
  for (const review of [...adds].sort(byTimeThenId)) {
    const after = scheduler.rate(current, cardId, review.time, review.grade);
    put.push({ ...review, ...(current ? { before: current } : {}), after });
    current = after;
  }
  return { memory: current, put };
}

// The backup merge's own rebuild, given this card's rows as "the file" and its memory as "here":
// every row is then replayed in time order and its memories rewritten, and suspension (the
// learner's choice, not in the log) is kept as the backup merge keeps it.
// (The merge reads no checks: these rows were checked when they arrived.)
const unchecked = () => undefined;
const CARD_TABLE = {
  memories: { shape: 'list', key: 'cardId', check: unchecked, merge: 'rebuilt' },
  reviews: { shape: 'list', key: 'id', check: unchecked, merge: 'union' },
} as const satisfies StoreTable;

/**
 * Replays a card's whole log: `rows` are its rows here less any undone, `adds` the new ratings.
 * Every row comes back with the memories the replay gave it.
 */
export function replayCard(cardId: string, memory: CardMemory | undefined, rows: readonly ReviewRow[], adds: readonly SyncedReview[], replay: Replay): CardResult {
  if (rows.length + adds.length === 0) return { memory: undefined, put: [] };
  // A new rating has no memories yet; the replay writes them (this placeholder never survives it).
  const placeholder = memory ?? replay(cardId, [adds[0] ?? rows[0]!])[0]!;
  const file = { memories: [] as CardMemory[], reviews: [...rows, ...adds.map((r) => ({ ...r, after: placeholder }))] };
  const { data } = mergeBackups(CARD_TABLE, { memories: memory ? [memory] : [], reviews: [] as ReviewRow[] }, file, replay);
  return { memory: data.memories.find((m) => m.cardId === cardId), put: data.reviews as ReviewRow[] };
}

/** The later of two stamps of one setting: by time, then by device id. */
export function latestStamp(a: SettingStamp | undefined, b: SettingStamp): SettingStamp {
  if (!a) return b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a.device !== b.device) return a.device > b.device ? a : b;
  return canonicalJson(a.value) >= canonicalJson(b.value) ? a : b;
}

/** The greater of two values by `rank` (compared in order), then by canonical text. */
function greater<T>(a: T, b: T, rank: (value: T) => number[]): T {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]! ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** A quiz result is written by the device it is taken on and only grows: more answers, then a finish. */
export function mergeQuizResult<Q extends { answers: readonly unknown[]; finishedAt?: number }>(here: Q | undefined, incoming: Q): Q {
  return here ? greater(here, incoming, (q) => [q.answers.length, q.finishedAt === undefined ? 0 : 1]) : incoming;
}

/** An imported deck: the highest version, then the canonical text. */
export function mergeDeck<D extends { version: number }>(here: D | undefined, incoming: D): D {
  return here ? greater(here, incoming, (d) => [d.version]) : incoming;
}

interface Student { code: string; addedAt: number }

/**
 * A class session collected on more than one device: every student result either holds (one per
 * result code), in the order they were added, and the session's other fields from the greater.
 */
export function mergeClassSession<S extends { students: readonly Student[] }>(here: S | undefined, incoming: S): S {
  if (!here) return incoming;
  const { students: _a, ...restHere } = here;
  const { students: _b, ...restIncoming } = incoming;
  const base = canonicalJson(restHere) >= canonicalJson(restIncoming) ? here : incoming;
  const byCode = new Map<string, S['students'][number]>();
  for (const student of [...here.students, ...incoming.students]) {
    const seen = byCode.get(student.code);
    byCode.set(student.code, seen ? greater(seen, student, (s) => [-s.addedAt]) : student);
  }
  const students = [...byCode.values()].sort((a, b) => a.addedAt - b.addedAt || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { ...base, students };
}
