/**
 * The one rule for a card's hand-written distractors (its reviewed wrong options), wherever the card
 * comes from: a shipped deck file, a CSV import, a share link's custom deck. None is the answer,
 * none repeats another (case and surrounding spaces do not count: a reader would see the same
 * option twice), and an mcq card, which is always asked with its own options, has at least three.
 * A shipped deck also says how many an mcq card has at most (`most`). Each checker words the problems its own way.
 */
import { repeats, sameText } from '../validation.ts';
import type { CardKind } from './types.ts';

export const MIN_MCQ_DISTRACTORS = 3;

export type DistractorProblem =
  | { problem: 'is-answer' | 'repeated'; index: number; distractor: string }
  | { problem: 'count'; count: number };

/** The problems of `distractors` for a card of `kind` with `answer`, in list order (per item: the answer, then a repeat), the count last. */
export function distractorProblems(kind: CardKind, answer: string, distractors: readonly string[], most = Infinity): DistractorProblem[] {
  const repeated = new Set(repeats(distractors, sameText));
  const problems: DistractorProblem[] = distractors.flatMap((distractor, index) => [
    ...(answer && sameText(distractor, answer) ? [{ problem: 'is-answer' as const, index, distractor }] : []),
    ...(repeated.has(index) ? [{ problem: 'repeated' as const, index, distractor }] : []),
  ]);
  const count = distractors.length;
  if (kind === 'mcq' && (count < MIN_MCQ_DISTRACTORS || count > most)) problems.push({ problem: 'count', count });
  return problems;
}
