import { rightAnswerText, type WhichSideQuestion } from '../../../domain/quiz';
import { WhichSideAnswer } from '../WhichSideAnswer';
import type { KindView } from './view';

function Sides({ question }: { question: WhichSideQuestion }) {
  return <ul>{question.items.map((i) => <li key={i.text}>{i.text}: {question.sides.join(' / ')}</li>)}</ul>;
}

export const whichSideView: KindView<WhichSideQuestion, readonly (0 | 1 | null)[]> = {
  label: 'Which side?',
  answerInPlace: true,
  Answer: WhichSideAnswer,
  keyResponse: () => undefined,
  projector: { choices: () => null, Figure: null },
  handout: { Answers: Sides, key: rightAnswerText },
};
