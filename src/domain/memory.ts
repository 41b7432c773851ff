/**
 * A card's memory as the app stores it, and the grades and states it speaks of: plain records with
 * epoch-millisecond times. No ts-fsrs here, so a screen that only reads memories (Today, the queue,
 * statistics) does not load the scheduler; scheduler.ts is the adapter that computes them.
 */

export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** FSRS learning states, as ts-fsrs numbers them. */
export const MemoryState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type MemoryState = (typeof MemoryState)[keyof typeof MemoryState];

/** A card's memory as stored: what FSRS knows about one card id. */
export interface CardMemory {
  cardId: string;
  due: number;
  stability: number;
  difficulty: number;
  /**
   * Days since the review before the last. Written by earlier versions, no longer saved: ts-fsrs
   * works it out from `lastReview` at every rating and drops the field in 6.0. Kept when a record
   * has it (old backups restore unchanged), never read.
   */
  elapsedDays?: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: MemoryState;
  lastReview?: number;
  /** Taken out of study: a leech (see LEECH_LAPSES) until the learner unsuspends it. */
  suspended?: boolean;
}

/** As in Anki: a card forgotten this many times is a leech, suspended so it stops eating time. */
export const LEECH_LAPSES = 8;

/** The memory to store after a rating: suspended when this rating made the card a leech. */
export function withLeechRule(before: CardMemory | undefined, after: CardMemory): CardMemory {
  const becameLeech = after.lapses >= LEECH_LAPSES && (before?.lapses ?? 0) < LEECH_LAPSES;
  return becameLeech || before?.suspended ? { ...after, suspended: true } : after;
}

/** Desired retention by default: FSRS schedules each card for a 90% chance of recall. */
export const DEFAULT_RETENTION = 0.9;

/** The grade a quiz answer gives its card, Good or Again: FSRS advises never grading a forgotten card Hard. */
export const gradeForAnswer = (correct: boolean): Grade => (correct ? 3 : 1);
