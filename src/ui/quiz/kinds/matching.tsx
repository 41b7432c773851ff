import { rightAnswerText, type MatchingQuestion } from '../../../domain/quiz';
import { MatchingAnswer } from '../MatchingAnswer';
import type { KindView } from './view';

function Blanks({ question }: { question: MatchingQuestion }) {
  return <ul>{question.pairs.map((p) => <li key={p.left}>{p.left} → ____</li>)}<li class="muted">Choose from: {question.rights.join(' · ')}</li></ul>;
}

export const matchingView: KindView<MatchingQuestion, readonly (number | null)[]> = {
  label: 'Match them',
  answerInPlace: true,
  Answer: MatchingAnswer,
  keyResponse: () => undefined,
  projector: { choices: () => null, Figure: null },
  handout: { Answers: Blanks, key: rightAnswerText },
};
