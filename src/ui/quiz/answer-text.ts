import type { Question } from '../../domain/quiz';

/** The right answer of a question in words, for feedback and the list of misses. */
export function rightAnswerText(q: Question): string {
  switch (q.kind) {
    case 'choice':
    case 'cloze':
      return q.options[q.answerIndex] ?? '';
    case 'truefalse':
      return q.answer ? 'True' : `False${q.feedback[0]?.correction ? `: ${q.feedback[0].correction}` : ''}`;
    case 'matching':
      return q.pairs.map((p) => `${p.left} → ${p.right}`).join('\n');
    case 'which-side':
      return q.sides.map((side, s) => `${side}: ${q.items.filter((i) => i.side === s).map((i) => i.text).join(', ')}`).join('\n');
    case 'tap-place':
      return q.places.find((p) => p.id === q.answer)?.name ?? q.answer;
    case 'which-route':
      return q.options[q.answerIndex]?.name ?? '';
  }
}

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
