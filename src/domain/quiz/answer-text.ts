/** The right answer of a question in words, for feedback, the list of misses, projector mode and the answer key. */
import { kindSpec } from './kinds/index.ts';
import type { Question } from './types.ts';

export function rightAnswerText(question: Question): string {
  return kindSpec(question.kind).rightAnswerText(question);
}

/** rightAnswerText already says the card's correction (a false statement's true version), so feedback should not repeat it. */
export const answerGivesCorrection = (question: Question): boolean => kindSpec(question.kind).answerGivesCorrection;
