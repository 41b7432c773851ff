/**
 * Scheduling: the only module that imports ts-fsrs (FSRS-6). Everything outside sees plain records
 * with epoch-millisecond times, so storage and UI never touch ts-fsrs's Date-based types.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';
import { withLeechRule, type CardMemory, type Grade, type MemoryState } from './memory';

export interface SchedulerOptions {
  /** Desired retention, 0.70–0.99; FSRS schedules each card for this recall probability. */
  desiredRetention: number;
  /** On in the app so cards learnt together spread out; off in tests so intervals are exact. */
  fuzz: boolean;
}

export interface Outcome {
  grade: Grade;
  after: CardMemory;
  /** Time from now until the card is due again. */
  intervalMs: number;
}

export interface Scheduler {
  /** The outcome of each of the four grades, for labelling the buttons. */
  preview(before: CardMemory | undefined, cardId: string, now: number): Record<Grade, Outcome>;
  rate(before: CardMemory | undefined, cardId: string, now: number, grade: Grade): Outcome;
}

export function createScheduler({ desiredRetention, fuzz }: SchedulerOptions): Scheduler {
  if (!(desiredRetention >= 0.7 && desiredRetention <= 0.99)) {
    throw new RangeError(`desired retention must be between 0.70 and 0.99, got ${desiredRetention}`);
  }
  const engine = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: fuzz, enable_short_term: true }));
  const cardOf = (before: CardMemory | undefined, now: number) => (before ? toFsrs(before) : createEmptyCard(new Date(now)));
  const outcome = (before: CardMemory | undefined, cardId: string, now: number, grade: Grade, next: FsrsCard): Outcome => {
    const after = withLeechRule(before, fromFsrs(cardId, next));
    return { grade, after, intervalMs: after.due - now };
  };
  return {
    rate: (before, cardId, now, grade) => outcome(before, cardId, now, grade, engine.next(cardOf(before, now), new Date(now), FSRS_GRADE[grade]).card),
    // One `repeat` schedules all four grades from one card, as ts-fsrs intends for previews.
    preview(before, cardId, now) {
      const all = engine.repeat(cardOf(before, now), new Date(now));
      const each = (grade: Grade) => outcome(before, cardId, now, grade, all[FSRS_GRADE[grade]].card);
      return { 1: each(1), 2: each(2), 3: each(3), 4: each(4) };
    },
  };
}

/** Our grades as ts-fsrs's ratings: the same numbers, said through the library's own names. */
const FSRS_GRADE: Record<Grade, FsrsGrade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

/**
 * Rebuilds a card's memory from its log: rates it from new, in the order given (oldest first),
 * and returns the memory after each rating. It goes through `next` exactly as rating live does, so
 * the result is what rating the same sequence live gives, fuzz included (ts-fsrs seeds its fuzz
 * from the review time and the card, not from a clock).
 */
export function replay(cardId: string, ratings: readonly { time: number; grade: Grade }[], options: SchedulerOptions): CardMemory[] {
  return createReplay(options)(cardId, ratings);
}

/** `replay` with one scheduler for many cards: building ts-fsrs's engine costs as much as several ratings. */
export function createReplay(options: SchedulerOptions): (cardId: string, ratings: readonly { time: number; grade: Grade }[]) => CardMemory[] {
  const { rate } = createScheduler(options);
  return (cardId, ratings) => {
    const memories: CardMemory[] = [];
    let memory: CardMemory | undefined;
    for (const { time, grade } of ratings) {
      memory = rate(memory, cardId, time, grade).after;
      memories.push(memory);
    }
    return memories;
  };
}

function toFsrs(m: CardMemory): FsrsCard {
  return {
    due: new Date(m.due),
    stability: m.stability,
    difficulty: m.difficulty,
    // ts-fsrs 5 still types the field but works it out from last_review at every rating (it goes in 6.0).
    elapsed_days: 0,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: m.state as number,
    ...(m.lastReview !== undefined ? { last_review: new Date(m.lastReview) } : {}),
  };
}

function fromFsrs(cardId: string, c: FsrsCard): CardMemory {
  return {
    cardId,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as number as MemoryState,
    ...(c.last_review ? { lastReview: c.last_review.getTime() } : {}),
  };
}
