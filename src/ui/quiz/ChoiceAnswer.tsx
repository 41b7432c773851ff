import type { ChoiceQuestion } from '../../domain/quiz';
import type { AnswerProps } from './kinds';
import { OPTION_LETTERS } from './option-letters';

/** Four options, A–D; after the answer each says in words and a mark whether it was right. */
export function ChoiceAnswer({ question, chosen, graded, onAnswer }: AnswerProps<ChoiceQuestion, number>) {
  return (
    <ol class="options" aria-label="Options">
      {question.options.map((option, i) => {
        const right = graded && i === question.answerIndex;
        const wrongPick = graded && i === chosen && !right;
        return (
          <li key={option}>
            <button
              type="button"
              class={`option${right ? ' right' : ''}${wrongPick ? ' wrong' : ''}`}
              disabled={!!graded}
              aria-pressed={chosen === i}
              onClick={() => onAnswer(i)}
            >
              <span class="letter" aria-hidden="true">{OPTION_LETTERS[i]}</span>
              <span class="visually-hidden">{OPTION_LETTERS[i]}: </span>
              <span>{option}</span>
              {right ? <span class="mark"> ✓ right answer</span> : null}
              {wrongPick ? <span class="mark"> ✗ your answer</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
