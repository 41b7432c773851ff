/** Gradings built from a question's parts: the shared rule that a question is right only when every part is. */
import type { Grading, Question } from '../types.ts';

export const allRight = (parts: readonly boolean[]) => parts.length > 0 && parts.every(Boolean);

/** One verdict for every card the question asks. */
export function asAWhole(question: Question, parts: boolean[]): Grading {
  const correct = allRight(parts);
  return { correct, perCard: question.cardIds.map((cardId) => ({ cardId, correct })), parts };
}
