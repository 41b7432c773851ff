import { rightAnswerText, type MatchingQuestion } from '../../../domain/quiz';
import { MatchingAnswer } from '../MatchingAnswer';
import { OPTION_LETTERS } from '../option-letters';
import type { KindView } from './view';

function Blanks({ question }: { question: MatchingQuestion }) {
  return <ul>{question.pairs.map((p) => <li key={p.left}>{p.left} → ____</li>)}<li class="muted">Choose from: {question.rights.join(' · ')}</li></ul>;
}

/**
 * On the projector: the items numbered, the answers lettered, so the room can call out "1 C, 2 A";
 * the reveal puts each item's letter and answer beside it.
 */
function ProjectorPairs({ question, revealed }: { question: MatchingQuestion; revealed: boolean }) {
  return (
    <div class="present-columns" data-testid="present-pairs">
      <ol class="present-list">
        {question.pairs.map((p, i) => {
          const right = question.answer[i] ?? 0;
          return (
            <li key={p.left}>
              <span class="letter">{i + 1}</span>
              <span class="text">{p.left}</span>
              {revealed ? <span class="mark">→ {OPTION_LETTERS[right] ?? right + 1}</span> : null}
            </li>
          );
        })}
      </ol>
      <ol class="present-list">
        {question.rights.map((r, i) => <li key={r}><span class="letter">{OPTION_LETTERS[i] ?? i + 1}</span><span class="text">{r}</span></li>)}
      </ol>
    </div>
  );
}

export const matchingView: KindView<MatchingQuestion, readonly (number | null)[]> = {
  label: 'Match them',
  answerInPlace: true,
  Answer: MatchingAnswer,
  keyResponse: () => undefined,
  projector: { choices: () => null, Figure: ProjectorPairs },
  handout: { Answers: Blanks, key: rightAnswerText },
};
