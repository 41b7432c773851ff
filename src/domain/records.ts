/**
 * The records Faultlines keeps of what a learner did: ratings, quiz results, class sessions. They
 * are domain facts, stored by storage/ (which imports these types), carried whole by backups and
 * sync, and checked on the way in by domain/backup/records.ts. A card's memory is in memory.ts.
 */
import type { ClassroomSpec } from './classroom/spec';
import type { CardMemory, Grade } from './memory';
import type { QuizResponse } from './quiz/types';

/** Where a rating came from: the one list that the backup's and sync's checks accept. */
export const REVIEW_SOURCES = ['study', 'quiz', 'briefing'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** One rating, append-only. `before` and `after` let a rating be undone and the log be replayed. */
export interface ReviewRecord {
  id: string;
  cardId: string;
  time: number;
  grade: Grade;
  source: ReviewSource;
  /** Absent when this was the card's first rating. */
  before?: CardMemory;
  after: CardMemory;
}

export const QUIZ_MODES = ['quiz', 'briefing'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** One answered question of a quiz or Briefing, as kept with its result. */
export interface QuizAnswerRecord {
  questionId: string;
  correct: boolean;
  /** Every card the question tests, and those of them the answer got wrong. */
  cardIds: string[];
  missedCardIds: string[];
  answeredAt: number;
}

/** A quiz or Briefing taken on this device, written after every answer so a closed tab loses nothing. */
export interface QuizResultRecord {
  id: string;
  mode: QuizMode;
  deckIds: string[];
  topics: string[];
  seed: string;
  questionCount: number;
  /** When true, answers did not touch the schedule. */
  practice: boolean;
  startedAt: number;
  finishedAt?: number;
  answers: QuizAnswerRecord[];
}

/** A student's result, as entered from their result code. */
export interface ClassStudentRecord {
  name: string;
  code: string;
  /**
   * The decoded responses, one per question in quiz order (null: unanswered). Each is read against
   * its question before it is graded (quiz/kinds readResponse), as a restored one may not fit it.
   */
  responses: (QuizResponse | null)[];
  addedAt: number;
}

/** A quiz a teacher shared with a class, and the results collected so far. */
export interface ClassSessionRecord {
  id: string;
  /**
   * The share spec the class was made from. A restored or synced session's spec is checked only
   * when the class is opened (app/classroom.ts validates it then), so it is read through validateSpec.
   */
  spec: ClassroomSpec;
  title: string;
  createdAt: number;
  students: ClassStudentRecord[];
  /** A follow-up quiz's link to the class it follows up; read through readFollowUpLink (domain/classroom/follow-up.ts), as a backup or sync may have filled it. */
  followUp?: unknown;
}
