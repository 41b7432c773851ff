import type { TrueFalseQuestion } from '../../domain/quiz';
import type { AnswerProps } from './kinds';

export function TrueFalseAnswer({ question, chosen, graded, onAnswer }: AnswerProps<TrueFalseQuestion, boolean>) {
  return (
    <ol class="options two" aria-label="Options">
      {[true, false].map((value, i) => {
        const right = graded && value === question.answer;
        const wrongPick = graded && value === chosen && !right;
        return (
          <li key={String(value)}>
            <button type="button" class={`option${right ? ' right' : ''}${wrongPick ? ' wrong' : ''}`} disabled={!!graded} aria-pressed={chosen === value} onClick={() => onAnswer(value)}>
              <span class="letter" aria-hidden="true">{i + 1}</span>
              <span>{value ? 'True' : 'False'}</span>
              {right ? <span class="mark"> ✓ right answer</span> : null}
              {wrongPick ? <span class="mark"> ✗ your answer</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
