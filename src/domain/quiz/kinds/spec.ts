/**
 * What one kind of question must supply: how it is graded, read, put into a result code and said in
 * words. The registry (index.ts) holds one per kind, so a kind without every part does not compile.
 */
import type { Grading, Question } from '../types.ts';

export interface QuestionKindSpec<Q extends Question, R> {
  /** It asks exactly one card (the Briefing asks only these). */
  single: boolean;
  /** It is asked on the corridor map. */
  onMap: boolean;
  /** Right or wrong, per part and per card; null is unanswered, so wrong. */
  grade: (question: Q, response: R | null) => Grading;
  /**
   * A value from a list of any kind's responses (stored, or from a damaged code) as this kind's
   * response: what is not an answer reads as unanswered, part by part, so it grades as wrong.
   */
  read: (question: Q, value: unknown) => R | null;
  /** The response that grades right: the answer key as a response (the property tests over every kind start from it). */
  rightResponse: (question: Q) => R;
  /** A response in words, as the results say "You chose …" (read the same way as rightAnswerText). */
  responseText: (question: Q, response: R) => string;
  /** The right answer in words, for feedback, the list of misses, projector mode and the answer key. */
  rightAnswerText: (question: Q) => string;
  /** rightAnswerText already says the card's correction, so feedback should not repeat it. */
  answerGivesCorrection: boolean;
  code: ResponseCodec<Q, R>;
}

/**
 * A response as a number for a result code (result-code.ts packs one per question in mixed radix,
 * after 0 for "unanswered"). Changing any of these changes codes already handed in.
 */
export interface ResponseCodec<Q extends Question, R> {
  /** What the quiz tag hashes for this question: everything that changes what an answer to it means. */
  fingerprint: (question: Q) => unknown[];
  /** How many answers the question can be given, so each is a number below this. */
  answers: (question: Q) => bigint;
  /** The value a response to encode should be, or what is wrong with it (the caller says which question). */
  check: (question: Q, value: unknown) => { ok: true; response: R } | { ok: false; problem: string };
  /** The answer's number, below `answers(question)`. */
  encode: (question: Q, response: R) => bigint;
  /** The answer a number below `answers(question)` stands for (null for a number that stands for none). */
  decode: (question: Q, value: bigint) => R | null;
}
