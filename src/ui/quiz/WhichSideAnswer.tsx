import { useState } from 'preact/hooks';
import type { WhichSideQuestion } from '../../domain/quiz';
import type { AnswerProps } from './kinds';

/** Each item is put on one of two sides with a pair of radio buttons. */
export function WhichSideAnswer({ question, graded, onAnswer }: AnswerProps<WhichSideQuestion, readonly (0 | 1 | null)[]>) {
  const [choice, setChoice] = useState<(0 | 1 | null)[]>(question.items.map(() => null));
  const complete = choice.every((c) => c !== null);
  return (
    <form class="which-side" onSubmit={(e) => { e.preventDefault(); if (complete) onAnswer(choice); }}>
      {question.items.map((item, i) => (
        <fieldset key={item.text} class="side-row">
          <legend>{item.text}</legend>
          {question.sides.map((side, s) => (
            <label key={side}>
              <input type="radio" name={`side-${i}`} disabled={!!graded} checked={choice[i] === s}
                onChange={() => setChoice((c) => c.map((x, j) => (j === i ? (s as 0 | 1) : x)))} />
              {side}
            </label>
          ))}
          {graded ? (
            <span class={graded.parts[i] ? 'mark right' : 'mark wrong'}>{graded.parts[i] ? '✓ right' : `✗ belongs to: ${question.sides[item.side]}`}</span>
          ) : null}
        </fieldset>
      ))}
      {graded ? null : <button type="submit" class="button primary" disabled={!complete}>Check my answer</button>}
    </form>
  );
}
