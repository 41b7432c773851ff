/** A question's answers in words: the right one (feedback, misses, projector, answer key) and the one given ("You chose …"). */
import { kindSpec } from './kinds/index.ts';
import type { Question } from './types.ts';

export function rightAnswerText(question: Question): string {
  return kindSpec(question.kind).rightAnswerText(question);
}

/**
 * What a learner answered, in words ("You chose …"): any stored response is first read as the
 * question's own kind, so a damaged or missing one reads as no answer.
 */
export function responseText(question: Question, response: unknown): string {
  const spec = kindSpec(question.kind);
  const read = response === null || response === undefined ? null : spec.read(question, response);
  return read === null ? 'No answer' : spec.responseText(question, read);
}

/** rightAnswerText already says the card's correction (a false statement's true version), so feedback should not repeat it. */
export const answerGivesCorrection = (question: Question): boolean => kindSpec(question.kind).answerGivesCorrection;
