import { rightAnswerText, type WhichSideQuestion } from '../../../domain/quiz';
import { WhichSideAnswer } from '../WhichSideAnswer';
import type { KindView } from './view';

function Sides({ question }: { question: WhichSideQuestion }) {
  return <ul>{question.items.map((i) => <li key={i.text}>{i.text}: {question.sides.join(' / ')}</li>)}</ul>;
}

/** On the projector: the two sides, then each statement numbered; the reveal names each one's side. */
function ProjectorSides({ question, revealed }: { question: WhichSideQuestion; revealed: boolean }) {
  return (
    <div data-testid="present-sides">
      <p class="present-sides"><span>◀ {question.sides[0]}</span><span>or</span><span>{question.sides[1]} ▶</span></p>
      <ol class="present-list">
        {question.items.map((item, i) => (
          <li key={item.text}>
            <span class="letter">{i + 1}</span>
            <span class="text">{item.text}</span>
            {revealed ? <span class="mark">{item.side === 0 ? `◀ ${question.sides[0]}` : `${question.sides[1]} ▶`}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

export const whichSideView: KindView<WhichSideQuestion, readonly (0 | 1 | null)[]> = {
  label: 'Which side?',
  answerInPlace: true,
  Answer: WhichSideAnswer,
  keyResponse: () => undefined,
  projector: { choices: () => null, Figure: ProjectorSides },
  handout: { Answers: Sides, key: rightAnswerText },
};
